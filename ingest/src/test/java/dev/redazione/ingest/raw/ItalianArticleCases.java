package dev.redazione.ingest.raw;

import static dev.redazione.ingest.raw.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Raw texts shaped like pastes from Italian news sites the rules were not written against: bylines,
 * datelines, cookie banners, breadcrumbs, share bars, related blocks, comment prompts, author boxes,
 * lists and short paragraphs that must stay.
 */
final class ItalianArticleCases {

  private ItalianArticleCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase("tech-site-byline-pipe-date", """
            Home › Tecnologia › Smartphone

            Samsung Galaxy S25 Ultra ufficiale: prezzi e disponibilità in Italia

            di Mario Rossi | 22 gen 2025, 19:15

            Samsung ha presentato questa sera a San Jose la nuova famiglia Galaxy S25, con il modello Ultra che porta al debutto una versione dedicata del processore Snapdragon 8 Elite.

            Condividi
            Facebook Twitter WhatsApp Telegram

            Il nuovo top di gamma arriverà nei negozi italiani a partire dal 7 febbraio, con un prezzo di listino che parte da 1.499 euro per la versione da 256 GB.

            Tag: Samsung, Galaxy S25, smartphone
            """,
            expect().title("Samsung Galaxy S25 Ultra ufficiale: prezzi e disponibilità in Italia").noSubtitle()
                .date("2025-01-22T19:15", DatePrecision.TIME).authors(Origin.BYLINE, "Mario Rossi")
                .tags("Samsung", "Galaxy S25", "smartphone").paragraphs(2)
                .removed(1, "navigation").removed(5, "byline").removed(9, "social-prompt").removed(10, "social-prompt")
                .removed(14, "tag-line").drops("Condividi", "Facebook", "Tag:")),
        new ArticleCase("newspaper-published-and-updated", """
            Meta lancia Threads in Europa
            Il social network arriva anche nei paesi dell’Unione dopo mesi di attesa
            Pubblicato il 14/12/2023 alle 10:41
            Aggiornato il 14/12/2023 alle 12:05
            di Anna Neri

            Meta ha annunciato che Threads, il social network testuale nato come alternativa a X, è disponibile da oggi anche nei paesi dell’Unione europea.
            L’arrivo era stato rinviato per le incertezze legate al Digital Markets Act, la normativa europea sui servizi digitali.
            """,
            expect().title("Meta lancia Threads in Europa")
                .subtitle("Il social network arriva anche nei paesi dell’Unione dopo mesi di attesa")
                .date("2023-12-14T10:41", DatePrecision.TIME).updated("2023-12-14T12:05")
                .authors(Origin.BYLINE, "Anna Neri").paragraphs(2)
                .removed(3, "dateline").removed(4, "dateline").removed(5, "byline")),
        new ArticleCase("weekday-dateline-under-title", """
            TV OLED, LG presenta la gamma 2025 con il nuovo processore Alpha 11
            lunedì 3 marzo 2025

            LG Electronics ha svelato i prezzi italiani della nuova gamma di televisori OLED, che quest’anno punta tutto sulla luminosità e sul nuovo processore Alpha 11 di seconda generazione.

            I modelli saranno disponibili nei negozi a partire dalla fine di marzo.
            """,
            expect().title("TV OLED, LG presenta la gamma 2025 con il nuovo processore Alpha 11")
                .date("2025-03-03", DatePrecision.DAY).removed(2, "dateline").paragraphs(2)
                .keeps("I modelli saranno disponibili nei negozi a partire dalla fine di marzo.")),
        new ArticleCase("date-with-comma-time-and-author-line", """
            Apple, in arrivo iOS 18.4 con Apple Intelligence in italiano
            3 marzo 2025, 10:41
            Redazione

            Apple ha confermato che con iOS 18.4, atteso per i primi giorni di aprile, le funzioni di Apple Intelligence saranno disponibili anche in lingua italiana sugli iPhone compatibili.
            """,
            expect().title("Apple, in arrivo iOS 18.4 con Apple Intelligence in italiano")
                .date("2025-03-03T10:41", DatePrecision.TIME).removed(2, "dateline")
                .authors(Origin.BYLINE, "Redazione").removed(3, "byline").noSubtitle().paragraphs(1)),
        new ArticleCase("abbreviated-month-byline-with-date", """
            Google Pixel 9a, le prime immagini ufficiali

            di Luca Bianchi - 12 feb 2023

            Google ha pubblicato le prime immagini ufficiali del Pixel 9a, lo smartphone di fascia media che debutterà nelle prossime settimane con un design rinnovato.
            """,
            expect().title("Google Pixel 9a, le prime immagini ufficiali").date("2023-02-12", DatePrecision.DAY)
                .authors(Origin.BYLINE, "Luca Bianchi").removed(3, "byline").paragraphs(1)),
        new ArticleCase("iso-dateline-at-the-bottom", """
            Il Garante privacy apre un’istruttoria su DeepSeek

            Il Garante per la protezione dei dati personali ha chiesto alla società cinese DeepSeek di chiarire quali dati raccoglie, da quali fonti e per quali finalità li tratta.

            La società ha venti giorni di tempo per rispondere alle richieste dell’autorità italiana.

            2025-01-28
            """,
            expect().title("Il Garante privacy apre un’istruttoria su DeepSeek").date("2025-01-28", DatePrecision.DAY)
                .removed(7, "dateline").paragraphs(2)),
        new ArticleCase("month-only-dateline-keeps-month-precision", """
            Le migliori offerte di smartphone del mese

            Abbiamo selezionato gli smartphone con il miglior rapporto tra qualità e prezzo tra quelli in offerta nelle principali catene di elettronica italiane.

            febbraio 2024
            """,
            expect().title("Le migliori offerte di smartphone del mese").date("2024-02", DatePrecision.MONTH)),
        new ArticleCase("years-in-prose-do-not-date-the-article", """
            Nvidia supera Apple per capitalizzazione

            La società fondata nel 1993 da Jensen Huang ha superato Apple, diventando la seconda azienda al mondo per capitalizzazione dopo Microsoft, un risultato impensabile fino al 2020.

            Gli analisti prevedono che la domanda di chip per l’intelligenza artificiale resterà alta almeno fino al 2030.
            """,
            expect().title("Nvidia supera Apple per capitalizzazione").noDate().paragraphs(2)
                .keeps("fino al 2020", "fino al 2030")),
        new ArticleCase("timeline-date-inside-the-article-is-a-heading-not-the-date", """
            Cronologia della causa tra Epic e Apple

            La battaglia legale tra Epic Games e Apple sulle commissioni dell’App Store è durata anni ed è passata per diversi gradi di giudizio negli Stati Uniti.

            13 agosto 2020

            Epic introduce un sistema di pagamento diretto in Fortnite e Apple rimuove il gioco dall’App Store poche ore dopo, dando inizio alla causa.
            """,
            expect().title("Cronologia della causa tra Epic e Apple").noDate().headings("13 agosto 2020")),
        new ArticleCase("cookie-banner-before-the-article", """
            Questo sito utilizza cookie tecnici e di profilazione, anche di terze parti. Cliccando su “Accetta” acconsenti all’uso dei cookie.
            Accetta tutti
            Rifiuta
            Personalizza

            Apple Vision Pro arriva in Italia: costa 3.999 euro

            Il visore di Apple è ordinabile da oggi anche in Italia, nella versione da 256 GB, al prezzo di 3.999 euro, con consegne a partire dalla prossima settimana.
            """,
            expect().title("Apple Vision Pro arriva in Italia: costa 3.999 euro")
                .removed(1, "cookie-banner").removed(2, "cookie-banner").removed(3, "cookie-banner")
                .removed(4, "cookie-banner").drops("cookie", "Accetta", "Rifiuta").paragraphs(1)),
        new ArticleCase("breadcrumb-kicker-and-image-credit", """
            Sei in: Home / Economia / Lavoro
            TECNOLOGIA
            Lo smart working cambia le città italiane
            Foto: Ansa

            Secondo un rapporto dell’Osservatorio del Politecnico di Milano, i lavoratori da remoto in Italia sono stabili a oltre tre milioni e mezzo, con effetti visibili sui centri urbani.
            """,
            expect().title("Lo smart working cambia le città italiane").noSubtitle()
                .removed(1, "navigation").removed(2, "kicker").removed(4, "image-credit").paragraphs(1)),
        new ArticleCase("share-bar-page-tools-and-reading-time", """
            Windows 11, arriva la funzione Recall per tutti
            Tempo di lettura: 4 minuti
            Ascolta l'articolo
            Condividi su Facebook
            Copia link

            Microsoft ha iniziato a distribuire Recall, la funzione che registra periodicamente lo schermo per permettere di ritrovare in seguito quanto visto sul PC, ai possessori di Copilot+ PC.
            """,
            expect().title("Windows 11, arriva la funzione Recall per tutti").noSubtitle()
                .removed(2, "reading-time").removed(3, "page-tool").removed(4, "social-prompt").removed(5, "page-tool")
                .paragraphs(1)),
        new ArticleCase("inline-read-also-teaser-mid-article", """
            Tesla richiama 200mila auto negli Stati Uniti

            Il richiamo riguarda un problema al software della telecamera posteriore, che in alcuni casi può non attivarsi durante la retromarcia, riducendo la visibilità del conducente.

            Leggi anche: Tesla Model Y, il restyling arriva in Europa

            Secondo l’ente per la sicurezza stradale NHTSA, l’aggiornamento verrà distribuito via software senza bisogno di passare in officina.
            """,
            expect().title("Tesla richiama 200mila auto negli Stati Uniti").removed(5, "related-block")
                .drops("restyling").paragraphs(2)),
        new ArticleCase("mid-article-read-also-block-keeps-later-heading", """
            Amazon lancia Alexa+ con l’intelligenza artificiale

            La nuova versione dell’assistente vocale di Amazon usa modelli linguistici di grandi dimensioni per sostenere conversazioni più naturali e svolgere compiti complessi.

            Leggi anche
            Alexa, come cambiare la parola di attivazione

            Alexa+ sarà gratuita per gli abbonati Prime e costerà 19,99 dollari al mese per tutti gli altri utenti negli Stati Uniti.

            Quando arriva in Italia

            Amazon non ha ancora comunicato una data per il lancio in Italia, ma ha confermato che il supporto ad altre lingue arriverà nel corso dell’anno.
            """,
            expect().title("Amazon lancia Alexa+ con l’intelligenza artificiale").removed(5, "related-block")
                .removed(6, "related-block").headings("Quando arriva in Italia").paragraphs(3)),
        new ArticleCase("tail-related-block-with-teasers", """
            OnePlus 13 in prova: autonomia da record

            Abbiamo usato il OnePlus 13 per due settimane come telefono principale e la batteria da 6.000 mAh è riuscita a coprire senza fatica anche le giornate più intense.

            Il prezzo di partenza è di 1.049 euro per la versione con 12 GB di RAM e 256 GB di memoria.

            Ti potrebbe interessare
            OnePlus 13R, la recensione
            Il fratello minore del top di gamma punta tutto sul rapporto qualità prezzo…
            Xiaomi 15 Ultra, le prime impressioni
            Fotocamera da primato e un design che divide, ecco come va nei primi giorni…
            """,
            expect().title("OnePlus 13 in prova: autonomia da record").removed(7, "related-block")
                .removed(8, "related-block").removed(11, "related-block").paragraphs(2)
                .drops("Xiaomi", "recensione")),
        new ArticleCase("headerless-teaser-run-at-the-end", """
            Netflix aumenta i prezzi in Italia

            Da oggi il piano Standard con pubblicità costa 6,99 euro al mese, mentre il piano Premium sale a 19,99 euro, con aumenti che valgono anche per gli abbonati esistenti.

            Disney+, cosa cambia con la fine della condivisione
            Dal prossimo mese chi condivide l’account con persone esterne al nucleo familiare dovrà...
            Prime Video, arriva la pubblicità
            Amazon ha annunciato che dal 2024 le serie e i film in streaming saranno...
            """,
            expect().title("Netflix aumenta i prezzi in Italia").removed(5, "related-block").removed(8, "related-block")
                .paragraphs(1).drops("Disney+", "Prime Video")),
        new ArticleCase("comment-prompts", """
            Spotify introduce i audiolibri nel piano Premium

            Gli abbonati Premium in Italia possono ascoltare fino a 15 ore al mese di audiolibri senza costi aggiuntivi, scegliendo da un catalogo di oltre 200mila titoli.

            Cosa ne pensate? Fatecelo sapere nei commenti.
            Lascia un commento
            3 commenti
            """,
            expect().title("Spotify introduce i audiolibri nel piano Premium").removed(5, "comment-prompt")
                .removed(6, "comment-prompt").removed(7, "comment-prompt").paragraphs(1)),
        new ArticleCase("copyright-and-company-footer", """
            Il 5G standalone arriva su Iliad

            Iliad ha annunciato l’attivazione della rete 5G standalone per tutti i clienti con offerte compatibili, senza costi aggiuntivi e con un semplice aggiornamento delle impostazioni.

            Riproduzione riservata ©
            © 2025 Editoriale Esempio S.r.l. - P.IVA 01234567890
            """,
            expect().title("Il 5G standalone arriva su Iliad").removed(5, "copyright").removed(6, "copyright").paragraphs(1)),
        new ArticleCase("lists-in-prose-stay", """
            iPhone 16e, tutte le novità

            Apple ha presentato il nuovo iPhone 16e, che sostituisce la gamma SE. Le novità principali sono:
            - il chip A18, lo stesso degli iPhone 16;
            - il modem C1, progettato da Apple;
            - una batteria più capiente.

            Le configurazioni disponibili sono tre:
            1. 128 GB a 729 euro;
            2. 256 GB a 859 euro;
            3. 512 GB a 1.119 euro.
            """,
            expect().title("iPhone 16e, tutte le novità")
                .keeps("\\- il chip A18, lo stesso degli iPhone 16;", "\\- una batteria più capiente.",
                    "1\\. 128 GB a 729 euro;", "3\\. 512 GB a 1.119 euro.", "Le configurazioni disponibili sono tre:")
                .headings().paragraphs(8)),
        new ArticleCase("short-real-paragraphs-stay", """
            Sony alza il prezzo della PlayStation 5

            Sony ha annunciato un aumento del prezzo della PlayStation 5 in Europa, motivato dall’inflazione e dal cambio sfavorevole, che riguarda sia la versione standard sia la Digital Edition.

            Il prezzo? 549 euro.

            Non è tutto.

            Anche gli accessori, a partire dal controller DualSense, costeranno di più a partire dal primo del mese.
            """,
            expect().title("Sony alza il prezzo della PlayStation 5").keeps("Il prezzo? 549 euro.", "Non è tutto.")
                .headings().paragraphs(4)),
        new ArticleCase("headings-versus-one-sentence-paragraphs", """
            Come funziona il nuovo Fascicolo sanitario elettronico

            Il Fascicolo sanitario elettronico 2.0 raccoglie in un unico posto referti, prescrizioni e vaccinazioni di ogni cittadino, consultabili online o dall’app della propria regione.

            Come si accede

            Per accedere servono SPID, Carta d’identità elettronica o Carta nazionale dei servizi, come per gli altri servizi della pubblica amministrazione.

            Il servizio è gratuito.

            Cosa cambia per i medici?

            I medici di base potranno consultare la storia clinica del paziente, previo consenso, senza dover chiedere copie cartacee dei documenti.
            """,
            expect().title("Come funziona il nuovo Fascicolo sanitario elettronico")
                .headings("Come si accede", "Cosa cambia per i medici?").keeps("Il servizio è gratuito.").paragraphs(4)),
        new ArticleCase("byline-and-author-box-with-header", """
            Intel, il nuovo CEO punta sulle fonderie

            di Giulia Verdi

            Il nuovo amministratore delegato di Intel ha presentato agli investitori il piano per rilanciare la divisione fonderie, che negli ultimi anni ha accumulato perdite miliardarie.

            Il piano prevede nuovi clienti esterni e una riduzione dei costi operativi entro la fine del prossimo anno.

            L’autrice
            Giulia Verdi
            Giornalista, si occupa di semiconduttori e mercati tecnologici dal 2012.
            Tutti gli articoli di Giulia Verdi
            """,
            expect().title("Intel, il nuovo CEO punta sulle fonderie").authors(Origin.BYLINE, "Giulia Verdi")
                .bio("Giornalista, si occupa di semiconduttori").removed(3, "byline").removed(9, "author-box")
                .removed(10, "author-box").removed(11, "author-box").removed(12, "author-box").paragraphs(2)),
        new ArticleCase("newsroom-signature-a-cura-di", """
            Bonus elettrodomestici 2025: come funziona

            a cura della Redazione

            Il bonus elettrodomestici copre fino al 30% del prezzo di acquisto di un apparecchio ad alta efficienza energetica prodotto in Europa, con un tetto di 100 euro.
            """,
            expect().title("Bonus elettrodomestici 2025: come funziona").authors(Origin.BYLINE, "Redazione")
                .removed(3, "byline").paragraphs(1)),
        new ArticleCase("author-label-and-newsletter-prompt-at-the-end", """
            Le auto elettriche più vendute in Italia a gennaio

            Nel mese di gennaio le immatricolazioni di auto elettriche in Italia sono cresciute del 12% rispetto allo stesso mese dell’anno scorso, con Tesla ancora in testa.

            Iscriviti alla newsletter per ricevere ogni settimana le notizie sulla mobilità elettrica.
            Autore: Paolo Gialli
            """,
            expect().title("Le auto elettriche più vendute in Italia a gennaio").authors(Origin.BYLINE, "Paolo Gialli")
                .removed(5, "social-prompt").removed(6, "byline").paragraphs(1)),
        new ArticleCase("standfirst-sentence", """
            Il governo approva la legge sull’intelligenza artificiale

            Il testo introduce regole per l’uso dell’IA nella sanità, nel lavoro e nella giustizia.

            Il Senato ha approvato in via definitiva il disegno di legge sull’intelligenza artificiale, che recepisce i principi dell’AI Act europeo e aggiunge alcune norme specifiche per il contesto italiano, tra cui nuove pene per i deepfake.
            """,
            expect().title("Il governo approva la legge sull’intelligenza artificiale")
                .subtitle("Il testo introduce regole per l’uso dell’IA nella sanità, nel lavoro e nella giustizia.")
                .paragraphs(1)),
        new ArticleCase("numeric-dotted-date-and-byline-below-standfirst", """
            SCIENZA
            Il James Webb osserva un pianeta in formazione
            Le immagini mostrano un disco di polveri attorno a una giovane stella
            di Marta Blu e Andrea Neri
            18.03.2024

            Il telescopio spaziale James Webb ha catturato l’immagine più dettagliata mai ottenuta di un disco protoplanetario, nel quale un pianeta gigante sembra in piena formazione.
            """,
            expect().title("Il James Webb osserva un pianeta in formazione")
                .subtitle("Le immagini mostrano un disco di polveri attorno a una giovane stella")
                .authors(Origin.BYLINE, "Marta Blu", "Andrea Neri").date("2024-03-18", DatePrecision.DAY)
                .removed(1, "kicker")),
        new ArticleCase("affiliate-and-community-disclaimers", """
            Le migliori cuffie wireless del 2025

            Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.

            Abbiamo provato per settimane le cuffie wireless più diffuse sul mercato, valutando qualità audio, cancellazione del rumore, comodità e durata della batteria.

            Questo contenuto è stato scritto da un utente della Community. Il responsabile della pubblicazione è esclusivamente il suo autore.
            """,
            expect().title("Le migliori cuffie wireless del 2025").noSubtitle().removed(3, "disclaimer")
                .removed(7, "disclaimer").paragraphs(1)),
        new ArticleCase("markdown-characters-at-line-start-are-escaped", """
            Quando il testo sembra Markdown

            # non è un titolo, ma un hashtag incollato all’inizio della riga insieme al resto della frase.

            > Anche questa riga è testo normale, anche se inizia con il simbolo di maggiore.

            * Questa riga inizia con un asterisco ma è una frase come le altre del pezzo.
            """,
            expect().title("Quando il testo sembra Markdown").keeps("\\# non è un titolo", "\\> Anche questa riga", "\\* Questa riga")
                .headings()),
        new ArticleCase("hard-wrapped-paragraphs-stay-whole", """
            Il Politecnico lancia un corso gratuito sull'IA

            Il Politecnico di Milano ha aperto le iscrizioni a un corso online
            gratuito dedicato all'intelligenza artificiale generativa, rivolto a
            studenti e professionisti che vogliono capire come funzionano i grandi
            modelli linguistici.

            Il corso dura sei settimane e rilascia un attestato di partecipazione
            a chi completa tutte le lezioni e supera il test finale.
            """,
            expect().title("Il Politecnico lancia un corso gratuito sull'IA").paragraphs(2)
                .keeps("corso online gratuito dedicato", "grandi modelli linguistici.")),
        new ArticleCase("no-headline-derives-the-title", """
            Secondo i dati dell’Agcom, nel terzo trimestre gli accessi in fibra fino a casa hanno superato per la prima volta quelli in rame, con una crescita del 20% in un anno.

            Il sorpasso era atteso da tempo dagli operatori.
            """,
            expect().derivedTitle("Secondo i dati dell’Agcom, nel terzo trimestre gli accessi in fibra fino a casa…")
                .noSubtitle().paragraphs(2)),
        new ArticleCase("only-furniture", """
            Pubblicità
            back to top
            Condividi
            Seguici su Google News
            """,
            expect().noTitle().code("NO_TEXT").paragraphs(0)),
        new ArticleCase("repeated-menu-lines", """
            Tecnologia
            Scienza e spazio
            Mobilità
            Starlink arriva sugli aerei di una compagnia italiana

            La compagnia ha annunciato che entro l’estate tutti i voli di linea offriranno il Wi-Fi satellitare gratuito ai passeggeri, grazie a un accordo con Starlink.

            Tecnologia
            Scienza e spazio
            Mobilità
            """,
            expect().title("Starlink arriva sugli aerei di una compagnia italiana").removed(1, "repeated-line").removed(2, "repeated-line")
                .removed(9, "repeated-line").drops("Mobilità").paragraphs(1)),
        new ArticleCase("impossible-date-is-reported", """
            Il Fisco lancia il nuovo 730 precompilato

            Pubblicato il 31/02/2024

            Da oggi è possibile accedere al modello 730 precompilato sul sito dell’Agenzia delle Entrate con SPID, CIE o CNS, e inviarlo entro la scadenza di fine settembre.
            """,
            expect().title("Il Fisco lancia il nuovo 730 precompilato").noDate().code("INVALID_DATE").removed(3, "dateline")),
        new ArticleCase("conflicting-datelines-are-ambiguous", """
            Fastweb e Vodafone completano la fusione
            12 gennaio 2025

            L’operazione crea il secondo operatore italiano per numero di clienti nella rete fissa e porta sotto lo stesso marchio le attività consumer e business delle due società.

            15 gennaio 2025
            """,
            expect().title("Fastweb e Vodafone completano la fusione").date("2025-01-12", DatePrecision.DAY)
                .code("AMBIGUOUS_DATE")),
        new ArticleCase("hashtag-tag-line", """
            iOS 18.3 disponibile al download

            Apple ha rilasciato iOS 18.3 per tutti gli iPhone compatibili, con correzioni di sicurezza e alcune novità per le notifiche riassunte da Apple Intelligence.

            #Apple #iPhone #iOS18
            """,
            expect().title("iOS 18.3 disponibile al download").tags("Apple", "iPhone", "iOS18").removed(5, "tag-line")),
        new ArticleCase("follow-prompts-and-ad-variants", """
            Il prezzo della benzina torna sopra 1,8 euro

            ADVERTISEMENT

            Secondo i dati del ministero delle Imprese, il prezzo medio della benzina self service è tornato sopra 1,8 euro al litro per la prima volta da ottobre.

            Continua a leggere dopo la pubblicità

            Il gasolio resta invece stabile poco sotto 1,7 euro al litro, con differenze marcate tra le regioni.

            Segui Motori su Google News
            Resta aggiornato: unisciti al nostro canale WhatsApp
            """,
            expect().title("Il prezzo della benzina torna sopra 1,8 euro").removed(3, "ad-label").removed(7, "ad-label")
                .removed(11, "social-prompt").removed(12, "social-prompt").paragraphs(2)),
        new ArticleCase("prose-about-newsletters-and-cookies-stays", """
            Il Garante sanziona un editore per i cookie

            Il Garante ha sanzionato un editore online perché il banner dei cookie non permetteva di rifiutare il tracciamento con la stessa facilità con cui si poteva accettarlo, in violazione delle linee guida.

            L’editore dovrà anche modificare la sua newsletter, che veniva inviata senza un consenso esplicito degli utenti.
            """,
            expect().title("Il Garante sanziona un editore per i cookie").paragraphs(2)
                .keeps("banner dei cookie", "modificare la sua newsletter")));
  }
}
