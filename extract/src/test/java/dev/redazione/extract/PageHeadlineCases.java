package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * The headline of a whole page pasted: printed twice in a row; behind a tagline that opens the page
 * and its menus; under a promo paragraph that makes the main text seem to start above it; over a
 * caption nearer the text; printed again in a gallery right above the text; and of a pasted
 * article, ending with a function word right over its first paragraph, or glued to its standfirst
 * and dateline with no blank line between, or right under a list of teasers; right over its deck,
 * the deck over a blank line, even when the headline asks a question (and a short label over the
 * headline is no headline); signed, over a short lead and a list, above the section heading over
 * the longest run of prose; behind a whole menu under the site's tagline; printed below the
 * breadcrumb glued to it. In a text without a title line, a picture label is no headline.
 */
final class PageHeadlineCases {

  private PageHeadlineCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "headline-standfirst-and-dateline-with-no-blank-line-are-no-wrapped-paragraph",
            """
            Il lago di Garda torna ai livelli di vent'anni fa, festa per i pescatori
            Dopo due estati di siccità le piogge di primavera hanno riportato l'acqua sopra la media stagionale.
            Aggiornato il 12 giugno 2024 alle 18:30

            Il livello del lago di Garda ha superato questa settimana i cento centimetri sullo zero idrometrico, un valore che non si registrava a giugno da oltre vent'anni secondo i dati del consorzio.

            I pescatori della sponda bresciana raccontano di reti di nuovo piene e di specie tornate a riprodursi vicino alla riva, mentre i comuni rivedono i piani per l'estate.
            """,
            expect()
                .title("Il lago di Garda torna ai livelli di vent'anni fa, festa per i pescatori")
                .keeps("Il livello del lago di Garda ha superato questa settimana")),
        new ArticleCase(
            "headline-under-a-list-of-teasers-with-its-standfirst-and-byline",
            """
            La Gazzetta del Lago
            Cronaca
            Economia
            Sport
            In evidenza
            Elezioni regionali, tutti i risultati
            Maltempo, allerta arancione sul lago
            CRONACA
            Como, chiude dopo 120 anni la storica pasticceria di piazza Duomo
            I titolari: «Abbiamo cercato per due anni pasticceri e commessi, nessuno vuole lavorare nel fine settimana». I clienti lasciano biglietti sulla vetrina
            Giulia Ferrario
            13 novembre 2025
            Le serrande della pasticceria, in piazza Duomo a Como, resteranno abbassate da lunedì. Dopo centoventi anni e quattro generazioni la famiglia ha deciso di chiudere il locale per la mancanza di personale.
            Iscriviti alla newsletter
            Le notizie di Como ogni mattina nella tua casella di posta
            Iscriviti
            Negli ultimi giorni decine di clienti hanno lasciato biglietti e fiori davanti alla vetrina, e il sindaco ha proposto di inserire il locale nell'elenco delle botteghe storiche.
            """,
            expect()
                .title("Como, chiude dopo 120 anni la storica pasticceria di piazza Duomo")
                .subtitle(
                    "I titolari: «Abbiamo cercato per due anni pasticceri e commessi, nessuno vuole"
                        + " lavorare nel fine settimana». I clienti lasciano biglietti sulla vetrina")
                .date("2025-11-13", DatePrecision.DAY)
                .removed(6, "related-block")
                .removed(15, "social-prompt")
                .keeps("Negli ultimi giorni decine di clienti")),
        new ArticleCase(
            "page-with-the-headline-printed-twice",
            """
            Menu
            Cerca
            Cronaca
            Politica
            Sport
            Chiude la storica libreria di via Po dopo novant'anni di attività
            Chiude la storica libreria di via Po dopo novant'anni di attività
            Pubblicato il 4 marzo 2025

            La libreria aperta nel 1934 sotto i portici di via Po abbasserà la saracinesca alla fine del mese, schiacciata dagli affitti e dalle vendite online.

            I titolari hanno annunciato la chiusura ai clienti con un cartello in vetrina e hanno ringraziato il quartiere per quasi un secolo di fedeltà.
            """,
            expect()
                .title("Chiude la storica libreria di via Po dopo novant'anni di attività")
                .date("2025-03-04", DatePrecision.DAY)
                .keeps("La libreria aperta nel 1934 sotto i portici di via Po")),
        new ArticleCase(
            "page-opening-with-a-tagline-over-its-menus",
            """
            Il giornale della tua provincia, ogni giorno con te
            Home
            Cronaca
            Economia
            Sport
            Cultura
            Meteo
            Frana sulla provinciale del Vomano, la strada resta chiusa per una settimana
            di Marta Bianchi
            12 aprile 2025

            La frana che ieri mattina ha invaso la strada provinciale del Vomano ha portato a valle centinaia di metri cubi di terra e di rocce, e la strada resterà chiusa almeno per una settimana.

            I tecnici della provincia hanno già avviato i sondaggi sul versante, mentre i residenti delle frazioni più alte raggiungono il paese con una deviazione di venti chilometri.
            """,
            expect()
                .title(
                    "Frana sulla provinciale del Vomano, la strada resta chiusa per una settimana")
                .authors(Origin.BYLINE, "Marta Bianchi")
                .date("2025-04-12", DatePrecision.DAY)
                .keeps("La frana che ieri mattina ha invaso la strada provinciale del Vomano")),
        new ArticleCase(
            "page-with-a-promo-paragraph-above-the-headline",
            """
            Home
            Cronaca
            Sport
            Ieri sera il consiglio comunale di Bologna ha approvato il nuovo piano delle piste ciclabili per le periferie della città.
            Treni regionali, da lunedì tornano le corse notturne tra Parma e Bologna
            di Luca Ferri
            7 maggio 2025

            Da lunedì prossimo i treni regionali tornano a correre anche di notte tra Parma e Bologna, con quattro corse in più dopo la mezzanotte nei giorni feriali.

            La regione ha spiegato che le corse notturne erano state sospese per i lavori sulla linea, ora conclusi con due settimane di anticipo sul previsto.
            """,
            expect()
                .title("Treni regionali, da lunedì tornano le corse notturne tra Parma e Bologna")
                .authors(Origin.BYLINE, "Luca Ferri")
                .date("2025-05-07", DatePrecision.DAY)
                .keeps("Da lunedì prossimo i treni regionali tornano a correre anche di notte")
                .drops("Ieri sera il consiglio comunale di Bologna ha approvato")),
        new ArticleCase(
            "page-with-a-caption-nearer-the-text-than-the-headline",
            """
            Menu
            Cronaca
            Esteri
            Alluvione in Emilia, riaprono le scuole nei comuni colpiti
            di Paolo Neri
            3 giugno 2025
            I volontari puliscono le aule della scuola media di Faenza dopo l'alluvione di maggio
            Foto: Anna Costa

            Dopo tre settimane di lavori riaprono lunedì le scuole dei comuni emiliani colpiti dall'alluvione, con le lezioni che riprenderanno anche nei plessi più danneggiati.

            Nelle aule di Faenza e di Lugo i volontari hanno tolto il fango e sistemato gli arredi, mentre le palestre resteranno chiuse fino all'autunno.
            """,
            expect()
                .title("Alluvione in Emilia, riaprono le scuole nei comuni colpiti")
                .authors(Origin.BYLINE, "Paolo Neri")
                .keeps(
                    "Dopo tre settimane di lavori riaprono lunedì le scuole dei comuni emiliani")),
        new ArticleCase(
            "article-paste-whose-headline-ends-with-a-function-word",
            """
            Bollette della luce più care da gennaio, ecco perché
            Da gennaio le bollette della luce aumenteranno in media del dodici per cento per le famiglie che hanno ancora un contratto a prezzo variabile, secondo le stime dell'autorità per l'energia.

            Il rincaro dipende dal prezzo del gas sui mercati all'ingrosso, salito per tre mesi di fila dopo la fine dell'estate.
            """,
            expect()
                .title("Bollette della luce più care da gennaio, ecco perché")
                .keeps(
                    "Da gennaio le bollette della luce aumenteranno in media del dodici per cento")),
        new ArticleCase(
            "page-whose-headline-is-printed-again-in-its-gallery",
            """
            Home
            Cronaca
            Nevicata record sull'Appennino, chiuse le scuole in trenta comuni
            Sport
            Meteo
            Contatti
            Foto 1 di 8
            Nevicata record sull'Appennino, chiuse le scuole in trenta comuni
            Torna alla galleria

            Una nevicata record ha coperto ieri l'Appennino tosco-emiliano con oltre un metro di neve, e i sindaci di trenta comuni hanno chiuso le scuole per due giorni.

            Sulle strade provinciali sono al lavoro da stanotte gli spazzaneve, mentre alcune frazioni più alte restano isolate in attesa dei mezzi della protezione civile.
            """,
            expect()
                .title("Nevicata record sull'Appennino, chiuse le scuole in trenta comuni")
                .removed(3, "outside-article")
                .keeps("Una nevicata record ha coperto ieri l'Appennino tosco-emiliano")),
        new ArticleCase(
            "page-headline-right-over-its-deck-and-a-blank-line",
            """
            Accedi
            Notizie
            Serie A
            Champions League
            Offerte Del Giorno
            Offerte del giorno: altri sconti del Black Friday già attivi, dai televisori alle cuffie senza fili e ai robot
            Il Black Friday Arriva Tra Dieci Giorni, Ma Molte Offerte Sono Già Attive Oggi

            Di Marco Bianchi, redazione tecnologia
            Aggiornato: 18 novembre 2025 21:38
            Pubblicato: 18 novembre 2025 20:11

            Il Black Friday arriva tra dieci giorni, ma diversi negozi online hanno già abbassato i prezzi di televisori, cuffie e piccoli elettrodomestici.

            Abbiamo raccolto le offerte più interessanti controllando il prezzo medio degli ultimi tre mesi, per distinguere le offerte vere da quelle gonfiate.
            """,
            expect()
                .title(
                    "Offerte del giorno: altri sconti del Black Friday già attivi, dai televisori"
                        + " alle cuffie senza fili e ai robot")
                .keeps("Il Black Friday arriva tra dieci giorni, ma diversi negozi online")),
        new ArticleCase(
            "page-question-headline-right-over-its-deck",
            """
            Risorse gratuite
            Webinar
            Blog
            4 febbraio 2025 - 11 minuti

            Intelligenza artificiale in ufficio: che cosa cambierà davvero nel 2025?
            Che cosa aspetta nel 2025 chi lavora con il computer tutti i giorni?

            Giulia Ferri

            Gli assistenti basati sull'intelligenza artificiale sono entrati nei programmi che usiamo ogni giorno, dalla posta elettronica ai fogli di calcolo.

            Le aziende italiane li stanno provando con cautela: molte li limitano ai compiti ripetitivi e chiedono ai dipendenti di controllare ogni risultato.
            """,
            expect()
                .title("Intelligenza artificiale in ufficio: che cosa cambierà davvero nel 2025?")
                .keeps("Gli assistenti basati sull'intelligenza artificiale")),
        new ArticleCase(
            "page-label-right-over-the-headline-is-no-headline",
            """
            Edicola digitale
            Annunci
            Link sponsorizzati: Agenzia viaggi Museo civico
            Il gufo reale torna a nidificare sulle rupi del lago

            Pubblicato il 4 gennaio 2021

            Dopo trent'anni di assenza una coppia di gufi reali ha scelto di nuovo le pareti di roccia sopra il lago per nidificare, hanno confermato i guardiaparco.

            Gli ornitologi seguiranno la coppia fino all'estate con fototrappole installate a distanza, per non disturbare la cova.
            """,
            expect()
                .title("Il gufo reale torna a nidificare sulle rupi del lago")
                .keeps("Dopo trent'anni di assenza una coppia di gufi reali")),
        new ArticleCase(
            "signed-headline-over-a-list-and-a-section-heading-over-the-longest-prose",
            """
            Accedi
            Prove
            Guide all'acquisto
            Offerte

            Le migliori bici elettriche del 2025 per muoversi in città
            Di Laura Neri
            12 marzo 2025

            Le abbiamo provate per tre mesi sulle strade di Milano.

            In breve

            Migliore bici elettrica da città
            Vela Uno
            Vai ai dettagli
            Controlla il prezzo

            Migliore bici elettrica pieghevole
            Fiido D11
            Vai ai dettagli
            Controlla il prezzo

            Migliore per chi viaggia in treno
            Brompton Electric
            Vai ai dettagli
            Controlla il prezzo

            Migliore per le salite
            Cowboy Cruiser
            Vai ai dettagli
            Controlla il prezzo

            Migliore sotto i mille euro
            Decathlon Elops 920
            Vai ai dettagli
            Controlla il prezzo

            Migliore per leggerezza
            Ampler Curt
            Vai ai dettagli
            Controlla il prezzo

            Vela Uno: la bici elettrica che abbiamo usato di più

            La Vela Uno è la bici elettrica che abbiamo usato di più durante le prove, perché unisce un telaio leggero a una batteria che dura una settimana di tragitti casa-lavoro senza ricariche.

            Il motore nel mozzo posteriore è silenzioso e spinge con dolcezza anche sulle salite dei cavalcavia, mentre il display sul manubrio mostra in modo chiaro la carica rimasta e la velocità.

            Abbiamo apprezzato i freni a disco idraulici, che fermano la bici con sicurezza anche sul pavé bagnato, e le luci integrate che si accendono da sole quando cala la sera.

            Il difetto principale è il prezzo, più alto della media, e il portapacchi venduto a parte che rende difficile portare una borsa della spesa senza accessori.
            """,
            expect()
                .title("Le migliori bici elettriche del 2025 per muoversi in città")
                .date("2025-03-12", DatePrecision.DAY)
                .keeps(
                    "La Vela Uno è la bici elettrica che abbiamo usato di più durante le prove")),
        new ArticleCase(
            "headline-behind-a-menu-under-the-sites-tagline",
            """
            Regate, giornate di sole e campionati
            Home
            Cronaca
            Politica
            Economia
            Sport
            Cultura
            Meteo
            Video
            Foto
            Annunci
            Necrologi
            Contatti
            Il lago di Como si prepara alla stagione delle regate con un nuovo porto per le vele

            Il nuovo porto per le vele sul lago di Como è pronto: ospiterà da maggio le regate internazionali che aprono la stagione e portano sul lago migliaia di appassionati.

            Il comune ha investito due milioni di euro nei pontili galleggianti e nei servizi per gli equipaggi, che fino all'anno scorso dovevano appoggiarsi ai cantieri privati della sponda orientale.
            """,
            expect()
                .title(
                    "Il lago di Como si prepara alla stagione delle regate con un nuovo porto per"
                        + " le vele")
                .keeps("Il nuovo porto per le vele sul lago di Como è pronto")),
        new ArticleCase(
            "headline-printed-below-the-breadcrumb-glued-to-it",
            """
            Ricette
            Fai da te
            Consigli
            Home Feste Marmellata di pere speziata al miele per le feste
            Questo articolo può contenere link di affiliazione: leggete la nostra informativa.

            RicetteFeste
            MARMELLATA DI PERE SPEZIATA AL MIELE PER LE FESTE
            scritto da Regina
            Condividere è bello!

            La marmellata di pere speziata al miele è il regalo che preparo ogni dicembre per amici e vicini, perché si conserva a lungo e profuma di cannella e chiodi di garofano.

            Servono pere mature ma sode, miele di acacia, un limone e qualche spezia: il resto lo fa la pazienza, mescolando a fuoco basso per quasi un'ora.
            """,
            expect()
                .title("MARMELLATA DI PERE SPEZIATA AL MIELE PER LE FESTE")
                .keeps("La marmellata di pere speziata al miele è il regalo")),
        new ArticleCase(
            "text-without-a-title-line-under-a-picture-label",
            """
            Foto ANSA

            Il governo rinvia di sei mesi le nuove regole sui pagamenti elettronici. Il decreto approvato ieri sera dal consiglio dei ministri concede più tempo ai piccoli esercenti.

            Le associazioni dei commercianti avevano chiesto più tempo per adeguare i registratori di cassa e formare il personale.
            """,
            expect()
                .derivedTitle(
                    "Il governo rinvia di sei mesi le nuove regole sui pagamenti elettronici")
                .keeps("Il decreto approvato ieri sera dal consiglio dei ministri")));
  }
}
