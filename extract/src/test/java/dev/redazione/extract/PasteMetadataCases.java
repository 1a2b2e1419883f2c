package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Pastes whose date or authors stand where news pages put them beside other furniture: agency
 * datelines opening the text, dates in copyright notices or on lines printed twice, dated lines
 * carrying sections and counters, the site's own date above the headline.
 */
final class PasteMetadataCases {

  private PasteMetadataCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "agency-dateline-opens-the-text",
            """
            Il Comune approva il nuovo piano dei trasporti

            ROMA, 12 maggio 2023 – Il consiglio comunale ha approvato ieri sera il nuovo piano dei trasporti, che prevede tre linee di tram e cinquanta chilometri di corsie ciclabili entro il 2030.

            Il piano sarà finanziato con fondi europei e regionali per un totale di 400 milioni di euro, come ha spiegato l'assessore alla mobilità.
            """,
            expect()
                .title("Il Comune approva il nuovo piano dei trasporti")
                .date("2023-05-12", DatePrecision.DAY)
                .removed(3, "dateline")
                .keeps("Il consiglio comunale ha approvato ieri sera")
                .drops("ROMA, 12 maggio 2023")),
        new ArticleCase(
            "site-date-above-the-headline-gives-way-to-the-agency-dateline",
            """
            Martedì 23 aprile 2024

            Il Sassuolo batte l'Inter in una partita ricca di gol

            Milano, 20 ottobre 2019 - La giornata di campionato si è aperta con la vittoria del Sassuolo sull'Inter, al termine di una partita che ha visto ben sette reti in novanta minuti di gioco.

            Nella ripresa i padroni di casa hanno resistito al ritorno degli ospiti, che avevano accorciato le distanze con due gol in dieci minuti.
            """,
            expect()
                .title("Il Sassuolo batte l'Inter in una partita ricca di gol")
                .date("2019-10-20", DatePrecision.DAY)
                .keeps("La giornata di campionato si è aperta")),
        new ArticleCase(
            "date-in-the-copyright-notice",
            """
            La biblioteca civica riapre dopo i lavori

            La biblioteca civica riapre da lunedì al pubblico dopo otto mesi di lavori, con una nuova sala studio da cento posti e un orario di apertura prolungato fino alle ventidue.

            I lavori sono costati due milioni di euro e hanno riguardato anche l'impianto di riscaldamento e l'accessibilità degli ingressi.

            (12 maggio 2012) © Riproduzione riservata
            """,
            expect()
                .date("2012-05-12", DatePrecision.DAY)
                .removed(7, "copyright")
                .drops("Riproduzione riservata")),
        new ArticleCase(
            "date-marker-before-a-copyright-notice",
            """
             date 2023-10 © Agenzia Nova - Riproduzione riservata
            Il governo presenta la manovra di bilancio

            Il consiglio dei ministri ha approvato nella notte la manovra di bilancio per il prossimo anno, che vale circa ventiquattro miliardi di euro tra nuove spese e tagli di tasse.
            """,
            expect()
                .date("2023-10", DatePrecision.MONTH)
                .removed(1, "date-marker")
                .removed(1, "copyright")),
        new ArticleCase(
            "dateline-printed-twice",
            """
            18 gennaio 2023

            Gli chef premiati dalla guida di quest'anno

            18 gennaio 2023

            La guida ha assegnato ieri le sue stelle ai ristoranti italiani, con tre nuovi locali che entrano per la prima volta nell'elenco dei migliori del paese secondo gli ispettori.

            Tra i premiati ci sono due giovani cuochi del sud, che hanno aperto i loro ristoranti meno di cinque anni fa.
            """,
            expect()
                .title("Gli chef premiati dalla guida di quest'anno")
                .date("2023-01-18", DatePrecision.DAY)
                .drops("18 gennaio 2023")),
        new ArticleCase(
            "dated-line-with-section-and-counter-under-the-headline",
            """
            Stadtrat beschließt neuen Radweg

            27.01.2020 · Verkehr & Umwelt · 3 Kommentare

            Der Stadtrat hat am Montagabend mit großer Mehrheit beschlossen, den Radweg entlang des Flusses bis zum Bahnhof zu verlängern, und dafür zwei Millionen Euro bereitgestellt.

            Die Arbeiten sollen im Frühjahr beginnen und bis zum Herbst abgeschlossen sein.
            """,
            expect()
                .title("Stadtrat beschließt neuen Radweg")
                .date("2020-01-27", DatePrecision.DAY)
                .removed(3, "dateline")
                .drops("Verkehr & Umwelt")),
        new ArticleCase(
            "byline-with-the-outlet-glued-to-the-name",
            """
            Nuovo ospedale, i lavori partono a giugno

            Di Giulia Ferri | Corriere della Valle
            14 marzo 2024, 08:30

            I lavori per il nuovo ospedale cittadino partiranno a giugno e dureranno tre anni, secondo il cronoprogramma presentato ieri dalla direzione sanitaria ai sindaci del territorio.

            La struttura avrà quattrocento posti letto e un pronto soccorso più grande di quello attuale.
            """,
            expect()
                .title("Nuovo ospedale, i lavori partono a giugno")
                .authors(Origin.BYLINE, "Giulia Ferri")
                .date("2024-03-14T08:30", DatePrecision.TIME)
                .drops("Corriere della Valle")),
        new ArticleCase(
            "english-byline-with-role-and-credit-lines",
            """
            City council approves new bike lanes

            By JANE WHITFIELD, Staff Writer
            Getty Images
            November 19, 2019 | 4:10 PM EST

            The city council voted on Tuesday night to build twelve miles of protected bike lanes across downtown, after a debate that lasted more than four hours.

            Construction is expected to begin next spring and to be finished by the end of the year.
            """,
            expect()
                .title("City council approves new bike lanes")
                .authors(Origin.BYLINE, "Jane Whitfield")
                .date("2019-11-19T16:10", DatePrecision.TIME)));
  }
}
