package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import java.util.List;

/**
 * Pastes dated where the day opens a paragraph of the opening (a release's bare day, an agency
 * dateline after a standfirst, a press release's label) or is glued to the word after it on a
 * dateline; and a timeline, whose paragraphs all open with a day, and an expiry, that must not date
 * the article.
 */
final class OpeningDateCases {

  private OpeningDateCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "bare-day-opening-the-first-paragraph",
            """
            La giunta approva il nuovo piano per le piste ciclabili della città
            Il progetto prevede quaranta chilometri di percorsi protetti entro la fine del prossimo anno.

            12/03/2024 – La giunta comunale ha approvato ieri sera il piano che porterà nuove piste ciclabili in tutti i quartieri della città, con un investimento complessivo di dodici milioni di euro.

            L'assessore alla mobilità ha spiegato che i lavori partiranno in primavera e che i primi tratti saranno pronti prima dell'estate, a partire dalle scuole.
            """,
            expect()
                .date("2024-03-12", DatePrecision.DAY)
                .keeps("12/03/2024 – La giunta comunale ha approvato ieri sera il piano")),
        new ArticleCase(
            "agency-dateline-after-a-standfirst-of-two-paragraphs",
            """
            La giunta approva il nuovo piano per le piste ciclabili della città
            Il progetto prevede quaranta chilometri di percorsi protetti entro la fine del prossimo anno e un nuovo servizio di biciclette condivise per tutti.
            Le associazioni chiedono tempi più rapidi per i collegamenti con la periferia e con le scuole superiori.

            Bologna, 12 marzo 2024. La giunta comunale ha approvato ieri sera il piano che porterà nuove piste ciclabili in tutti i quartieri della città, con un investimento di dodici milioni.

            L'assessore alla mobilità ha spiegato che i lavori partiranno in primavera e che i primi tratti saranno pronti prima dell'estate, a partire dalle scuole.
            """,
            expect()
                .date("2024-03-12", DatePrecision.DAY)
                .drops("Bologna, 12 marzo 2024.")
                .keeps("La giunta comunale ha approvato ieri sera il piano")),
        new ArticleCase(
            "press-release-label-before-the-day-and-the-place",
            """
            Nuovi fondi per la ricerca sulle malattie rare
            Comunicato stampa del 4 febbraio 2025 | Roma – Il ministero ha stanziato trenta milioni di euro per i progetti di ricerca sulle malattie rare presentati dalle università e dagli ospedali.

            I bandi saranno aperti fino alla fine di aprile e i risultati saranno pubblicati entro l'estate sul sito del ministero.
            """,
            expect()
                .date("2025-02-04", DatePrecision.DAY)
                .drops("Comunicato stampa del 4 febbraio 2025")
                .keeps("Il ministero ha stanziato trenta milioni di euro")),
        new ArticleCase(
            "paragraphs-of-a-timeline-opening-with-their-days-date-nothing",
            """
            Le tappe della riforma della scuola
            Come si è arrivati al voto finale in Parlamento, mese dopo mese, dalla prima bozza del governo.

            12 gennaio 2024 – Il governo presenta la prima bozza della riforma, che prevede un anno di scuola dell'obbligo in più per tutti gli studenti.

            3 marzo 2024 – Le commissioni parlamentari ascoltano i sindacati e le associazioni dei genitori, che chiedono più fondi per l'edilizia scolastica.

            18 maggio 2024 – La Camera approva il testo con alcune modifiche, il Senato lo voterà dopo l'estate.
            """,
            expect().noDate().keeps("12 gennaio 2024 – Il governo presenta la prima bozza")),
        new ArticleCase(
            "dateline-glued-to-the-byline-after-it",
            """
            La giunta approva il nuovo piano per le piste ciclabili della città
            12 marzo 2024di Paolo GrecoLascia un commento

            La giunta comunale ha approvato ieri sera il piano che porterà nuove piste ciclabili in tutti i quartieri della città, con un investimento complessivo di dodici milioni di euro.

            L'assessore alla mobilità ha spiegato che i lavori partiranno in primavera e che i primi tratti saranno pronti prima dell'estate, a partire dalle scuole.
            """,
            expect()
                .date("2024-03-12", DatePrecision.DAY)
                .drops("12 marzo 2024di Paolo GrecoLascia un commento")),
        new ArticleCase(
            "dateline-glued-to-the-section-after-it",
            """
            La giunta approva il nuovo piano per le piste ciclabili della città
            12 marzo 2024in Cronaca
            Tag: bici, mobilità, giunta

            La giunta comunale ha approvato ieri sera il piano che porterà nuove piste ciclabili in tutti i quartieri della città, con un investimento complessivo di dodici milioni di euro.

            L'assessore alla mobilità ha spiegato che i lavori partiranno in primavera e che i primi tratti saranno pronti prima dell'estate, a partire dalle scuole.
            """,
            expect().date("2024-03-12", DatePrecision.DAY).drops("12 marzo 2024in Cronaca")),
        new ArticleCase(
            "kicker-over-the-headline-opening-with-its-day",
            """
            Home
            Notizie
            Eventi
            Contatti
            12/03/2024 - Notizie - Mobilità
            La giunta approva il nuovo piano per le piste ciclabili della città

            La giunta comunale ha approvato ieri sera il piano che porterà nuove piste ciclabili in tutti i quartieri della città, con un investimento complessivo di dodici milioni di euro.

            L'assessore alla mobilità ha spiegato che i lavori partiranno in primavera e che i primi tratti saranno pronti prima dell'estate, a partire dalle scuole.
            """,
            expect()
                .title("La giunta approva il nuovo piano per le piste ciclabili della città")
                .date("2024-03-12", DatePrecision.DAY)
                .drops("12/03/2024 - Notizie - Mobilità")),
        new ArticleCase(
            "byline-day-and-section-set-apart-by-bars",
            """
            La giunta approva il nuovo piano per le piste ciclabili della città
            Quaranta chilometri di percorsi protetti, un servizio di biciclette condivise e nuove rastrelliere vicino alle scuole: ecco che cosa prevede il piano.

            Redazione Web | 12 marzo 2024 -- 10:41 | Sezione: Mobilità

            La giunta comunale ha approvato ieri sera il piano che porterà nuove piste ciclabili in tutti i quartieri della città, con un investimento complessivo di dodici milioni di euro.

            L'assessore alla mobilità ha spiegato che i lavori partiranno in primavera e che i primi tratti saranno pronti prima dell'estate, a partire dalle scuole.
            """,
            expect()
                .date("2024-03-12", DatePrecision.DAY)
                .drops("Redazione Web | 12 marzo 2024 -- 10:41 | Sezione: Mobilità")),
        new ArticleCase(
            "a-videos-expiry-under-the-dateline-dates-nothing",
            """
            Il derby si gioca a porte chiuse
            di Paolo Greco
            La prefettura ha deciso dopo gli scontri della scorsa settimana tra le due tifoserie, nessun biglietto sarà venduto.
            4 aprile 2025
            Video disponibile fino al 28.02.2026

            La partita di domenica si giocherà senza pubblico, ha deciso la prefettura dopo gli scontri della settimana scorsa fuori dallo stadio.

            Le due società hanno annunciato che i biglietti già venduti saranno rimborsati.
            """,
            expect()
                .date("2025-04-04", DatePrecision.DAY)
                .drops("Video disponibile fino al 28.02.2026")),
        new ArticleCase(
            "month-glued-to-a-word-is-no-date",
            """
            Il bilancio del comune chiude in attivo
            Il saldo positivo è di due milioni, destinati alle manutenzioni delle strade e delle scuole.

            Il bilancio approvato a marzo 2024indica un saldo positivo di due milioni di euro, che la giunta destinerà alle manutenzioni delle strade e delle scuole della città.

            L'opposizione chiede di usarli per ridurre le tariffe dei servizi.
            """,
            expect().noDate()));
  }
}
