package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import java.util.List;

/**
 * Which candidate line is the headline: the site's feed links, its address or a tagline inviting
 * the reader to explore at the top of the text, over the real headline; a kicker, a headline and a
 * long standfirst in parts joined by dashes; a date the headline names; a section label over a text
 * without a headline; a headline printed after the body, over the copyright notice; a pasted
 * article's short headline over its dateline.
 */
final class HeadlineChoiceCases {

  private HeadlineChoiceCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "feed-links-over-the-headline",
            """
            Appunti sul mondo dell'agricolturaArticoli RSS Commenti RSS

            Vendemmia anticipata in tutta la Toscana

            Per il terzo anno di fila la vendemmia in Toscana comincia ad agosto: il caldo di luglio ha fatto maturare le uve con due settimane di anticipo rispetto alla media.
            I produttori del Chianti temono una resa più bassa, ma contano su una qualità alta grazie alle piogge di giugno.
            """,
            expect()
                .title("Vendemmia anticipata in tutta la Toscana")
                .keeps("Per il terzo anno di fila la vendemmia in Toscana comincia ad agosto")),
        new ArticleCase(
            "tagline-inviting-to-explore-over-the-headline",
            """
            Scopri il mondo della cucina e dei viaggi con Sapori di Casa di Laura Bianchi

            Come scegliere le castagne al mercato e conservarle fino a Natale

            di Laura Bianchi | 12 ottobre 2024

            Le castagne migliori hanno la buccia lucida e tesa, senza fori né macchie: una castagna che suona vuota o che cede alla pressione del dito va scartata subito.
            Per conservarle a lungo si possono tenere in acqua fredda per una notte, poi asciugarle e metterle in un sacchetto di tela in un luogo fresco.
            """,
            expect()
                .title("Come scegliere le castagne al mercato e conservarle fino a Natale")
                .date("2024-10-12", DatePrecision.DAY)
                .keeps("Le castagne migliori hanno la buccia lucida e tesa")),
        new ArticleCase(
            "postal-address-over-the-headline",
            """
            Studio Verdi, Via Roma 12, 10121 Torino, Italia
            +39 011 555 0101
            info@example.com

            Il nuovo piano regolatore di Torino spiegato punto per punto

            Il Consiglio comunale di Torino ha approvato ieri il nuovo piano regolatore, che cambia le regole per costruire nei quartieri della periferia nord.
            Il piano prevede più verde pubblico, meno parcheggi in superficie e nuove piste ciclabili lungo la Dora.
            """,
            expect()
                .title("Il nuovo piano regolatore di Torino spiegato punto per punto")
                .keeps(
                    "Il Consiglio comunale di Torino ha approvato ieri il nuovo piano regolatore")),
        new ArticleCase(
            "kicker-headline-and-a-long-dashed-standfirst",
            """
            Il punto sul calcio

            Le due squadre di Genova tornano a vincere

            Domenica da ricordare per il calcio genovese – La Sampdoria vince in trasferta e il Genoa batte la capolista in casa – Ecco come sono andate le due partite
            Marco Neri
            22.10.2023 21:15

            «Era ora». Dopo un mese senza vittorie, le due squadre di Genova hanno chiuso la giornata con sei punti in due, e i tifosi sono tornati a cantare sotto la Lanterna.

            La Sampdoria ha vinto a Bari con un gol nel finale, mentre il Genoa ha battuto la capolista con una partita attenta in difesa.
            """,
            expect()
                .title("Le due squadre di Genova tornano a vincere")
                .subtitle(
                    "Domenica da ricordare per il calcio genovese – La Sampdoria vince in trasferta"
                        + " e il Genoa batte la capolista in casa – Ecco come sono andate le due"
                        + " partite")
                .keeps("Dopo un mese senza vittorie")),
        new ArticleCase(
            "headline-naming-a-date",
            """
            Cronaca

            Sciopero dei trasporti, le fasce di garanzia di oggi 14 marzo 2025

            Lo sciopero nazionale dei trasporti pubblici di oggi durerà ventiquattro ore, ma le aziende devono garantire il servizio nelle fasce di punta del mattino e della sera.
            A Milano e a Roma metropolitane e autobus viaggeranno regolarmente fino alle 8.45 e dalle 15 alle 18.
            """,
            expect()
                .title("Sciopero dei trasporti, le fasce di garanzia di oggi 14 marzo 2025")
                .date("2025-03-14", DatePrecision.DAY)
                .keeps(
                    "Lo sciopero nazionale dei trasporti pubblici di oggi durerà ventiquattro ore")),
        new ArticleCase(
            "section-label-over-a-text-without-headline",
            """
            News Motori Sport

            La scuderia di Maranello ha confermato ieri i due piloti anche per la prossima stagione, chiudendo settimane di voci sul mercato.

            Il team principal ha detto che la squadra vuole continuità tecnica dopo un anno di risultati sotto le attese, e che il nuovo motore arriverà a marzo.
            """,
            expect()
                .derivedTitle(
                    "La scuderia di Maranello ha confermato ieri i due piloti anche per la prossima"
                        + " stagione")
                .keeps("La scuderia di Maranello ha confermato ieri i due piloti")),
        new ArticleCase(
            "headline-printed-after-the-body",
            """
            Quella di ieri è stata la prima seduta del nuovo Consiglio regionale della Liguria: i consiglieri hanno eletto il presidente dell'aula e i due vicepresidenti, e la giunta ha presentato il programma dei primi cento giorni, con la sanità e i trasporti al primo posto.
            Liguria, il nuovo Consiglio regionale si insedia e presenta il programma dei cento giorni
            © Riproduzione riservata
            """,
            expect()
                .title(
                    "Liguria, il nuovo Consiglio regionale si insedia e presenta il programma dei"
                        + " cento giorni")
                .noCode("MISSING_TITLE")
                .keeps("Quella di ieri è stata la prima seduta del nuovo Consiglio regionale")),
        new ArticleCase(
            "english-article-paste-with-a-short-headline",
            """
            Shell completions
            blog
            after trying several tools I settled on a small set of shell completions that make moving between projects much faster than before.

            The completions are generated from the project folders, so adding a project needs no change to the shell configuration.
            """,
            expect()
                .title("Shell completions")
                .keeps("The completions are generated from the project folders")));
  }
}
