package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Where the headline is among the lines above the main text: a pasted article's first line however
 * many share buttons follow it; a first line over a short line that seems to go on from it; a promo
 * or related-article title nearer the text than the headline, which names what the text tells; a
 * section label right above the headline.
 */
final class HeadlineCases {

  private HeadlineCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "article-paste-with-a-long-share-panel",
            """
            Ponte sullo Stretto, il cantiere slitta ancora di un anno
            14 marzo 2025
            Condividi su Facebook
            Condividi su WhatsApp
            Condividi su Telegram
            Condividi su LinkedIn
            Condividi via email
            Copia il link di questa pagina
            Facebook
            Condividi su Facebook
            WhatsApp
            Condividi su WhatsApp
            Telegram
            Condividi su Telegram
            LinkedIn
            Condividi su LinkedIn
            Questi sono link esterni e si aprono in una nuova finestra
            Chiudi il pannello di condivisione
            Foto di archivio Ansa

            Il cantiere del ponte sullo Stretto di Messina non aprirà prima della primavera del prossimo anno: la società concessionaria ha chiesto altri dodici mesi per completare il progetto esecutivo.

            Secondo il ministero, la proroga non cambia il costo complessivo dell'opera, ma sposta in avanti la consegna dei primi lotti e gli espropri sulle due sponde.
            """,
            expect()
                .title("Ponte sullo Stretto, il cantiere slitta ancora di un anno")
                .date("2025-03-14", DatePrecision.DAY)
                .keeps(
                    "Il cantiere del ponte sullo Stretto di Messina non aprirà prima della"
                        + " primavera del prossimo anno",
                    "la proroga non cambia il costo complessivo dell'opera")),
        new ArticleCase(
            "article-paste-whose-title-seems-to-go-on",
            """
            Nuovo direttore al Museo Egizio di Torino
            torna a tutte le notizie

            Il consiglio di amministrazione del Museo Egizio ha nominato ieri il nuovo direttore, che guiderà il museo torinese per i prossimi quattro anni.

            La nomina arriva dopo una selezione internazionale a cui hanno partecipato trentadue candidati da dodici Paesi.
            """,
            expect()
                .title("Nuovo direttore al Museo Egizio di Torino")
                .keeps(
                    "Il consiglio di amministrazione del Museo Egizio ha nominato ieri il nuovo"
                        + " direttore")),
        new ArticleCase(
            "page-with-a-promo-title-nearer-the-text",
            """
            Menu
            Cerca
            Cronaca
            Economia
            Sport
            Dalla rete
            Mutui, i tassi scendono ancora: cosa cambia per chi compra casa
            Martedì 8 aprile 2025
            Faenza, le scuole riaprono tre settimane dopo l'alluvione
            di Anna Neri
            Condividi

            Le scuole di Faenza hanno riaperto stamattina, tre settimane dopo l'alluvione che aveva allagato il centro storico e i quartieri vicini al fiume Lamone.

            Gli studenti delle scuole medie, i cui edifici sono ancora inagibili, seguiranno le lezioni nei locali messi a disposizione dalla parrocchia e dal Comune.
            """,
            expect()
                .title("Faenza, le scuole riaprono tre settimane dopo l'alluvione")
                .authors(Origin.BYLINE, "Anna Neri")
                .drops("Mutui, i tassi scendono ancora: cosa cambia per chi compra casa")
                .keeps("Le scuole di Faenza hanno riaperto stamattina")),
        new ArticleCase(
            "english-page-with-a-label-above-the-headline",
            """
            Home
            Politics
            World
            Opinion
            More articles
            Previous articles
            Politics
            The Budget Deadline Draws Near
            By Jane Carter
            April 8, 2025 6:30 AM

            Congress has nine days left to agree on a budget, and the budget talks stalled again on Monday.

            The leaders of both parties met for two hours without agreeing on when to vote, and each blamed the other for the delay.
            """,
            expect()
                .title("The Budget Deadline Draws Near")
                .authors(Origin.BYLINE, "Jane Carter")
                .keeps("Congress has nine days left to agree on a budget")));
  }
}
