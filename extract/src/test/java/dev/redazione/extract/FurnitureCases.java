package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import java.util.List;

/**
 * Raw texts shaped like Italian news pages, for page furniture: cookie banners, breadcrumbs, share
 * bars, related-article blocks, comment prompts, notices, ads and repeated menus.
 */
final class FurnitureCases {

  private FurnitureCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "the-section-label-primo-piano-over-the-headline-heads-no-teasers",
            """
            PRIMO PIANO
            Il paese piange il giovane Marco: giovedì i funerali e il lutto cittadino

            Ascolta la lettura dell'articolo
            In paese è un giorno di grande dolore. Un ragazzo di ventotto anni, conosciuto e amato da tutti, ha perso la vita in un incidente sulla provinciale.
            Per questo il sindaco ha proclamato il lutto cittadino per la giornata di giovedì, quando si terranno i funerali nella chiesa madre.
            """,
            expect()
                .title("Il paese piange il giovane Marco: giovedì i funerali e il lutto cittadino")
                .keeps("In paese è un giorno di grande dolore.")),
        new ArticleCase(
            "front-page-teasers-and-closing-prompts",
            """
            La nuova funivia del Monte Bianco apre a luglio

            I lavori sulla seconda tratta sono finiti con due mesi di anticipo e la società di gestione ha fissato l’inaugurazione per il primo sabato di luglio, con corse gratuite per i residenti della valle.

            Articolo in aggiornamento
            Continua a leggere l’articolo su Valle Notizie
            Partecipa al dibattito: commenta questo articolo
            I commenti sono disabilitati.
            Torna alle notizie in home

            Primo Piano
            SCI, LA VALDOSTANA ROSSI VINCE LO SLALOM DI COURMAYEUR
            """,
            expect()
                .title("La nuova funivia del Monte Bianco apre a luglio")
                .removed(5, "page-tool")
                .removed(6, "navigation")
                .removed(7, "comment-prompt")
                .removed(8, "comment-prompt")
                .removed(9, "navigation")
                .removed(11, "related-block")
                .drops("VALDOSTANA")
                .paragraphs(1)),
        new ArticleCase(
            "cookie-banner-before-the-article",
            """
            Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti. Cliccando su “Accetta” acconsenti all’uso dei cookie.
            Accetta tutti
            Rifiuta
            Personalizza

            Apple Vision Pro arriva in Italia: costa 3.999 euro

            Il visore di Apple è ordinabile da oggi anche in Italia, nella versione da 256 GB, al prezzo di 3.999 euro, con consegne a partire dalla prossima settimana.
            """,
            expect()
                .title("Apple Vision Pro arriva in Italia: costa 3.999 euro")
                .removed(1, "cookie-banner")
                .removed(2, "cookie-banner")
                .removed(3, "cookie-banner")
                .removed(4, "cookie-banner")
                .drops("cookie", "Accetta", "Rifiuta")
                .paragraphs(1)),
        new ArticleCase(
            "breadcrumb-kicker-and-image-credit",
            """
            Sei in: Home / Economia / Lavoro
            TECNOLOGIA
            Lo smart working cambia le città italiane
            Foto: Ansa

            Secondo un rapporto dell’Osservatorio del Politecnico di Milano, i lavoratori da remoto in Italia sono stabili a oltre tre milioni e mezzo, con effetti visibili sui centri urbani.
            """,
            expect()
                .title("Lo smart working cambia le città italiane")
                .noSubtitle()
                .removed(1, "navigation")
                .removed(2, "masthead")
                .removed(4, "image-credit")
                .paragraphs(1)),
        new ArticleCase(
            "share-bar-page-tools-and-reading-time",
            """
            Windows 11, arriva la funzione Recall per tutti
            Tempo di lettura: 4 minuti
            Ascolta l'articolo
            Condividi su Facebook
            Copia link

            Microsoft ha iniziato a distribuire Recall, la funzione che registra periodicamente lo schermo per permettere di ritrovare in seguito quanto visto sul PC, ai possessori di Copilot+ PC.
            """,
            expect()
                .title("Windows 11, arriva la funzione Recall per tutti")
                .noSubtitle()
                .removed(2, "reading-time")
                .removed(3, "page-tool")
                .removed(4, "social-prompt")
                .removed(5, "page-tool")
                .paragraphs(1)),
        new ArticleCase(
            "inline-read-also-teaser-mid-article",
            """
            Tesla richiama 200mila auto negli Stati Uniti

            Il richiamo riguarda un problema al software della telecamera posteriore, che in alcuni casi può non attivarsi durante la retromarcia, riducendo la visibilità del conducente.

            Leggi anche: Tesla Model Y, il restyling arriva in Europa

            Secondo l’ente per la sicurezza stradale NHTSA, l’aggiornamento verrà distribuito via software senza bisogno di passare in officina.
            """,
            expect()
                .title("Tesla richiama 200mila auto negli Stati Uniti")
                .removed(5, "related-block")
                .drops("restyling")
                .paragraphs(2)),
        new ArticleCase(
            "mid-article-read-also-block-keeps-later-heading",
            """
            Amazon lancia Alexa+ con l’intelligenza artificiale

            La nuova versione dell’assistente vocale di Amazon usa modelli linguistici di grandi dimensioni per sostenere conversazioni più naturali e svolgere compiti complessi.

            Leggi anche
            Alexa, come cambiare la parola di attivazione

            Alexa+ sarà gratuita per gli abbonati Prime e costerà 19,99 dollari al mese per tutti gli altri utenti negli Stati Uniti.

            Quando arriva in Italia

            Amazon non ha ancora comunicato una data per il lancio in Italia, ma ha confermato che il supporto ad altre lingue arriverà nel corso dell’anno.
            """,
            expect()
                .title("Amazon lancia Alexa+ con l’intelligenza artificiale")
                .removed(5, "related-block")
                .removed(6, "related-block")
                .headings("Quando arriva in Italia")
                .paragraphs(3)),
        new ArticleCase(
            "tail-related-block-with-teasers",
            """
            OnePlus 13 in prova: autonomia da record

            Abbiamo usato il OnePlus 13 per due settimane come telefono principale e la batteria da 6.000 mAh è riuscita a coprire senza fatica anche le giornate più intense.

            Il prezzo di partenza è di 1.049 euro per la versione con 12 GB di RAM e 256 GB di memoria.

            Ti potrebbe interessare
            OnePlus 13R, la recensione
            Il fratello minore del top di gamma punta tutto sul rapporto qualità prezzo…
            Xiaomi 15 Ultra, le prime impressioni
            Fotocamera da primato e un design che divide, ecco come va nei primi giorni…
            """,
            expect()
                .title("OnePlus 13 in prova: autonomia da record")
                .removed(7, "related-block")
                .removed(8, "related-block")
                .removed(11, "related-block")
                .paragraphs(2)
                .drops("Xiaomi", "recensione")),
        new ArticleCase(
            "headerless-teaser-run-at-the-end",
            """
            Netflix aumenta i prezzi in Italia

            Da oggi il piano Standard con pubblicità costa 6,99 euro al mese, mentre il piano Premium sale a 19,99 euro, con aumenti che valgono anche per gli abbonati esistenti.

            Disney+, cosa cambia con la fine della condivisione
            Dal prossimo mese chi condivide l’account con persone esterne al nucleo familiare dovrà...
            Prime Video, arriva la pubblicità
            Amazon ha annunciato che dal 2024 le serie e i film in streaming saranno...
            """,
            expect()
                .title("Netflix aumenta i prezzi in Italia")
                .removed(5, "related-block")
                .removed(8, "related-block")
                .paragraphs(1)
                .drops("Disney+", "Prime Video")),
        new ArticleCase(
            "comment-prompts",
            """
            Spotify introduce i audiolibri nel piano Premium

            Gli abbonati Premium in Italia possono ascoltare fino a 15 ore al mese di audiolibri senza costi aggiuntivi, scegliendo da un catalogo di oltre 200mila titoli.

            Cosa ne pensate? Fatecelo sapere nei commenti.
            Lascia un commento
            3 commenti
            """,
            expect()
                .title("Spotify introduce i audiolibri nel piano Premium")
                .removed(5, "comment-prompt")
                .removed(6, "comment-prompt")
                .removed(7, "comment-prompt")
                .paragraphs(1)),
        new ArticleCase(
            "copyright-and-company-footer",
            """
            Il 5G standalone arriva su Iliad

            Iliad ha annunciato l’attivazione della rete 5G standalone per tutti i clienti con offerte compatibili, senza costi aggiuntivi e con un semplice aggiornamento delle impostazioni.

            Riproduzione riservata ©
            © 2025 Editoriale Esempio S.r.l. - P.IVA 01234567890
            """,
            expect()
                .title("Il 5G standalone arriva su Iliad")
                .removed(5, "copyright")
                .removed(6, "copyright")
                .paragraphs(1)),
        new ArticleCase(
            "affiliate-and-community-disclaimers",
            """
            Le migliori cuffie wireless del 2025

            Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.

            Abbiamo provato per settimane le cuffie wireless più diffuse sul mercato, valutando qualità audio, cancellazione del rumore, comodità e durata della batteria.

            Questo contenuto è stato scritto da un utente della Community. Il responsabile della pubblicazione è esclusivamente il suo autore.
            """,
            expect()
                .title("Le migliori cuffie wireless del 2025")
                .noSubtitle()
                .removed(3, "disclaimer")
                .removed(7, "disclaimer")
                .paragraphs(1)),
        new ArticleCase(
            "only-furniture",
            """
            Pubblicità
            back to top
            Condividi
            Seguici su Google News
            """,
            expect().noTitle().code("NO_TEXT").paragraphs(0)),
        new ArticleCase(
            "repeated-menu-lines",
            """
            Tecnologia
            Scienza e spazio
            Mobilità
            Starlink arriva sugli aerei di una compagnia italiana

            La compagnia ha annunciato che entro l’estate tutti i voli di linea offriranno il Wi-Fi satellitare gratuito ai passeggeri, grazie a un accordo con Starlink.

            Tecnologia
            Scienza e spazio
            Mobilità
            """,
            expect()
                .title("Starlink arriva sugli aerei di una compagnia italiana")
                .removed(1, "repeated-line")
                .removed(2, "repeated-line")
                .removed(9, "repeated-line")
                .drops("Mobilità")
                .paragraphs(1)),
        new ArticleCase(
            "follow-prompts-and-ad-variants",
            """
            Il prezzo della benzina torna sopra 1,8 euro

            ADVERTISEMENT

            Secondo i dati del ministero delle Imprese, il prezzo medio della benzina self service è tornato sopra 1,8 euro al litro per la prima volta da ottobre.

            Continua a leggere dopo la pubblicità

            Il gasolio resta invece stabile poco sotto 1,7 euro al litro, con differenze marcate tra le regioni.

            Segui Motori su Google News
            Resta aggiornato: unisciti al nostro canale WhatsApp
            """,
            expect()
                .title("Il prezzo della benzina torna sopra 1,8 euro")
                .removed(3, "ad-label")
                .removed(7, "ad-label")
                .removed(11, "social-prompt")
                .removed(12, "social-prompt")
                .paragraphs(2)),
        new ArticleCase(
            "affiliate-offer-box-and-photo-caption",
            """
            Apple AirPods Pro 2 in sconto al minimo storico

            Le AirPods Pro 2 con custodia USB-C tornano al prezzo più basso di sempre, con uno sconto del 30% rispetto al listino ufficiale di Apple.
            Le cuffie in una foto promozionale (Foto: Apple)

            La cancellazione attiva del rumore resta tra le migliori della categoria e l’autonomia arriva a sei ore con una singola carica.

            Apple AirPods Pro 2 sono disponibili online da Amazon a 199 euro.
            Vedi offerta su Amazon
            """,
            expect()
                .title("Apple AirPods Pro 2 in sconto al minimo storico")
                .removed(4, "image-credit")
                .removed(8, "affiliate-offer")
                .removed(9, "affiliate-offer")
                .paragraphs(2)),
        new ArticleCase(
            "paywall-and-relative-timestamps",
            """
            Il Tribunale di Milano condanna una piattaforma di consegne
            2 ore fa

            Secondo i giudici, i rider erano sottoposti a un controllo algoritmico che di fatto li rendeva lavoratori dipendenti e non collaboratori autonomi.

            Questo articolo è riservato agli abbonati. Abbonati per continuare a leggere.
            Sei già abbonato? Accedi
            """,
            expect()
                .title("Il Tribunale di Milano condanna una piattaforma di consegne")
                .noDate()
                .removed(2, "relative-date")
                .removed(6, "paywall")
                .removed(7, "paywall")
                .paragraphs(1)),
        new ArticleCase(
            "reader-comment-thread-at-the-end",
            """
            Il Comune di Roma introduce il biglietto digitale sui bus

            Da lunedì sarà possibile pagare la corsa sui bus di Roma avvicinando la carta contactless al validatore, senza bisogno di acquistare prima il biglietto cartaceo.

            Commenti (2)
            Marco
            3 ore fa
            Finalmente, era ora che arrivasse anche a Roma una soluzione così semplice e comoda per tutti i cittadini.
            Rispondi
            Giulia
            1 ora fa
            Speriamo funzioni anche sulle linee notturne.
            Rispondi
            """,
            expect()
                .title("Il Comune di Roma introduce il biglietto digitale sui bus")
                .removed(5, "comment-prompt")
                .removed(6, "comment-prompt")
                .removed(8, "comment-prompt")
                .removed(12, "comment-prompt")
                .paragraphs(1)
                .drops("Finalmente", "notturne")),
        new ArticleCase(
            "decorative-separators",
            """
            Il nuovo piano nazionale per la banda ultralarga

            Il governo ha presentato il nuovo piano per portare la fibra nelle aree bianche, dove gli operatori privati non hanno interesse a investire.

            * * *

            Il piano sarà finanziato con fondi del PNRR e dovrà essere completato entro il 2026, secondo il cronoprogramma concordato con Bruxelles.
            """,
            expect()
                .title("Il nuovo piano nazionale per la banda ultralarga")
                .removed(5, "separator")
                .paragraphs(2)),
        new ArticleCase(
            "prose-with-ad-and-share-words-stays",
            """
            La pubblicità online cambia con le nuove regole europee

            Secondo il Digital Services Act, le piattaforme non potranno più mostrare pubblicità mirata ai minori né usare dati sensibili per profilare gli utenti.

            Gli utenti potranno condividere su WhatsApp e Telegram solo i contenuti che hanno scelto di rendere pubblici, spiega la Commissione.

            Seguire le notizie su Google News resta la scelta di molti lettori, secondo un sondaggio pubblicato ieri.
            """,
            expect()
                .title("La pubblicità online cambia con le nuove regole europee")
                .paragraphs(3)
                .keeps("condividere su WhatsApp", "Seguire le notizie su Google News")),
        new ArticleCase(
            "user-generated-community-disclaimer-with-non-breaking-spaces",
            """
            Recensione del Kindle Paperwhite dopo un anno di uso

            Ho usato il Kindle Paperwhite ogni giorno per un anno intero e posso dire che lo schermo senza riflessi è davvero il suo punto di forza.

            Questo post è stato scritto da un utente della\u00a0Community.\u00a0 Le opinioni espresse sono dell’autore.
            """,
            expect()
                .title("Recensione del Kindle Paperwhite dopo un anno di uso")
                .removed(5, "disclaimer")
                .paragraphs(1)),
        new ArticleCase(
            "share-and-newsletter-box-and-emoji-teaser",
            """
            Arriva il nuovo bonus per le connessioni veloci

            Il ministero delle Imprese ha aperto le domande per il voucher da 200 euro destinato alle famiglie che attivano una connessione in fibra ottica ad almeno 1 gigabit.

            👉 Leggi anche: Fibra ottica, le migliori offerte del mese

            Il contributo viene riconosciuto direttamente dall’operatore, che lo sconta dal costo di attivazione o dai canoni mensili.

            Condividi questo articolo
            Newsletter
            Iscriviti
            """,
            expect()
                .title("Arriva il nuovo bonus per le connessioni veloci")
                .removed(5, "related-block")
                .removed(9, "social-prompt")
                .removed(10, "social-prompt")
                .removed(11, "social-prompt")
                .paragraphs(2)),
        new ArticleCase(
            "sponsored-label-and-engagement-prompts",
            """
            Contenuto offerto da Samsung
            Come scegliere il frigorifero giusto per la cucina

            Capacità, classe energetica e rumorosità sono i tre parametri da valutare prima di acquistare un nuovo frigorifero, insieme allo spazio disponibile in cucina.

            Scopri di più

            Ti è piaciuto questo articolo? Condividilo con i tuoi amici.
            """,
            expect()
                .title("Come scegliere il frigorifero giusto per la cucina")
                .removed(1, "ad-label")
                .removed(6, "navigation")
                .removed(8, "social-prompt")
                .paragraphs(1)),
        new ArticleCase(
            "english-cookie-banner-and-related-articles-tail",
            """
            We use cookies to improve your experience. By clicking Accept you agree to our use of cookies.
            Accept all
            Reject all

            Il Comune di Milano estende l’Area B ai veicoli Euro 5

            Dal primo ottobre i veicoli diesel Euro 5 non potranno più entrare nella Ztl più grande d’Italia nei giorni feriali, salvo deroghe per chi percorre pochi chilometri all’anno.

            Articoli correlati
            Area C, cosa cambia con i nuovi varchi
            Milano, le nuove piste ciclabili in arrivo
            Potrebbe interessarti
            Auto elettriche, gli incentivi regionali…
            """,
            expect()
                .title("Il Comune di Milano estende l’Area B ai veicoli Euro 5")
                .removed(1, "cookie-banner")
                .removed(2, "cookie-banner")
                .removed(3, "cookie-banner")
                .removed(9, "related-block")
                .removed(13, "related-block")
                .paragraphs(1)));
  }
}
