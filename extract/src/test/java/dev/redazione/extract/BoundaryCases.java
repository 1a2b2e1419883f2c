package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import java.util.List;

/**
 * Where the article's text begins and ends among the furniture inside a pasted article: an embedded
 * social post's credit, share labels that name the article, newsletter fields, donation prompts and
 * comment controls go; a one-sentence lead followed straight by the text, a lead cut off with an
 * ellipsis right under the headline and a first section heading written in title case stay in the
 * body.
 */
final class BoundaryCases {

  private BoundaryCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "embedded-instagram-post-credit",
            """
            Le sfilate di Milano scelgono i tessuti riciclati

            Alla settimana della moda di Milano quasi metà delle collezioni ha usato tessuti riciclati o di recupero, secondo i dati della Camera della moda.

            Visualizza questo post su Instagram
            Un post condiviso da Atelier Verde (@atelierverde)

            Le case più piccole hanno puntato sul cotone organico, mentre i grandi marchi hanno presentato capi in poliestere ottenuto dalle bottiglie di plastica.
            """,
            expect()
                .title("Le sfilate di Milano scelgono i tessuti riciclati")
                .keeps("Le case più piccole hanno puntato sul cotone organico")
                .drops("Un post condiviso da", "Visualizza questo post")
                .removed(6, "page-tool")),
        new ArticleCase(
            "share-labels-that-name-the-article",
            """
            Treni regionali, da giugno nuovi orari in Liguria
            Condividi questo articolo su WhatsApp
            Condividi l'articolo

            Da giugno i treni regionali della Liguria cambiano orario: le corse del mattino partiranno dieci minuti prima per coincidere con gli Intercity per Milano.

            La Regione ha spiegato che il nuovo orario è stato deciso dopo un confronto con i comitati dei pendolari e resterà in vigore fino a dicembre.
            """,
            expect()
                .title("Treni regionali, da giugno nuovi orari in Liguria")
                .keeps("La Regione ha spiegato che il nuovo orario")
                .drops("Condividi questo articolo", "Condividi l'articolo")
                .removed(2, "social-prompt")
                .removed(3, "social-prompt")),
        new ArticleCase(
            "newsletter-field-and-donation-prompt-inside-the-article",
            """
            Il lago di Garda ha perso un metro d'acqua in un anno

            Il livello del lago di Garda è sceso di un metro rispetto allo scorso anno, secondo le misure dell'autorità di bacino pubblicate ieri.

            La nostra newsletter
            Inserisci la tua email
            Sostieni il nostro giornalismo: fai una donazione

            Gli agricoltori della pianura chiedono di ridurre i prelievi per l'irrigazione, mentre i comuni della riva temono per la stagione turistica.
            """,
            expect()
                .title("Il lago di Garda ha perso un metro d'acqua in un anno")
                .keeps("Gli agricoltori della pianura chiedono di ridurre i prelievi")
                .drops("La nostra newsletter", "Inserisci la tua email", "Sostieni il nostro")
                .removed(5, "social-prompt")
                .removed(6, "social-prompt")
                .removed(7, "social-prompt")),
        new ArticleCase(
            "comment-thread-after-an-english-article",
            """
            Council approves the new cycle lanes

            The city council approved twelve kilometres of new cycle lanes on Monday, after a debate that lasted more than four hours.

            Work on the first lanes will start in the spring and the whole network should be finished before the end of next year.

            Leave a comment
            12 comments
            Reply
            I think this is a waste of money and nobody will ever use these lanes in winter.
            Reply
            """,
            expect()
                .title("Council approves the new cycle lanes")
                .keeps("should be finished before the end of next year.")
                .drops("waste of money", "Leave a comment")),
        new ArticleCase(
            "lead-cut-off-under-the-headline",
            """
            Un nuovo parco per il quartiere Nord
            Nel quartiere Nord è stato inaugurato sabato il nuovo parco giochi, costruito insieme ai bambini delle scuole della zona: per il sindaco è "un passo avanti"...

            Foto: Comune

            Il parco ha un campo da basket, un percorso per gli skateboard e un piccolo bosco piantato dagli alunni delle elementari durante la festa di apertura.

            Le associazioni del quartiere si occuperanno della manutenzione insieme al Comune, che ha stanziato i fondi per i prossimi tre anni.
            """,
            expect()
                .title("Un nuovo parco per il quartiere Nord")
                .keeps("Nel quartiere Nord è stato inaugurato sabato il nuovo parco giochi")
                .drops("Foto: Comune")),
        new ArticleCase(
            "teaser-excerpts-under-the-headline-are-no-lead",
            """
            Il nuovo ospedale aprirà a settembre
            Scelti per voi oggi
            Sciopero dei medici, ambulatori chiusi
            I sindacati hanno confermato lo sciopero dei medici di base per la prossima settimana, con gli ambulatori chiusi...

            Il nuovo ospedale della città aprirà a settembre, con tre mesi di ritardo sul calendario previsto dalla Regione per i lavori.

            I primi reparti a trasferirsi saranno la cardiologia e la pediatria, seguiti entro l'anno dal pronto soccorso.
            """,
            expect()
                .title("Il nuovo ospedale aprirà a settembre")
                .keeps("Il nuovo ospedale della città aprirà a settembre")
                .drops("I sindacati hanno confermato lo sciopero")),
        new ArticleCase(
            "first-section-heading-in-title-case-is-no-standfirst",
            """
            How to build a home gym on a budget

            Choosing The Right Equipment For Small Rooms

            A home gym does not need much space: a bench, a pair of adjustable dumbbells and a mat are enough for most workouts.

            Buy second-hand equipment where you can, because weights keep their value and rarely break.
            """,
            expect()
                .title("How to build a home gym on a budget")
                .noSubtitle()
                .keeps("Choosing The Right Equipment For Small Rooms")),
        new ArticleCase(
            "italian-standfirst-in-sentence-case-stays-the-subtitle",
            """
            Bollette, da luglio cambia la tariffa per le famiglie
            Le nuove regole dell'autorità per l'energia riguardano quasi tre milioni di utenti

            Da luglio le famiglie che non hanno ancora scelto un fornitore passeranno alla nuova tariffa a tutele graduali, come deciso dall'autorità per l'energia.

            Chi vuole restare nel mercato libero dovrà firmare un contratto entro la fine di giugno, spiegano le associazioni dei consumatori.
            """,
            expect()
                .title("Bollette, da luglio cambia la tariffa per le famiglie")
                .subtitle(
                    "Le nuove regole dell'autorità per l'energia riguardano quasi tre milioni di"
                        + " utenti")),
        new ArticleCase(
            "one-sentence-standfirst-over-the-byline-stays-the-subtitle",
            """
            Sciopero dei trasporti venerdì in tutta la Lombardia
            Si fermano per ventiquattro ore autobus, tram e metropolitane in tutta la regione.
            di Anna Bianchi
            12 marzo 2025

            Lo sciopero è stato proclamato dai sindacati di base contro il nuovo contratto: a Milano le metropolitane saranno garantite solo nelle fasce di punta del mattino e della sera.

            L'azienda dei trasporti consiglia di controllare il sito prima di uscire di casa.
            """,
            expect()
                .title("Sciopero dei trasporti venerdì in tutta la Lombardia")
                .subtitle(
                    "Si fermano per ventiquattro ore autobus, tram e metropolitane in tutta la"
                        + " regione.")));
  }
}
