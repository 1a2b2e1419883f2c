package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import java.util.List;

/**
 * Raw texts shaped like Italian news pages, for furniture that only its neighbours tell: the
 * headline printed again as a picture's text, teaser lists with their dates, tables of contents,
 * teaser titles under a related-articles header, labels over site navigation.
 */
final class WidgetCases {

  private WidgetCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "headline-printed-again-over-a-caption",
            """
            Sanità, l'assessore: «Ospedali aperti anche ad agosto»

            L'assessore regionale alla sanità ha spiegato in consiglio che i reparti degli ospedali resteranno aperti per tutta l'estate, con turni rafforzati nelle settimane di agosto.

            Sanità, l'assessore «Ospedali aperti anche ad agosto»
            L'assessore in consiglio regionale (foto Ansa).

            Secondo l'assessore saranno assunti duecento infermieri a tempo determinato, soprattutto nelle località turistiche della costa.
            """,
            expect()
                .title("Sanità, l'assessore: «Ospedali aperti anche ad agosto»")
                .removed(5, "repeated-line")
                .removed(6, "image-credit")
                .paragraphs(2)),
        new ArticleCase(
            "dated-teasers-between-the-headline-and-the-text",
            """
            Il Comune approva il nuovo piano per le piste ciclabili
            12 marzo 2024

            Cronaca
            Nuovo parcheggio in via Verdi, lavori fino a maggio
            2 ore fa

            Cultura
            Chiude la storica libreria del centro dopo sessant'anni
            5 ore fa

            Il consiglio comunale ha approvato ieri sera il piano che porterà a quaranta chilometri le piste ciclabili della città entro il 2027, con un investimento di dodici milioni di euro.

            Il progetto prevede anche nuove rastrelliere vicino alle stazioni e alle scuole, e un servizio di biciclette condivise nei quartieri periferici.
            """,
            expect()
                .title("Il Comune approva il nuovo piano per le piste ciclabili")
                .removed(5, "outside-article")
                .removed(6, "relative-date")
                .removed(9, "outside-article")
                .drops("Nuovo parcheggio", "libreria")
                .paragraphs(2)),
        new ArticleCase(
            "table-of-contents-over-a-guide",
            """
            Come scegliere una bici elettrica: la guida completa

            Le bici elettriche sono sempre più diffuse in città, e scegliere quella giusta richiede di guardare a prezzo, batteria e motore.

            Indice dei contenuti
            Quanto costa una bici elettrica?
            Autonomia e batteria
            Motore centrale o al mozzo

            Quanto costa una bici elettrica?
            Una buona bici elettrica da città costa tra i mille e i duemila euro, mentre i modelli da montagna superano spesso i tremila euro.

            Autonomia e batteria
            La batteria decide quanti chilometri si percorrono con una carica: per l'uso quotidiano bastano in genere cinquecento wattora.

            Motore centrale o al mozzo
            Il motore centrale sfrutta il cambio della bici e sale meglio in salita, quello al mozzo costa meno e si ripara più facilmente.
            """,
            expect()
                .title("Come scegliere una bici elettrica: la guida completa")
                .removed(5, "table-of-contents")
                .removed(6, "table-of-contents")
                .removed(8, "table-of-contents")
                .headings(
                    "Quanto costa una bici elettrica?",
                    "Autonomia e batteria",
                    "Motore centrale o al mozzo")),
        new ArticleCase(
            "teaser-titles-under-a-header-across-blank-lines",
            """
            Metro, la nuova linea apre a settembre

            La nuova linea della metropolitana aprirà a settembre con le prime sei stazioni, ha annunciato l'assessore alla mobilità durante la conferenza stampa in Comune.

            Leggi anche:

            Treni regionali, da giugno nuovi orari sulla linea per Bergamo

            Sciopero dei mezzi pubblici venerdì, ecco le fasce garantite

            Autobus elettrici, la flotta cittadina raddoppia entro il 2026

            Pubblicità

            Le altre stazioni saranno aperte entro la fine del prossimo anno, quando la linea arriverà fino all'ospedale e al nuovo quartiere universitario.
            """,
            expect()
                .title("Metro, la nuova linea apre a settembre")
                .removed(5, "related-block")
                .removed(7, "related-block")
                .removed(9, "related-block")
                .removed(11, "related-block")
                .paragraphs(2)),
        new ArticleCase(
            "section-heading-after-a-single-teaser-stays",
            """
            Metro, la nuova linea apre a settembre

            La nuova linea della metropolitana aprirà a settembre con le prime sei stazioni, ha annunciato l'assessore alla mobilità durante la conferenza stampa in Comune.

            Leggi anche:
            Treni regionali, da giugno nuovi orari sulla linea per Bergamo

            Le stazioni che apriranno nel prossimo anno

            Le altre stazioni saranno aperte entro la fine del prossimo anno, quando la linea arriverà fino all'ospedale e al nuovo quartiere universitario.
            """,
            expect()
                .title("Metro, la nuova linea apre a settembre")
                .removed(6, "related-block")
                .headings("Le stazioni che apriranno nel prossimo anno")),
        new ArticleCase(
            "label-over-a-sort-menu-after-the-text",
            """
            Attacco informatico all'ospedale, servizi rallentati

            Un attacco informatico ha colpito nella notte i sistemi dell'ospedale cittadino: le visite programmate sono state rinviate e il pronto soccorso lavora con procedure manuali.

            I tecnici contano di ripristinare i servizi entro domani sera, ha detto il direttore sanitario.

            Altre informazioni:
            Ordina per: Più recenti | Più letti
            """,
            expect()
                .title("Attacco informatico all'ospedale, servizi rallentati")
                .removed(7, "outside-article")
                .removed(8, "navigation")
                .paragraphs(2)));
  }
}
