package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Pastes whose byline and dateline stand inside the main text's opening, under a label of their
 * own, or beside teasers and headings that carry names that sign nothing: the date and authors
 * read, and nothing invented.
 */
final class BylineDatelineCases {

  private BylineDatelineCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "a-byline-label-printed-twice-before-the-name-and-the-day",
            """
            Il porto di Genova chiude l'anno con un traffico record

            Oltre due milioni e mezzo di container sono passati dalle banchine del porto, il dato più alto da quando esiste lo scalo container di Voltri.

            di di Chiara Ferrando 16/01/2026 20:00

            Le previsioni per il prossimo anno sono prudenti, per l'incertezza dei noli.
            """,
            expect()
                .authors(Origin.BYLINE, "Chiara Ferrando")
                .date("2026-01-16T20:00", DatePrecision.TIME)
                .drops("di di")),
        new ArticleCase(
            "a-television-report-credits-its-reporter-and-its-editor",
            """
            Nevicate in quota, riaprono gli impianti del Terminillo

            Dopo due inverni senza neve le piste del Terminillo riaprono con sessanta centimetri di neve fresca caduti negli ultimi tre giorni.

            Servizio di Marta Colonna, montaggio di Piero Sala
            """,
            expect().authors(Origin.BYLINE, "Marta Colonna").drops("montaggio")),
        new ArticleCase(
            "a-name-with-a-comma-alone-over-a-text-without-headline",
            """
            Giulia Pace,

            Da qualche settimana circolano indiscrezioni sul nuovo orologio della casa coreana, ma ora la conferma è arrivata direttamente dal sito ufficiale, dove è apparso per qualche ora il modello in oro rosa.
            """,
            expect().authors(Origin.BYLINE, "Giulia Pace").drops("Giulia Pace")),
        new ArticleCase(
            "a-name-after-the-date-marker-over-a-text-without-headline",
            """
             date 2018-10 Giulia Pace

            Cosa c'è di più bello di un borgo italiano in autunno? Pietre antiche, castagne e paesaggi che sarà difficile trovare altrove ne fanno la meta di chi cerca un fine settimana lento.
            """,
            expect().authors(Origin.BYLINE, "Giulia Pace").drops("Giulia Pace")),
        new ArticleCase(
            "a-place-between-di-and-a-day-at-the-end-of-a-caption-signs-nothing",
            """
            Paltrinieri vince l'oro nei 1500 stile libero

            Gregorio Paltrinieri con la medaglia d'oro dei 1500 metri stile libero agli Europei di nuoto di Londra, 18 maggio 2016

            Il nuotatore italiano ha vinto la medaglia d'oro nei 1500 stile libero agli Europei in corso a Londra, con il secondo tempo mondiale di sempre e il nuovo record europeo.
            """,
            expect().date("2016-05-18", DatePrecision.DAY).authors(Origin.BYLINE)),
        new ArticleCase(
            "a-byline-label-alone-over-the-name-above-the-headline",
            """
            Menu
            Cerca
            Accedi
            Cronaca
            Politica
            Economia
            Sport

            SCRITTO DA
            Paolo Conti

            Il tram torna in via Roma dopo due anni di cantieri

            I convogli della linea 4 tornano a percorrere via Roma da lunedì, dopo due anni di lavori per rifare i binari, le fermate e la pavimentazione della strada.

            Il Comune ha annunciato che le corse saranno ogni sette minuti nelle ore di punta e ogni dieci la sera, con un servizio notturno il venerdì e il sabato.

            I commercianti della via, che durante i lavori hanno lamentato un calo delle vendite, chiedono ora un piano per i parcheggi e per le consegne.
            """,
            expect()
                .title("Il tram torna in via Roma dopo due anni di cantieri")
                .authors(Origin.BYLINE, "Paolo Conti")
                .removed(9, "byline")
                .removed(10, "byline")),
        new ArticleCase(
            "byline-on-a-dated-line-with-the-section-and-comments",
            """
            Il mercato coperto riapre dopo il restauro

            Giulia Ferri 27/09/2023 Commenta! Cronaca, Quartieri

            Dopo due anni di lavori il mercato coperto di piazza Garibaldi riapre sabato con quaranta banchi, un'area per i produttori locali e un piccolo ristorante.

            Il restauro è costato quattro milioni di euro, in parte coperti dai fondi europei per la rigenerazione urbana.
            """,
            expect()
                .authors(Origin.BYLINE, "Giulia Ferri")
                .date("2023-09-27", DatePrecision.DAY)
                .removed(3, "byline")),
        new ArticleCase(
            "bare-name-over-a-dated-line-of-furniture",
            """
            Il porto chiude per due giorni di sciopero

            Marta Verdi

            12 marzo 2024 | Cronaca | Stampa l'articolo

            Sergio Mattarella

            I lavoratori del porto incrociano le braccia giovedì e venerdì dopo la rottura della trattativa sul rinnovo del contratto integrativo.

            Le navi in arrivo saranno dirottate sugli scali vicini, ha fatto sapere l'autorità portuale.
            """,
            expect()
                .authors(Origin.BYLINE, "Marta Verdi")
                .date("2024-03-12", DatePrecision.DAY)
                .drops("Marta Verdi")),
        new ArticleCase(
            "a-bare-name-under-the-headline-signs-nothing-beside-a-byline",
            """
            La nuova biblioteca apre in centro

            di Anna Neri

            Condividi

            Luca Bianchi

            La nuova biblioteca comunale apre lunedì nell'ex caserma di via Roma, con trentamila volumi, una sala per i ragazzi e un'emeroteca aperta fino a sera.

            Il progetto è costato sei milioni di euro ed è stato finanziato in gran parte dalla Regione.
            """,
            expect().authors(Origin.BYLINE, "Anna Neri")),
        new ArticleCase(
            "timed-dateline-after-the-first-paragraph",
            """
            La Regione stanzia fondi per le scuole di montagna

            Il piano vale venti milioni di euro e riguarda centoventi plessi scolastici delle valli alpine, molti dei quali aspettano lavori da anni.

            12 maggio 2023, 10:41

            La giunta regionale ha approvato ieri il piano per le scuole di montagna, che prevede lavori di messa in sicurezza e nuovi laboratori.

            I cantieri partiranno dopo la fine dell'anno scolastico e dovranno chiudersi entro due anni.
            """,
            expect()
                .title("La Regione stanzia fondi per le scuole di montagna")
                .date("2023-05-12T10:41", DatePrecision.TIME)
                .removed(5, "dateline")
                .keeps("La giunta regionale ha approvato ieri il piano")),
        new ArticleCase(
            "dateline-under-a-byline-after-a-photo-caption",
            """
            Il fiume torna navigabile dopo dieci anni

            Il nuovo pontile sul fiume, inaugurato dal sindaco alla presenza di centinaia di cittadini che hanno atteso la prima barca sulla riva. Foto di archivio.

            di Anna Neri
            14 marzo 2024

            Dopo dieci anni di lavori il fiume torna navigabile nel tratto cittadino, con un servizio di battelli che collegherà il centro con il parco fluviale.

            Le corse saranno ogni mezz'ora nei giorni festivi e ogni ora nei giorni feriali.
            """,
            expect()
                .authors(Origin.BYLINE, "Anna Neri")
                .date("2024-03-14", DatePrecision.DAY)
                .drops("14 marzo 2024")),
        new ArticleCase(
            "bare-name-over-the-dateline-in-the-opening",
            """
            Le farmacie aperte di notte raddoppiano

            La mappa delle farmacie di turno, aggiornata ogni settimana dall'ordine provinciale, con gli orari e i numeri di telefono di ciascuna sede.

            Giulia Ferri
            3 aprile 2024

            Da lunedì le farmacie aperte di notte passano da quattro a otto, distribuite in modo che ogni quartiere ne abbia una a meno di due chilometri.

            L'accordo tra il Comune e l'ordine dei farmacisti durerà tre anni.
            """,
            expect()
                .authors(Origin.BYLINE, "Giulia Ferri")
                .date("2024-04-03", DatePrecision.DAY)
                .drops("Giulia Ferri", "3 aprile 2024")),
        new ArticleCase(
            "dates-of-a-timeline-do-not-date-the-article",
            """
            Le tappe del processo al sindaco

            La vicenda giudiziaria dell'ex sindaco è cominciata sei anni fa con un esposto anonimo e si è chiusa soltanto questa settimana.

            14 marzo 2018, 09:00

            La procura apre un fascicolo dopo l'esposto e dispone le prime perquisizioni negli uffici del Comune.

            2 febbraio 2021, 11:30

            Il tribunale rinvia a giudizio l'ex sindaco e due funzionari per abuso d'ufficio.
            """,
            expect().noDate()),
        new ArticleCase(
            "names-of-a-dateline-with-two-authors",
            """
            Nuove regole per gli affitti brevi in centro

            Il regolamento approvato dal consiglio comunale fissa un tetto di novanta notti l'anno per gli appartamenti affittati ai turisti nel centro storico.

            Anna Neri, Luca Bianchi
            8 novembre 2023, 15:18

            Il consiglio comunale ha approvato ieri sera il regolamento sugli affitti brevi dopo una seduta durata fino a mezzanotte.

            Le associazioni dei proprietari hanno annunciato un ricorso al tribunale amministrativo.
            """,
            expect()
                .authors(Origin.BYLINE, "Anna Neri", "Luca Bianchi")
                .date("2023-11-08T15:18", DatePrecision.TIME)),
        new ArticleCase(
            "byline-label-alone-over-the-name",
            """
            Il museo civico apre la nuova ala

            Autore:
            Marco Bianchi

            Il museo civico apre al pubblico la nuova ala dedicata all'archeologia, con trecento reperti mai esposti prima e un percorso pensato per le scuole.

            L'ingresso alla nuova ala sarà gratuito per tutto il primo mese.
            """,
            expect().authors(Origin.BYLINE, "Marco Bianchi").drops("Autore:", "Marco Bianchi")),
        new ArticleCase(
            "byline-with-a-middle-initial-and-contacts",
            """
            City opens three new public libraries

            By Sarah J. Collins sarah.collins@example.com (555) 123-4567
            November 19, 2019

            The city opened three new public libraries on Tuesday, the first to be built in the county in more than twenty years, after a long fundraising campaign.

            Each library will be open seven days a week and will lend laptops as well as books.
            """,
            expect()
                .authors(Origin.BYLINE, "Sarah J. Collins")
                .date("2019-11-19", DatePrecision.DAY)),
        new ArticleCase(
            "bylines-of-the-teasers-after-the-article-are-not-its-authors",
            """
            Il porto cambia gestione dopo trent'anni

            di Anna Neri

            Il porto cambia gestione dopo trent'anni: la nuova società, a capitale misto, guiderà lo scalo per i prossimi quindici anni con un piano di investimenti.

            Il contratto sarà firmato entro la fine del mese in prefettura.

            Leggi anche

            La nuova diga foranea è pronta
            di Luca Verdi

            Crociere, un anno da record
            di Paolo Rossi
            """,
            expect().authors(Origin.BYLINE, "Anna Neri")),
        new ArticleCase(
            "several-teaser-bylines-below-an-unsigned-article",
            """
            Il porto cambia gestione dopo trent'anni

            Il porto cambia gestione dopo trent'anni: la nuova società, a capitale misto, guiderà lo scalo per i prossimi quindici anni con un piano di investimenti.

            Il contratto sarà firmato entro la fine del mese in prefettura.

            La nuova diga foranea è pronta
            di Luca Verdi

            Crociere, un anno da record
            di Paolo Rossi
            """,
            expect().authors(Origin.BYLINE)),
        new ArticleCase(
            "capitalised-headings-under-the-headline-are-not-names",
            """
            I migliori aspirapolvere senza fili del 2024

            Prezzi Migliori

            Offerte Speciali

            Abbiamo provato per tre mesi dodici aspirapolvere senza fili, misurando l'autonomia, la potenza di aspirazione e il rumore in un appartamento vero.

            Il modello più economico della prova costa meno di cento euro e ha un'autonomia di quaranta minuti.
            """,
            expect().authors(Origin.BYLINE)),
        new ArticleCase(
            "title-case-headline-over-a-dated-byline-signs-nothing",
            """
            Guida Completa Alla Potatura Delle Rose
            di Mario Rossi 12 maggio 2023

            Le rose si potano alla fine dell'inverno, quando le gemme cominciano a gonfiarsi ma non si sono ancora aperte, con forbici pulite e ben affilate.

            I rami secchi vanno tagliati alla base, quelli sani sopra una gemma rivolta verso l'esterno.
            """,
            expect().authors(Origin.BYLINE, "Mario Rossi").date("2023-05-12", DatePrecision.DAY)),
        new ArticleCase(
            "place-label-beside-the-date-is-no-name",
            """
            Il festival del cinema annuncia il programma

            Luogo Venezia
            Data 28.01.2022

            Il festival del cinema ha annunciato ieri il programma della prossima edizione, con venti film in concorso e una sezione dedicata agli esordi.

            I biglietti saranno in vendita da lunedì sul sito del festival.
            """,
            expect().authors(Origin.BYLINE)),
        new ArticleCase(
            "name-over-a-role-line-under-the-headline",
            """
            Il porto turistico raddoppia i posti barca
            Il progetto da trenta milioni sarà pronto per l'estate del 2026.

            Chiara Galli
            Giornalista, redazione Economia

            Il porto turistico raddoppierà i posti barca entro due anni, grazie a un progetto da trenta milioni di euro approvato ieri dalla Regione.

            I lavori cominceranno a ottobre, alla fine della stagione estiva.
            """,
            expect()
                .authors(Origin.BYLINE, "Chiara Galli")
                .drops("Giornalista, redazione Economia")),
        new ArticleCase(
            "german-byline-label-and-dateline-in-the-opening",
            """
            Stadtwerke senken die Strompreise

            Die Stadtwerke senken zum ersten Januar die Preise für Strom und Gas, nachdem die Einkaufspreise an der Börse deutlich gefallen sind. Archivbild.

            Von
            Jonas Keller
            06.11.2023, 15:20 Uhr

            Die Stadtwerke haben am Montag angekündigt, die Strompreise zum Jahreswechsel um durchschnittlich zwölf Prozent zu senken.

            Auch der Gaspreis soll sinken, allerdings erst im Frühjahr.
            """,
            expect()
                .authors(Origin.BYLINE, "Jonas Keller")
                .date("2023-11-06T15:20", DatePrecision.TIME)),
        new ArticleCase(
            "update-label-alone-over-its-date",
            """
            Le nuove regole per i monopattini in città

            Ultimo aggiornamento:
            3 dicembre 2025

            Dal primo gennaio i monopattini elettrici dovranno avere targa, assicurazione e casco obbligatorio per chi li guida in città.

            Le multe per chi non si adegua arriveranno fino a quattrocento euro.
            """,
            expect().noDate().updated("2025-12-03").drops("Ultimo aggiornamento:")),
        new ArticleCase(
            "byline-printed-twice-under-the-headline",
            """
            Il teatro comunale riapre dopo il restauro

            Marta Colombo

            Il sipario del teatro restaurato, con le nuove decorazioni in oro e velluto rosso.

            Marta Colombo

            Dopo tre anni di lavori il teatro comunale riapre al pubblico con una stagione di venti spettacoli tra prosa, lirica e danza.

            Il primo spettacolo andrà in scena sabato sera, con i biglietti già esauriti da settimane.
            """,
            expect().authors(Origin.BYLINE, "Marta Colombo")),
        new ArticleCase(
            "list-of-names-under-the-headline",
            """
            Come cambia la sanità regionale nel nuovo piano
            Quattro ospedali di comunità e più posti letto per le cure intermedie.

            Anna Neri, Luca Bianchi e Marta Verdi

            Il nuovo piano sanitario regionale prevede quattro nuovi ospedali di comunità e il raddoppio dei posti letto per le cure intermedie.

            Il piano sarà discusso in consiglio regionale entro la fine del mese.
            """,
            expect().authors(Origin.BYLINE, "Anna Neri", "Luca Bianchi", "Marta Verdi")),
        new ArticleCase(
            "section-beside-a-signed-dateline-is-no-author",
            """
            Le banche alzano i tassi sui mutui variabili

            Pubblicato da Paolo Greco il 4 marzo 2024
            Economia Finanza

            Le principali banche hanno alzato i tassi sui mutui variabili per la terza volta dall'inizio dell'anno, seguendo le decisioni della banca centrale.

            Le associazioni dei consumatori chiedono più trasparenza sulle condizioni.
            """,
            expect().authors(Origin.BYLINE, "Paolo Greco").date("2024-03-04", DatePrecision.DAY)),
        new ArticleCase(
            "german-label-glued-to-the-date",
            """
            Die Bibliothek öffnet auch am Sonntag

            Erstellt am09.02.2022

            Die Stadtbibliothek öffnet ab März auch sonntags von zehn bis sechzehn Uhr, nachdem der Stadtrat die nötigen Mittel für zusätzliches Personal bewilligt hat.

            Der Eintritt bleibt wie an allen anderen Tagen kostenlos.
            """,
            expect().date("2022-02-09", DatePrecision.DAY)),
        new ArticleCase(
            "list-of-names-under-the-headline-is-no-standfirst",
            """
            Il porto chiude per tre giorni per il maltempo
            Giulia Ferri, Paolo Greco e Anna Neri
            3 febbraio 2025

            Il porto resterà chiuso da domani per tre giorni a causa delle mareggiate previste lungo tutta la costa, ha comunicato la capitaneria.

            Le navi in arrivo saranno dirottate sugli scali vicini.
            """,
            expect()
                .noSubtitle()
                .authors(Origin.BYLINE, "Giulia Ferri", "Paolo Greco", "Anna Neri")),
        new ArticleCase(
            "name-with-handle-and-relative-time-under-the-headline",
            """
            City council approves the new bike lanes
            Ann Lee @annlee / 2 days

            The city council approved on Tuesday a plan for forty miles of new protected bike lanes, to be built over the next three years.

            Work on the first lanes will start in the spring.
            """,
            expect().noSubtitle().authors(Origin.BYLINE, "Ann Lee")),
        new ArticleCase(
            "place-after-the-outlet-is-no-author",
            """
            Il museo riapre la sala degli affreschi

            Dopo due anni di restauri la sala degli affreschi torna visibile al pubblico, con un nuovo impianto di luci che ne mette in risalto i colori.

            di Anna Neri, Corriere Locale, Firenze

            Il restauro è costato un milione di euro ed è stato finanziato da una fondazione bancaria e da una raccolta fondi tra i cittadini.

            La sala sarà aperta tutti i giorni tranne il lunedì.
            """,
            expect().authors(Origin.BYLINE, "Anna Neri")),
        new ArticleCase(
            "name-printed-under-the-headline-and-again-below-the-text",
            """
            Cinque piatti di stagione da provare a novembre

            Marta Verdi
            4 novembre 2025

            Novembre porta sulla tavola zucche, castagne e funghi, ingredienti che si prestano a ricette semplici e veloci da preparare anche in settimana.

            La vellutata di zucca con castagne è il primo dei cinque piatti, pronta in mezz'ora con pochi ingredienti.

            I più letti
            Marta Verdi
            Le castagne arrosto in padella senza bruciarle
            """,
            expect().authors(Origin.BYLINE, "Marta Verdi").date("2025-11-04", DatePrecision.DAY)),
        new ArticleCase(
            "name-in-capitals-under-a-one-sentence-lead",
            """
            Dieci libri da leggere sotto l'ombrellone
            Romanzi, saggi e un fumetto per le vacanze, scelti tra le uscite della primavera.
            SARA COLOMBO   GAZZETTA DI BORGO

            Il primo è un romanzo ambientato in un paese di pescatori, dove una famiglia aspetta per tutta l'estate il ritorno di un figlio partito anni prima.

            Il secondo è un saggio sulla storia delle spiagge italiane, dai primi stabilimenti ai giorni nostri.
            """,
            expect().authors(Origin.BYLINE, "Sara Colombo")),
        new ArticleCase(
            "role-printed-before-the-name",
            """
            Die Stadtwerke erhöhen die Preise für Fernwärme
            Von Wirtschaftsredakteurin Lea Wolf
            12. März 2024

            Die Stadtwerke erhöhen zum ersten April die Preise für Fernwärme um durchschnittlich acht Prozent, wie das Unternehmen am Dienstag mitteilte.

            Betroffen sind rund zwölftausend Haushalte im Stadtgebiet.
            """,
            expect().authors(Origin.BYLINE, "Lea Wolf").date("2024-03-12", DatePrecision.DAY)),
        new ArticleCase(
            "name-over-its-role-under-the-headline-printed-again-in-a-list",
            """
            Come scegliere il gestionale per un piccolo negozio
            Anna Neri
            Co-fondatrice di Borgo Digitale

            Scegliere il gestionale giusto fa risparmiare ore di lavoro ogni settimana, ma le offerte sono tante e i prezzi molto diversi tra loro.

            Il primo criterio è la facilità d'uso: chi sta alla cassa deve imparare il programma in un pomeriggio.

            Il secondo è il costo vero, che comprende il canone, l'assistenza e gli aggiornamenti degli anni successivi.

            Il terzo è la possibilità di esportare i dati se un giorno si vorrà cambiare programma.

            Gli esperti
            Anna Neri
            Luca Bianchi
            Marta Verdi
            """,
            expect().authors(Origin.BYLINE, "Anna Neri")),
        new ArticleCase(
            "a-bare-name-over-the-dateline-under-a-standfirst-printed-twice",
            """
            Blog
            Quanto costa una lezione di yoga? La guida ai prezzi del 2024
            Una guida a quanto far pagare una lezione di yoga, con i prezzi medi, che cosa li fa cambiare e qualche consiglio per scegliere il proprio.

            Una guida a quanto far pagare una lezione di yoga, con i prezzi medi, che cosa li fa cambiare e qualche consiglio per scegliere il proprio.

            Chiara Fontana
            25 agosto 2024

            Decidere quanto far pagare una lezione di yoga è una delle prime scelte difficili per chi apre uno studio o insegna da libero professionista.

            Il prezzo dipende dalla città, dalla durata della lezione e dall'esperienza dell'insegnante, ma anche dal numero di allievi che una sala può ospitare.
            """,
            expect()
                .authors(Origin.BYLINE, "Chiara Fontana")
                .date("2024-08-25", DatePrecision.DAY)));
  }
}
