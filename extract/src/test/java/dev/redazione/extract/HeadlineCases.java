package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Where the headline is among the lines above the main text: a pasted article's first line however
 * many share buttons follow it; a first line over a short line that seems to go on from it; a promo
 * or related-article title nearer the text than the headline, which names what the text tells; a
 * section label right above the headline; a headline glued over a one-line standfirst without a
 * blank line; a deck shorter than the headline over it; a breadcrumb or share line that repeats the
 * headline; a headline with its byline far above the text, behind a share bar and a caption.
 */
final class HeadlineCases {

  private HeadlineCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "a-section-heading-under-the-opening-of-a-text-without-headline-is-none",
            """
             date 2025-06 MILANO. È cominciata stamattina alle otto e mezza la prova scritta del concorso per i nuovi vigili urbani, con oltre tremila candidati arrivati da tutta la regione e distribuiti in quattro padiglioni della fiera. I primi sono entrati alle sette, dopo il controllo dei documenti.

            Subito dopo l'apertura delle buste sono circolate le domande, che spaziano dal codice della strada al diritto amministrativo.

            Le tre prove del concorso

            Prova A – Codice della strada

            Prova B – Diritto amministrativo

            Prova C – Lingua inglese

            Domani i risultati, poi gli orali

            Domani alle dodici il Comune pubblicherà sul suo sito l'elenco degli ammessi alla seconda fase, che si terrà in municipio a partire dal prossimo lunedì, in ordine alfabetico.

            Gli orali dureranno circa tre settimane e la graduatoria finale è attesa per la fine di luglio, in tempo per le prime assunzioni estive.
            """,
            expect()
                .derivedTitle(
                    "È cominciata stamattina alle otto e mezza la prova scritta del concorso per i nuovi vigili urbani")
                .keeps(
                    "È cominciata stamattina",
                    "Subito dopo l'apertura delle buste",
                    "Domani alle dodici")),
        new ArticleCase(
            "a-headline-and-its-standfirst-glued-on-one-line",
            """
             date 2025-02 Sci, Rossi vince lo slalom di Courmayeur L'azzurra torna al successo dopo due anni e allunga in classifica generale

            La sciatrice valdostana ha chiuso la seconda manche con mezzo secondo di vantaggio sulla svizzera, davanti al pubblico di casa che l'aspettava dal primo giorno della stagione.
            """,
            expect()
                .splitTitle("Sci, Rossi vince lo slalom di Courmayeur")
                .subtitle(
                    "L'azzurra torna al successo dopo due anni e allunga in classifica generale")
                .keeps("La sciatrice valdostana ha chiuso la seconda manche")),
        new ArticleCase(
            "a-gallerys-pager-after-the-headline-is-no-part-of-it",
            """
            Le dieci spiagge più belle della Puglia secondo i lettori (1 / 10)

            Le dieci spiagge più belle della Puglia secondo i lettori

            Abbiamo chiesto ai lettori di votare le spiagge della regione che preferiscono, e in tre settimane sono arrivati oltre dodicimila voti: in testa c'è una caletta del Salento raggiungibile solo a piedi, seguita da due lidi del Gargano.
            """,
            expect()
                .title("Le dieci spiagge più belle della Puglia secondo i lettori")
                .drops("(1 / 10)")),
        new ArticleCase(
            "a-headline-written-as-a-statement-with-its-full-stop",
            """
            La mia estate da volontaria sulle Dolomiti: un'esperienza che consiglio a tutti.

            Oggi vi presentiamo Marta, studentessa di Scienze forestali a Padova, che ha passato la sua estate da volontaria in un rifugio delle Dolomiti a sistemare sentieri e a contare i camosci con i guardiaparco. Ci racconta come questa esperienza di lavoro all'aperto le abbia fatto cambiare idea sul suo futuro, e perché tornerà anche il prossimo anno.
            """,
            expect()
                .title(
                    "La mia estate da volontaria sulle Dolomiti: un'esperienza che consiglio a tutti.")
                .keeps("Oggi vi presentiamo Marta")
                .drops("che consiglio a tutti.")),
        new ArticleCase(
            "a-short-first-paragraph-stays-text",
            """
            Il consiglio comunale ha approvato il bilancio con dodici voti a favore.

            L'opposizione ha votato contro, chiedendo più fondi per le scuole e per la manutenzione delle strade di periferia, rimaste escluse dal piano.
            """,
            expect()
                .derivedTitle(
                    "Il consiglio comunale ha approvato il bilancio con dodici voti a favore")
                .keeps("Il consiglio comunale ha approvato il bilancio")),
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
            "article-paste-whose-headline-is-glued-to-the-standfirst",
            """
            Treni regionali, in Liguria cento corse in più da giugno
            La Regione ha firmato il nuovo contratto di servizio con la società ferroviaria.

            Dal primo giugno i treni regionali liguri aumenteranno di cento corse al giorno, soprattutto nelle ore di punta sulla linea tra Genova e La Spezia.

            Il contratto vale dieci anni e prevede anche l'arrivo di trenta nuovi convogli entro la fine del prossimo anno.
            """,
            expect()
                .title("Treni regionali, in Liguria cento corse in più da giugno")
                .keeps(
                    "Dal primo giugno i treni regionali liguri aumenteranno di cento corse al"
                        + " giorno")),
        new ArticleCase(
            "english-article-paste-whose-headline-is-glued-to-the-deck",
            """
            City council votes to keep the old library open for another year
            The decision follows months of protests by readers and staff.

            The city council voted on Tuesday to keep the old central library open until next summer, reversing a plan to close it in January.

            Council members said the money would come from a reserve fund set aside for repairs to public buildings.
            """,
            expect()
                .title("City council votes to keep the old library open for another year")
                .keeps("The city council voted on Tuesday to keep the old central library open")),
        new ArticleCase(
            "page-with-a-deck-shorter-than-the-headline",
            """
            Menu
            Cerca
            Cronaca
            Politica
            Sport
            Legge di bilancio, il governo taglia i fondi ai comuni e i sindaci protestano a Roma
            Cinquecento milioni in meno per i servizi locali
            di Paolo Bianchi
            12 novembre 2024

            La legge di bilancio approvata ieri dal Consiglio dei ministri riduce di cinquecento milioni i trasferimenti ai comuni per il prossimo anno.

            I sindaci dell'Anci hanno annunciato una manifestazione davanti a Montecitorio e chiedono al governo di rivedere la norma prima del voto in Parlamento.
            """,
            expect()
                .title(
                    "Legge di bilancio, il governo taglia i fondi ai comuni e i sindaci protestano"
                        + " a Roma")
                .authors(Origin.BYLINE, "Paolo Bianchi")
                .keeps("La legge di bilancio approvata ieri dal Consiglio dei ministri")),
        new ArticleCase(
            "page-with-a-breadcrumb-that-repeats-the-headline",
            """
            Accedi
            Abbonati
            Home Cronaca Napoli, riapre la funicolare di Chiaia dopo i lavori

            Napoli, riapre la funicolare di Chiaia dopo i lavori

            Condividi: Napoli, riapre la funicolare di Chiaia dopo i lavori

            La funicolare di Chiaia torna in servizio da domani mattina, dopo otto mesi di lavori sulle vetture e sui binari della linea.

            Le corse partiranno ogni dieci minuti dalle sette del mattino fino a mezzanotte, anche nei giorni festivi.
            """,
            expect()
                .title("Napoli, riapre la funicolare di Chiaia dopo i lavori")
                .keeps("La funicolare di Chiaia torna in servizio da domani mattina")),
        new ArticleCase(
            "german-page-with-a-kicker-glued-to-the-headline",
            """
            Startseite
            Politik
            Wirtschaft
            Neue Regeln: Wer ab Januar weniger Steuern zahlt
            Wer ab Januar weniger Steuern zahlt

            Ab dem ersten Januar steigt der Grundfreibetrag, und viele Beschäftigte zahlen deshalb etwas weniger Steuern als bisher. Auch der Kinderfreibetrag wird angehoben, wie das Finanzministerium am Montag in Berlin mitteilte.

            Wie viel das im Monat ausmacht, hängt vom Einkommen und von der Steuerklasse ab, sagen die Fachleute der Verbraucherzentrale.
            """,
            expect()
                .title("Wer ab Januar weniger Steuern zahlt")
                .keeps("Ab dem ersten Januar steigt der Grundfreibetrag")),
        new ArticleCase(
            "page-with-the-headline-far-above-behind-a-share-bar",
            """
            Home
            Economia
            Lavoro
            Sciopero dei trasporti, venerdì a rischio bus e metropolitane in tutta Italia
            di Giulia Verdi
            5 marzo 2025
            Condividi su Facebook
            Condividi su X
            Copia il link dell'articolo
            Ascolta l'articolo
            Una fermata degli autobus a Milano
            Foto di archivio
            Le linee garantite nelle fasce di tutela
            Cosa resta aperto nelle stazioni

            Venerdì i sindacati di base hanno proclamato uno sciopero generale dei trasporti di ventiquattro ore, con bus, tram e metropolitane a rischio in tutte le città.

            Le aziende garantiranno le corse nelle fasce di tutela, dalle sei alle nove del mattino e dalle diciotto alle ventuno.
            """,
            expect()
                .title(
                    "Sciopero dei trasporti, venerdì a rischio bus e metropolitane in tutta Italia")
                .authors(Origin.BYLINE, "Giulia Verdi")
                .keeps("Venerdì i sindacati di base hanno proclamato uno sciopero generale")),
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
                .keeps("Congress has nine days left to agree on a budget")),
        new ArticleCase(
            "lead-opening-with-its-place-is-the-body-not-the-standfirst",
            """
            Amministrative 2026: quando si vota, come e dove

            I seggi allestiti in una scuola del centro (foto d'archivio)

            ROMA – Oltre sei milioni di elettori sono chiamati alle urne domenica e lunedì per rinnovare i consigli di quasi ottocento comuni. Ecco come si vota.

            Si vota domenica dalle 7 alle 23 e lunedì dalle 7 alle 15, con lo spoglio che comincia subito dopo la chiusura dei seggi, prima per i sindaci e poi per i consigli comunali e di circoscrizione.

            L'eventuale ballottaggio si terrà due settimane più tardi nei comuni con più di quindicimila abitanti.
            """,
            expect()
                .title("Amministrative 2026: quando si vota, come e dove")
                .noSubtitle()
                .keeps("ROMA – Oltre sei milioni di elettori sono chiamati alle urne")),
        new ArticleCase(
            "first-section-heading-under-the-headline-and-its-standfirst",
            """
            I processi del porto e delle cliniche
            Cronaca
            News

            I processi del porto e delle cliniche

            Dagli appalti del porto alle cliniche convenzionate, quattro indagini che hanno diviso la città e riempito le aule del tribunale

            La condanna dei funzionari del porto

            Dopo nove mesi di udienze il tribunale ha condannato i due funzionari del porto accusati di aver pilotato le gare per i lavori sulle banchine: la condanna è di quattro anni.

            La sentenza accoglie quasi per intero le richieste della procura, che aveva chiesto pene più alte per il dirigente dell'ufficio tecnico.

            Gli avvocati della difesa hanno già annunciato il ricorso in appello contro la sentenza.
            """,
            expect()
                .title("I processi del porto e delle cliniche")
                .keeps(
                    "La condanna dei funzionari del porto",
                    "Dopo nove mesi di udienze il tribunale")),
        new ArticleCase(
            "place-kicker-over-a-text-without-headline",
            """
             date 2025-05 A Genova

            Nella notte tra sabato e domenica un incendio ha distrutto il capannone di una ditta di trasporti nella zona del porto, senza feriti: le fiamme sono state spente solo all'alba.

            I vigili del fuoco hanno lavorato per sei ore con dodici squadre arrivate anche dalle province vicine.
            """,
            expect()
                .derivedTitle(
                    "Nella notte tra sabato e domenica un incendio ha distrutto il capannone…")
                .drops("A Genova")),
        new ArticleCase(
            "headline-ending-with-an-elided-word-over-its-deck-without-blank-lines",
            """
            Firenze: come funziona la nuova tassa d'ingresso
            Prezzo, esenzioni e prenotazione: cosa sapere
            Dal prossimo anno chi visita il centro storico senza pernottare dovrà pagare un contributo giornaliero, con l'obiettivo di ridurre il turismo di poche ore.
            Il contributo sarà di cinque euro e andrà pagato online prima dell'arrivo, attraverso il sito del comune o un'applicazione dedicata.
            """,
            expect()
                .title("Firenze: come funziona la nuova tassa d'ingresso")
                .subtitle("Prezzo, esenzioni e prenotazione: cosa sapere")),
        new ArticleCase(
            "headline-after-the-body-over-a-view-counter-and-the-previous-article-link",
            """
            Si è chiusa a fine settembre la campagna estiva contro gli incendi boschivi, con oltre cinquantamila interventi delle squadre dei vigili del fuoco in tutta la regione, un terzo in più dell'anno scorso. Le province più colpite sono state quelle dell'interno, dove la siccità ha reso i boschi più esposti.
            Incendi, un'estate di fuoco: cinquantamila interventi dei vigili del fuoco
            318
            articolo precedente
            """,
            expect()
                .title("Incendi, un'estate di fuoco: cinquantamila interventi dei vigili del fuoco")
                .drops("articolo precedente", "318")),
        new ArticleCase(
            "author-bio-without-its-name-above-the-headline",
            """
             date 2025-11-27 Giornalista pubblicista laureata in scienze politiche, appassionata di dati e di sanità pubblica

            I tempi di attesa al pronto soccorso nelle regioni italiane

            Nelle regioni del Sud un paziente in codice giallo aspetta in media più di tre ore prima di essere visitato, secondo i dati raccolti dall'agenzia nazionale per i servizi sanitari.

            Le attese più brevi si registrano nelle province autonome, dove la media resta sotto un'ora.
            """,
            expect()
                .title("I tempi di attesa al pronto soccorso nelle regioni italiane")
                .drops("Giornalista pubblicista")
                .date("2025-11-27", DatePrecision.DAY)),
        new ArticleCase(
            "section-path-over-a-headline-with-its-own-deck",
            """
            Martedì, 12 Marzo 2024
            Cronaca Nord / corso del Popolo

            I negozianti del corso protestano: "Il cantiere ci sta rovinando"

            Da sei mesi i lavori del tram tengono chiuso metà del corso, e i commercianti chiedono al comune uno sconto sulle tasse

            Le saracinesche abbassate sono già dodici. Chi resiste racconta di incassi dimezzati da quando le transenne hanno chiuso i marciapiedi davanti alle vetrine, e di clienti che hanno smesso di venire.

            L'assessore ai lavori pubblici ha promesso un incontro entro la fine del mese.
            """,
            expect()
                .title("I negozianti del corso protestano: \"Il cantiere ci sta rovinando\"")
                .subtitle(
                    "Da sei mesi i lavori del tram tengono chiuso metà del corso, e i commercianti"
                        + " chiedono al comune uno sconto sulle tasse")),
        new ArticleCase(
            "kicker-in-capitals-over-the-dateline-of-a-text-without-headline",
            """
            l'editoriale
            Cerca
            IL CASO
            31 Dicembre 2025 - 17:50
            Torna a salire la tensione nel quartiere delle case popolari, dove da mesi le famiglie segnalano sassaiole contro i balconi e rifiuti abbandonati nei cortili.
            A sollevare il caso in consiglio di circoscrizione è stata una mozione votata all'unanimità, che chiede più controlli e un presidio fisso.
            """,
            expect()
                .derivedTitle("Torna a salire la tensione nel quartiere delle case popolari")
                .drops("IL CASO")
                .date("2025-12-31T17:50", DatePrecision.TIME)),
        new ArticleCase(
            "headline-in-two-sentences-over-the-text-without-a-date",
            """
            Pesca, ecco il nuovo calendario delle chiusure. Date e novità.

            Con il parere del ministero è pronto il nuovo calendario del fermo pesca per l'anno prossimo: le barche a strascico resteranno in porto per sei settimane tra agosto e settembre, con date diverse per l'Adriatico e il Tirreno.

            Le associazioni dei pescatori chiedono indennizzi più alti per i giorni di fermo.
            """,
            expect()
                .title("Pesca, ecco il nuovo calendario delle chiusure. Date e novità.")
                .keeps("Con il parere del ministero è pronto")));
  }
}
