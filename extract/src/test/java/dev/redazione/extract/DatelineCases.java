package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Pastes whose publication date stands where pages print it — between the standfirst and the first
 * paragraph, under a byline after a photo caption, on a line of furniture — or whose other dates
 * (teasers, archives, a notice's month, a relative time) must not date the article.
 */
final class DatelineCases {

  private DatelineCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "bare-date-between-the-standfirst-and-a-caption",
            """
            Il lago ghiacciato richiama migliaia di pattinatori

            Dopo vent'anni il lago di montagna è di nuovo gelato da una sponda all'altra, e il comune ha aperto un tratto sorvegliato al pubblico.
            9 gennaio 2024

            I pattinatori sul lago nel primo giorno di apertura (foto Ufficio stampa)
            Il lago di montagna è ghiacciato per la prima volta dal 2004 e da sabato migliaia di persone sono salite dalla valle per pattinare sulla sua superficie.

            Il comune ha delimitato un'area sorvegliata dove lo spessore del ghiaccio supera i venti centimetri.
            """,
            expect()
                .date("2024-01-09", DatePrecision.DAY)
                .drops("9 gennaio 2024")
                .keeps("Il lago di montagna è ghiacciato per la prima volta")),
        new ArticleCase(
            "dateline-under-a-byline-after-the-standfirst-and-a-caption",
            """
            La biblioteca civica compra il fondo di un editore

            Oltre diecimila volumi, lettere e bozze di un secolo di editoria cittadina entrano nelle collezioni pubbliche grazie a un lascito e a un contributo regionale.

            I volumi del fondo nella sala di lettura della biblioteca, dove saranno consultabili dal prossimo autunno su prenotazione degli studiosi.

            di Paolo Greco
            14 giugno 2023

            La biblioteca civica ha acquistato il fondo della storica casa editrice cittadina, chiusa nel 1998 dopo quasi cento anni di attività.

            Il fondo sarà catalogato entro la fine dell'anno.
            """,
            expect()
                .authors(Origin.BYLINE, "Paolo Greco")
                .date("2023-06-14", DatePrecision.DAY)
                .drops("14 giugno 2023")),
        new ArticleCase(
            "furniture-line-opening-with-its-day-under-the-standfirst",
            """
            Il mercato coperto cambia orari d'apertura

            Da lunedì il mercato coperto aprirà alle sette e chiuderà alle venti, anche il sabato, per venire incontro a chi lavora.

            12.11.2021 red. Articolo: Scarica PDF Stampa Condividi

            Il mercato coperto cambia orari: da lunedì aprirà un'ora prima e chiuderà due ore dopo, dal lunedì al sabato, come chiesto dai commercianti.

            La domenica resterà chiuso come oggi.
            """,
            expect()
                .date("2021-11-12", DatePrecision.DAY)
                .drops("12.11.2021 red. Articolo: Scarica PDF Stampa Condividi")),
        new ArticleCase(
            "dates-of-the-teasers-after-the-article-date-nothing",
            """
            Il ponte sul fiume riapre a senso unico

            Il ponte sul fiume riapre da domani a senso unico alternato, dopo i lavori di consolidamento dei piloni che hanno richiesto quattro mesi.

            Il traffico pesante resterà deviato sulla tangenziale fino alla fine dei lavori.

            Leggi anche

            La tangenziale si allarga a tre corsie
            3 aprile 2024

            Nuovi semafori intelligenti in centro
            28 marzo 2024
            """,
            expect().noDate().code("NO_DATE")),
        new ArticleCase(
            "month-of-a-newsstand-notice-above-the-headline-dates-nothing",
            """
            In edicola: luglio 2020
            Abbonati Accedi

            Il festival del cinema all'aperto torna in piazza

            Il festival del cinema all'aperto torna in piazza dopo un anno di pausa, con trenta proiezioni gratuite tra luglio e agosto e un programma dedicato ai classici.

            Le sedie saranno distanziate e i posti andranno prenotati online.
            """,
            expect().noDate()),
        new ArticleCase(
            "relative-update-time-on-the-dateline-over-the-headline",
            """
            Cronaca
            12 marzo 2024 / 10:41 / Aggiornato 3 ore fa
            La nuova linea del tram entra in servizio

            Da questa mattina il tram collega la stazione con l'ospedale in diciotto minuti, con una corsa ogni sei minuti per tutto il giorno.

            Nei primi giorni i biglietti saranno gratuiti.
            """,
            expect()
                .title("La nuova linea del tram entra in servizio")
                .date("2024-03-12T10:41", DatePrecision.TIME)),
        new ArticleCase(
            "english-dateline-with-comments-and-a-handle",
            """
            City council approves the new cycle lanes

            March 12, 2024/3 Comments/in City News /by cityeditor

            The city council approved the new network of cycle lanes on Tuesday night, after a debate that lasted more than four hours and drew a large crowd.

            Work on the first lanes will start in the spring.
            """,
            expect().date("2024-03-12", DatePrecision.DAY).drops("3 Comments")),
        new ArticleCase(
            "bracketed-day-under-the-standfirst-refines-the-month-of-the-marker",
            """
             date 2019-08 Le squadre antincendio hanno già superato gli interventi di tutta la scorsa estate

            La flotta aerea ha volato per oltre mille ore dall'inizio della stagione, con migliaia di lanci d'acqua sui boschi delle regioni del Sud: «Quasi ogni rogo nasce da una distrazione o da un gesto doloso».

            [19 Agosto 2019]

            Le squadre antincendio hanno già superato, a metà agosto, il numero di interventi di tutta l'estate scorsa, soprattutto in Sicilia, in Calabria e in Sardegna.

            La protezione civile chiede di non accendere fuochi nei boschi e di segnalare subito ogni focolaio.
            """,
            expect()
                .date("2019-08-19", DatePrecision.DAY)
                .drops("[19 Agosto 2019]")
                .noCode("AMBIGUOUS_DATE")),
        new ArticleCase(
            "dateline-after-the-marker-refines-its-month",
            """
             date 2020-01 4 Gennaio 2020 - Molti clienti di un operatore telefonico hanno ricevuto un messaggio sulle nuove tariffe per il traffico dati in roaming, in vigore dal primo giorno dell'anno.

            L'operatore spiega che i giga utilizzabili all'estero cambiano a seconda del prezzo dell'offerta sottoscritta.
            """,
            expect().date("2020-01-04", DatePrecision.DAY).noCode("AMBIGUOUS_DATE")),
        new ArticleCase(
            "agency-dateline-without-a-year-gives-the-day-of-the-marker-month",
            """
             date 2018-12 (ANSA) - NAPOLI, 3 DIC - Una banda di sei rapinatori, accusata di tre colpi in banca nel centro della città, è stata fermata dai carabinieri prima che mettesse a segno il quarto.

            I militari hanno seguito per settimane gli spostamenti del gruppo, che usava auto rubate e targhe false.
            """,
            expect()
                .date("2018-12-03", DatePrecision.DAY)
                .keeps("Una banda di sei rapinatori")
                .drops("(ANSA) - NAPOLI, 3 DIC -")),
        new ArticleCase(
            "a-section-label-glued-to-the-day-above-the-headline",
            """
            Musica20 ago 2019

            Tutte le nuove certificazioni della settimana

            Premiati anche tre album usciti in primavera

            Ci sono tanti successi recenti ma anche brani storici tra le nuove certificazioni della federazione dell'industria musicale, che ha assegnato dischi d'oro e di platino a dodici artisti italiani.
            """,
            expect().date("2019-08-20", DatePrecision.DAY).drops("20 ago 2019")),
        new ArticleCase(
            "the-date-printed-with-every-teaser-dates-no-article",
            """
            Un giovane è stato fermato in centro per il furto della borsa di una turista, che l'aveva appesa allo schienale della sedia mentre mangiava in un locale del mercato; il personale di sicurezza lo ha bloccato all'uscita.

            Notizie correlate
            Firenze
            Cronaca
            11 Dicembre 2025
            Un'operatrice di una cooperativa è stata aggredita durante un servizio di assistenza domiciliare, denuncia il sindacato [...]
            Firenze
            Cronaca
            11 Dicembre 2025
            La procura ha chiesto la condanna di due giovani per l'aggressione davanti al liceo [...]
            """,
            expect().noDate().keeps("Un giovane è stato fermato")),
        new ArticleCase(
            "agency-named-between-dashes-after-the-day-without-a-year",
            """
             date 2019-11 Milano, 21 nov. - (Adnkronos) - Il consiglio comunale ha approvato il piano per le nuove piste ciclabili, che collegheranno i quartieri della periferia nord al centro entro due anni.

            L'opposizione ha votato contro, chiedendo più parcheggi nelle zone dei lavori.
            """,
            expect()
                .date("2019-11-21", DatePrecision.DAY)
                .keeps("Il consiglio comunale ha approvato il piano")
                .drops("(Adnkronos)")),
        new ArticleCase(
            "place-with-its-province-in-brackets-opens-a-dated-paragraph",
            """
            La sagra del tartufo torna in piazza

            Sant'Agata Feltria (Rimini), 12 ottobre 2019 - Dopo due anni di pausa la fiera del tartufo bianco riempie di nuovo il centro storico, con novanta espositori e un programma di degustazioni per tutte le domeniche del mese.

            Gli organizzatori attendono oltre cinquantamila visitatori.
            """,
            expect()
                .date("2019-10-12", DatePrecision.DAY)
                .keeps("Dopo due anni di pausa la fiera")
                .drops("(Rimini)")),
        new ArticleCase(
            "agency-dateline-without-a-year-and-no-other-date-dates-nothing",
            """
            Fermata una banda di rapinatori in città

            (ANSA) - NAPOLI, 3 DIC - Una banda di sei rapinatori, accusata di tre colpi in banca nel centro della città, è stata fermata dai carabinieri prima che mettesse a segno il quarto.

            I militari hanno seguito per settimane gli spostamenti del gruppo, che usava auto rubate e targhe false.
            """,
            expect().noDate().keeps("(ANSA) - NAPOLI, 3 DIC - Una banda di sei rapinatori")),
        new ArticleCase(
            "place-and-day-set-apart-by-dashes-open-the-first-paragraph",
            """
            TORINO - 08-05-2021 -- Prima tappa in rosa per il campione del mondo a cronometro, che ha chiuso gli otto chilometri lungo il fiume con una media di quasi sessanta all'ora.

            Alle sue spalle, a dieci secondi, il giovane compagno di squadra al primo Giro.
            """,
            expect()
                .date("2021-05-08", DatePrecision.DAY)
                .keeps("Prima tappa in rosa per il campione del mondo")
                .drops("TORINO - 08-05-2021")),
        new ArticleCase(
            "day-of-the-visit-in-the-site-header-dates-nothing",
            """
            rotate-mobile
            Giovedì, 25 Aprile 2024
            Cronaca

            Navetta del centro storico: da lunedì si cambia percorso

            Da lunedì la navetta elettrica del centro storico farà un percorso più breve, con una fermata in più davanti all'ospedale e corse ogni dieci minuti.

            Il comune spiega che il nuovo giro riduce i tempi di attesa nelle ore di punta.
            """,
            expect()
                .title("Navetta del centro storico: da lunedì si cambia percorso")
                .noDate()
                .drops("Giovedì, 25 Aprile 2024")),
        new ArticleCase(
            "weekday-and-comma-under-the-headline-dates-the-article",
            """
            Udienza generale in piazza San Pietro
            Mercoledì, 10 maggio 2023

            Il Papa ha salutato i fedeli arrivati da tutto il mondo e ha ricordato le vittime dell'alluvione, invitando a pregare per le famiglie che hanno perso la casa.

            Al termine dell'udienza ha benedetto i malati presenti in piazza.
            """,
            expect().date("2023-05-10", DatePrecision.DAY)),
        new ArticleCase(
            "german-blog-date-header-with-a-comma-dates-the-post",
            """
            FREITAG, 5. JUNI 2015

            Ein Sommertag am See

            Heute waren wir den ganzen Tag am See, und die Kinder haben zum ersten Mal in diesem Jahr im Wasser gespielt, obwohl es noch ziemlich kalt war.

            Am Abend gab es Würstchen vom Grill und ein Eis für jeden.
            """,
            expect().title("Ein Sommertag am See").date("2015-06-05", DatePrecision.DAY)));
  }
}
