package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Raw texts shaped like Italian news pages, for what lies around the body: headline, standfirst,
 * datelines in their many forms, bylines, author boxes and tags.
 */
final class MetadataCases {

  private MetadataCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "tech-site-byline-pipe-date",
            """
            Home › Tecnologia › Smartphone

            Samsung Galaxy S25 Ultra ufficiale: prezzi e disponibilità in Italia

            di Mario Rossi | 22 gen 2025, 19:15

            Samsung ha presentato questa sera a San Jose la nuova famiglia Galaxy S25, con il modello Ultra che porta al debutto una versione dedicata del processore Snapdragon 8 Elite.

            Condividi
            Facebook Twitter WhatsApp Telegram

            Il nuovo top di gamma arriverà nei negozi italiani a partire dal 7 febbraio, con un prezzo di listino che parte da 1.499 euro per la versione da 256 GB.

            Tag: Samsung, Galaxy S25, smartphone
            """,
            expect()
                .title("Samsung Galaxy S25 Ultra ufficiale: prezzi e disponibilità in Italia")
                .noSubtitle()
                .date("2025-01-22T19:15", DatePrecision.TIME)
                .authors(Origin.BYLINE, "Mario Rossi")
                .tags("Samsung", "Galaxy S25", "smartphone")
                .paragraphs(2)
                .removed(1, "navigation")
                .removed(5, "byline")
                .removed(9, "social-prompt")
                .removed(10, "social-prompt")
                .removed(14, "tag-line")
                .drops("Condividi", "Facebook", "Tag:")),
        new ArticleCase(
            "newspaper-published-and-updated",
            """
            Meta lancia Threads in Europa
            Il social network arriva anche nei paesi dell’Unione dopo mesi di attesa
            Pubblicato il 14/12/2023 alle 10:41
            Aggiornato il 14/12/2023 alle 12:05
            di Anna Neri

            Meta ha annunciato che Threads, il social network testuale nato come alternativa a X, è disponibile da oggi anche nei paesi dell’Unione europea.
            L’arrivo era stato rinviato per le incertezze legate al Digital Markets Act, la normativa europea sui servizi digitali.
            """,
            expect()
                .title("Meta lancia Threads in Europa")
                .subtitle(
                    "Il social network arriva anche nei paesi dell’Unione dopo mesi di attesa")
                .date("2023-12-14T10:41", DatePrecision.TIME)
                .updated("2023-12-14T12:05")
                .authors(Origin.BYLINE, "Anna Neri")
                .paragraphs(2)
                .removed(3, "dateline")
                .removed(4, "dateline")
                .removed(5, "byline")),
        new ArticleCase(
            "weekday-dateline-under-title",
            """
            TV OLED, LG presenta la gamma 2025 con il nuovo processore Alpha 11
            lunedì 3 marzo 2025

            LG Electronics ha svelato i prezzi italiani della nuova gamma di televisori OLED, che quest’anno punta tutto sulla luminosità e sul nuovo processore Alpha 11 di seconda generazione.

            I modelli saranno disponibili nei negozi a partire dalla fine di marzo.
            """,
            expect()
                .title("TV OLED, LG presenta la gamma 2025 con il nuovo processore Alpha 11")
                .date("2025-03-03", DatePrecision.DAY)
                .removed(2, "dateline")
                .paragraphs(2)
                .keeps("I modelli saranno disponibili nei negozi a partire dalla fine di marzo.")),
        new ArticleCase(
            "date-with-comma-time-and-author-line",
            """
            Apple, in arrivo iOS 18.4 con Apple Intelligence in italiano
            3 marzo 2025, 10:41
            Redazione

            Apple ha confermato che con iOS 18.4, atteso per i primi giorni di aprile, le funzioni di Apple Intelligence saranno disponibili anche in lingua italiana sugli iPhone compatibili.
            """,
            expect()
                .title("Apple, in arrivo iOS 18.4 con Apple Intelligence in italiano")
                .date("2025-03-03T10:41", DatePrecision.TIME)
                .removed(2, "dateline")
                .authors(Origin.BYLINE, "Redazione")
                .removed(3, "byline")
                .noSubtitle()
                .paragraphs(1)),
        new ArticleCase(
            "abbreviated-month-byline-with-date",
            """
            Google Pixel 9a, le prime immagini ufficiali

            di Luca Bianchi - 12 feb 2023

            Google ha pubblicato le prime immagini ufficiali del Pixel 9a, lo smartphone di fascia media che debutterà nelle prossime settimane con un design rinnovato.
            """,
            expect()
                .title("Google Pixel 9a, le prime immagini ufficiali")
                .date("2023-02-12", DatePrecision.DAY)
                .authors(Origin.BYLINE, "Luca Bianchi")
                .removed(3, "byline")
                .paragraphs(1)),
        new ArticleCase(
            "iso-dateline-at-the-bottom",
            """
            Il Garante privacy apre un’istruttoria su DeepSeek

            Il Garante per la protezione dei dati personali ha chiesto alla società cinese DeepSeek di chiarire quali dati raccoglie, da quali fonti e per quali finalità li tratta.

            La società ha venti giorni di tempo per rispondere alle richieste dell’autorità italiana.

            2025-01-28
            """,
            expect()
                .title("Il Garante privacy apre un’istruttoria su DeepSeek")
                .date("2025-01-28", DatePrecision.DAY)
                .removed(7, "dateline")
                .paragraphs(2)),
        new ArticleCase(
            "month-only-dateline-keeps-month-precision",
            """
            Le migliori offerte di smartphone del mese

            Abbiamo selezionato gli smartphone con il miglior rapporto tra qualità e prezzo tra quelli in offerta nelle principali catene di elettronica italiane.

            febbraio 2024
            """,
            expect()
                .title("Le migliori offerte di smartphone del mese")
                .date("2024-02", DatePrecision.MONTH)),
        new ArticleCase(
            "years-in-prose-do-not-date-the-article",
            """
            Nvidia supera Apple per capitalizzazione

            La società fondata nel 1993 da Jensen Huang ha superato Apple, diventando la seconda azienda al mondo per capitalizzazione dopo Microsoft, un risultato impensabile fino al 2020.

            Gli analisti prevedono che la domanda di chip per l’intelligenza artificiale resterà alta almeno fino al 2030.
            """,
            expect()
                .title("Nvidia supera Apple per capitalizzazione")
                .noCode("AMBIGUOUS_DATE")
                .noCode("MISSING_TITLE")
                .noDate()
                .paragraphs(2)
                .keeps("fino al 2020", "fino al 2030")),
        new ArticleCase(
            "timeline-date-inside-the-article-is-a-heading-not-the-date",
            """
            Cronologia della causa tra Epic e Apple

            La battaglia legale tra Epic Games e Apple sulle commissioni dell’App Store è durata anni ed è passata per diversi gradi di giudizio negli Stati Uniti.

            13 agosto 2020

            Epic introduce un sistema di pagamento diretto in Fortnite e Apple rimuove il gioco dall’App Store poche ore dopo, dando inizio alla causa.
            """,
            expect()
                .title("Cronologia della causa tra Epic e Apple")
                .noDate()
                .headings("13 agosto 2020")),
        new ArticleCase(
            "byline-and-author-box-with-header",
            """
            Intel, il nuovo CEO punta sulle fonderie

            di Giulia Verdi

            Il nuovo amministratore delegato di Intel ha presentato agli investitori il piano per rilanciare la divisione fonderie, che negli ultimi anni ha accumulato perdite miliardarie.

            Il piano prevede nuovi clienti esterni e una riduzione dei costi operativi entro la fine del prossimo anno.

            L’autrice
            Giulia Verdi
            Giornalista, si occupa di semiconduttori e mercati tecnologici dal 2012.
            Tutti gli articoli di Giulia Verdi
            """,
            expect()
                .title("Intel, il nuovo CEO punta sulle fonderie")
                .authors(Origin.BYLINE, "Giulia Verdi")
                .bio("Giornalista, si occupa di semiconduttori")
                .removed(3, "byline")
                .removed(9, "author-box")
                .removed(10, "author-box")
                .removed(11, "author-box")
                .removed(12, "author-box")
                .paragraphs(2)),
        new ArticleCase(
            "newsroom-signature-a-cura-di",
            """
            Bonus elettrodomestici 2025: come funziona

            a cura della Redazione

            Il bonus elettrodomestici copre fino al 30% del prezzo di acquisto di un apparecchio ad alta efficienza energetica prodotto in Europa, con un tetto di 100 euro.
            """,
            expect()
                .title("Bonus elettrodomestici 2025: come funziona")
                .authors(Origin.BYLINE, "Redazione")
                .removed(3, "byline")
                .paragraphs(1)),
        new ArticleCase(
            "author-label-and-newsletter-prompt-at-the-end",
            """
            Le auto elettriche più vendute in Italia a gennaio

            Nel mese di gennaio le immatricolazioni di auto elettriche in Italia sono cresciute del 12% rispetto allo stesso mese dell’anno scorso, con Tesla ancora in testa.

            Iscriviti alla newsletter per ricevere ogni settimana le notizie sulla mobilità elettrica.
            Autore: Paolo Gialli
            """,
            expect()
                .title("Le auto elettriche più vendute in Italia a gennaio")
                .authors(Origin.BYLINE, "Paolo Gialli")
                .removed(5, "social-prompt")
                .removed(6, "byline")
                .paragraphs(1)),
        new ArticleCase(
            "standfirst-sentence",
            """
            Il governo approva la legge sull’intelligenza artificiale

            Il testo introduce regole per l’uso dell’IA nella sanità, nel lavoro e nella giustizia.

            Il Senato ha approvato in via definitiva il disegno di legge sull’intelligenza artificiale, che recepisce i principi dell’AI Act europeo e aggiunge alcune norme specifiche per il contesto italiano, tra cui nuove pene per i deepfake.
            """,
            expect()
                .title("Il governo approva la legge sull’intelligenza artificiale")
                .subtitle(
                    "Il testo introduce regole per l’uso dell’IA nella sanità, nel lavoro e nella giustizia.")
                .code("AMBIGUOUS_SUBTITLE")
                .paragraphs(1)),
        new ArticleCase(
            "numeric-dotted-date-and-byline-below-standfirst",
            """
            SCIENZA
            Il James Webb osserva un pianeta in formazione
            Le immagini mostrano un disco di polveri attorno a una giovane stella
            di Marta Blu e Andrea Neri
            18.03.2024

            Il telescopio spaziale James Webb ha catturato l’immagine più dettagliata mai ottenuta di un disco protoplanetario, nel quale un pianeta gigante sembra in piena formazione.
            """,
            expect()
                .title("Il James Webb osserva un pianeta in formazione")
                .subtitle("Le immagini mostrano un disco di polveri attorno a una giovane stella")
                .authors(Origin.BYLINE, "Marta Blu", "Andrea Neri")
                .date("2024-03-18", DatePrecision.DAY)
                .removed(1, "masthead")),
        new ArticleCase(
            "no-headline-derives-the-title",
            """
            Secondo i dati dell’Agcom, nel terzo trimestre gli accessi in fibra fino a casa hanno superato per la prima volta quelli in rame, con una crescita del 20% in un anno.

            Il sorpasso era atteso da tempo dagli operatori.
            """,
            expect()
                .derivedTitle(
                    "Secondo i dati dell’Agcom, nel terzo trimestre gli accessi in fibra fino a casa…")
                .noSubtitle()
                .paragraphs(2)),
        new ArticleCase(
            "impossible-date-is-reported",
            """
            Il Fisco lancia il nuovo 730 precompilato

            Pubblicato il 31/02/2024

            Da oggi è possibile accedere al modello 730 precompilato sul sito dell’Agenzia delle Entrate con SPID, CIE o CNS, e inviarlo entro la scadenza di fine settembre.
            """,
            expect()
                .title("Il Fisco lancia il nuovo 730 precompilato")
                .noDate()
                .code("INVALID_DATE")
                .removed(3, "dateline")),
        new ArticleCase(
            "conflicting-datelines-are-ambiguous",
            """
            Fastweb e Vodafone completano la fusione
            12 gennaio 2025

            L’operazione crea il secondo operatore italiano per numero di clienti nella rete fissa e porta sotto lo stesso marchio le attività consumer e business delle due società.

            15 gennaio 2025
            """,
            expect()
                .title("Fastweb e Vodafone completano la fusione")
                .date("2025-01-12", DatePrecision.DAY)
                .code("AMBIGUOUS_DATE")),
        new ArticleCase(
            "hashtag-tag-line",
            """
            iOS 18.3 disponibile al download

            Apple ha rilasciato iOS 18.3 per tutti gli iPhone compatibili, con correzioni di sicurezza e alcune novità per le notifiche riassunte da Apple Intelligence.

            #Apple #iPhone #iOS18
            """,
            expect()
                .title("iOS 18.3 disponibile al download")
                .tags("Apple", "iPhone", "iOS18")
                .removed(5, "tag-line")),
        new ArticleCase(
            "published-by-name-on-date",
            """
            Fibra ottica, Open Fiber accelera nel Sud

            Pubblicato da Marco Esposito il 5 aprile 2024 alle 09:30

            Open Fiber ha annunciato di aver completato la copertura di oltre mille comuni nelle regioni del Sud, con un investimento che supera i due miliardi di euro.
            """,
            expect()
                .title("Fibra ottica, Open Fiber accelera nel Sud")
                .date("2024-04-05T09:30", DatePrecision.TIME)
                .authors(Origin.BYLINE, "Marco Esposito")
                .removed(3, "byline")
                .paragraphs(1)),
        new ArticleCase(
            "last-update-label-with-pipe-time",
            """
            Sciopero dei trasporti, le fasce di garanzia
            Ultimo aggiornamento: 12 febbraio 2023 | 10:41

            Lo sciopero nazionale dei trasporti interesserà treni, autobus e metropolitane per l’intera giornata, con fasce di garanzia dalle 6 alle 9 e dalle 18 alle 21.
            """,
            expect()
                .title("Sciopero dei trasporti, le fasce di garanzia")
                .noDate()
                .updated("2023-02-12T10:41")
                .removed(2, "dateline")),
        new ArticleCase(
            "tag-header-with-one-tag-per-line",
            """
            Nasce il polo italiano dei supercomputer

            Il nuovo supercomputer sarà installato a Bologna e metterà la sua potenza di calcolo a disposizione di università, centri di ricerca e imprese italiane.

            Argomenti
            Supercomputer
            Ricerca
            Intelligenza artificiale
            """,
            expect()
                .title("Nasce il polo italiano dei supercomputer")
                .tags("Supercomputer", "Ricerca", "Intelligenza artificiale")
                .removed(5, "tag-line")
                .removed(8, "tag-line")
                .paragraphs(1)),
        new ArticleCase(
            "author-box-name-and-bio-without-repetition",
            """
            Guida alle impostazioni di privacy di Android 15

            Android 15 introduce lo spazio privato, una sezione separata del telefono in cui nascondere app e dati, protetta da un blocco diverso da quello del telefono.

            Per attivarlo bisogna aprire le impostazioni di sicurezza e scegliere la voce dedicata, poi impostare il metodo di sblocco preferito.

            Francesca Russo
            Giornalista freelance, scrive di tecnologia e diritti digitali per diverse testate italiane.
            """,
            expect()
                .title("Guida alle impostazioni di privacy di Android 15")
                .authors(Origin.AUTHOR_BOX, "Francesca Russo")
                .bio("Giornalista freelance")
                .removed(7, "author-box")
                .removed(8, "author-box")
                .paragraphs(2)),
        new ArticleCase(
            "author-box-on-one-line-name-colon-bio",
            """
            Il museo di Brera apre anche la sera d'estate

            Da giugno a settembre la pinacoteca resterà aperta fino alle 23 il giovedì e il venerdì, con visite guidate alle sale appena restaurate e un biglietto ridotto dopo le 19.

            La direzione spiega che le aperture serali dell'anno scorso hanno portato oltre ventimila visitatori in più, soprattutto giovani e turisti stranieri.

            Paolo Ferri: Giornalista pubblicista, 41 anni, racconta da quindici anni la cultura milanese. Ama i musei piccoli e le biblioteche di quartiere.
            """,
            expect()
                .title("Il museo di Brera apre anche la sera d'estate")
                .authors(Origin.AUTHOR_BOX, "Paolo Ferri")
                .bio("Giornalista pubblicista, 41 anni")
                .removed(7, "author-box")
                .paragraphs(2)),
        new ArticleCase(
            "interview-answer-closing-the-text-is-no-author-box",
            """
            «Il teatro deve tornare nelle piazze»

            Abbiamo incontrato la regista alla vigilia del debutto, nel cortile del teatro dove prova da due mesi con una compagnia di attori giovanissimi.

            Che cosa vuole raccontare con questo spettacolo? La fatica di crescere in una città che cambia troppo in fretta per chi ci abita da sempre.

            Giulia Conti: Credo che il pubblico abbia voglia di storie semplici, raccontate da vicino, senza schermi in mezzo.
            """,
            expect()
                .title("«Il teatro deve tornare nelle piazze»")
                .keeps("Giulia Conti: Credo che il pubblico abbia voglia di storie semplici")),
        new ArticleCase(
            "bio-under-the-byline-and-role-at-the-top",
            """
            Bonus casa 2026, cosa resta delle detrazioni

            Marta Galli

            Redattrice, fisco e previdenza

            Laureata in Economia a Bologna, scrive di tasse e diritti dei contribuenti dal 2015.

            Dal primo gennaio le detrazioni per i lavori in casa scendono al 36 per cento per le seconde case, mentre per l'abitazione principale resta l'aliquota del 50 per cento.

            Le nuove regole valgono anche per i lavori già avviati, purché i pagamenti siano fatti dopo la fine dell'anno.
            """,
            expect()
                .title("Bonus casa 2026, cosa resta delle detrazioni")
                .authors(Origin.BYLINE, "Marta Galli")
                .bio("Laureata in Economia a Bologna")
                .removed(3, "byline")
                .removed(5, "byline")
                .removed(7, "author-box")
                .keeps("Dal primo gennaio le detrazioni per i lavori in casa")
                .paragraphs(2)),
        new ArticleCase(
            "teaser-bylines-taken-into-the-main-text-sign-nothing",
            """
            Il porto di Genova chiude l'anno con un record di container

            di Laura Rinaldi

            Il porto di Genova ha movimentato nel 2025 oltre due milioni e ottocentomila container, il dato più alto della sua storia, grazie soprattutto ai nuovi collegamenti con l'Asia e il Nord Africa.

            L'autorità portuale spiega che la crescita è arrivata nonostante i lavori della nuova diga, che per mesi hanno ridotto lo spazio di manovra delle navi più grandi.

            Cresce a Savona il traffico delle navi da crociera

            di Matteo Ferrari

            Lo scalo ligure ha accolto quest'anno quasi due milioni di passeggeri, con un aumento del dieci per cento rispetto all'anno scorso e nuove rotte verso le isole greche.

            Nuovi treni merci tra La Spezia e il Brennero

            di Sara Colombo

            Da marzo partiranno ogni settimana sei convogli in più, che porteranno i container dal porto fino al confine austriaco in meno di dodici ore di viaggio.
            """,
            expect()
                .title("Il porto di Genova chiude l'anno con un record di container")
                .authors(Origin.BYLINE, "Laura Rinaldi")
                .removed(11, "byline")
                .removed(17, "byline")),
        new ArticleCase(
            "labelled-publication-date-beats-the-unlabelled-date-above-it",
            """
            Nuovo attacco informatico contro i server di un'azienda sanitaria

            9 giugno 2022 08:01

            Autore: Luca Moretti
            Pubblicato il 2 giugno 2022

            I sistemi dell'azienda sanitaria sono rimasti bloccati per due giorni dopo un attacco che ha cifrato gli archivi delle prenotazioni e dei referti.

            Gli esperti chiamati a indagare ritengono che gli aggressori siano entrati attraverso una casella di posta di un fornitore esterno.
            """,
            expect()
                .title("Nuovo attacco informatico contro i server di un'azienda sanitaria")
                .date("2022-06-02", DatePrecision.DAY)
                .authors(Origin.BYLINE, "Luca Moretti")
                .code("AMBIGUOUS_DATE")),
        new ArticleCase(
            "labelled-dates-of-teasers-far-below-leave-the-article-date",
            """
            Riapre la funivia del monte Faito dopo tre anni di lavori

            12 maggio 2025

            La funivia che collega Castellammare di Stabia alla vetta del monte Faito torna in servizio da domani, dopo tre anni di lavori di ammodernamento delle cabine e degli impianti.

            Le corse partiranno ogni mezz'ora dalle otto del mattino e il biglietto di andata e ritorno costerà quindici euro, con riduzioni per i residenti e gli studenti.

            La regione conta di portare in quota oltre centomila visitatori entro la fine dell'estate, anche grazie ai nuovi collegamenti con i treni della costiera.

            Altre notizie

            Sentiero degli Dei, nuovi orari per le navette
            Pubblicato il 3 aprile 2024
            """,
            expect()
                .title("Riapre la funivia del monte Faito dopo tre anni di lavori")
                .date("2025-05-12", DatePrecision.DAY)),
        new ArticleCase(
            "weekday-with-comma-and-ore",
            """
            Allerta meteo in Liguria, scuole chiuse
            Giovedì, 7 novembre 2024 ore 18.05

            La Protezione civile ha diramato l’allerta rossa per piogge e temporali su gran parte della Liguria, e i sindaci hanno disposto la chiusura delle scuole.
            """,
            expect()
                .title("Allerta meteo in Liguria, scuole chiuse")
                .date("2024-11-07T18:05", DatePrecision.TIME)
                .removed(2, "dateline")),
        new ArticleCase(
            "byline-with-published-label-after-the-name",
            """
            DDay.it
            Sony Bravia 8 II, la prova del nuovo TV QD-OLED
            di Roberto Pezzali pubblicata il 12 Febbraio 2025, alle 10:41

            Il nuovo Bravia 8 II è il primo televisore QD-OLED di Sony pensato per un pubblico più ampio, con un prezzo più accessibile rispetto al modello di punta della gamma.
            """,
            expect()
                .title("Sony Bravia 8 II, la prova del nuovo TV QD-OLED")
                .date("2025-02-12T10:41", DatePrecision.TIME)
                .authors(Origin.BYLINE, "Roberto Pezzali")
                .removed(1, "masthead")
                .removed(3, "byline")),
        new ArticleCase(
            "date-with-update-in-parentheses",
            """
            Bollette, cosa cambia da aprile per luce e gas
            di Redazione Economia
            12 febbraio 2023 (modifica il 13 febbraio 2023 | 09:12)

            L’Autorità per l’energia ha aggiornato le tariffe di riferimento per i clienti vulnerabili, con un calo del prezzo del gas e un leggero aumento di quello dell’elettricità.
            """,
            expect()
                .title("Bollette, cosa cambia da aprile per luce e gas")
                .date("2023-02-12", DatePrecision.DAY)
                .updated("2023-02-13T09:12")
                .authors(Origin.BYLINE, "Redazione Economia")
                .removed(3, "dateline")),
        new ArticleCase(
            "place-and-date-dateline",
            """
            Vertice europeo sull’intelligenza artificiale a Parigi
            Parigi, 10 febbraio 2025

            I capi di Stato e di governo di oltre cento paesi si sono riuniti a Parigi per discutere delle regole comuni sull’intelligenza artificiale e degli investimenti pubblici nel settore.
            """,
            expect()
                .title("Vertice europeo sull’intelligenza artificiale a Parigi")
                .date("2025-02-10", DatePrecision.DAY)
                .removed(2, "dateline")
                .noSubtitle()),
        new ArticleCase(
            "wordpress-dateline-with-section-and-trailing-signature",
            """
            Le novità di WordPress 6.8 per chi gestisce un blog
            Pubblicato il 15 aprile 2025 in Web
            Articolo aggiornato il 16 aprile 2025

            La nuova versione di WordPress migliora la velocità di caricamento delle pagine grazie al precaricamento dei link e introduce un sistema più sicuro per salvare le password.

            L’aggiornamento è già disponibile dalla bacheca di amministrazione.

            Luca Ferri
            """,
            expect()
                .title("Le novità di WordPress 6.8 per chi gestisce un blog")
                .date("2025-04-15", DatePrecision.DAY)
                .updated("2025-04-16")
                .authors(Origin.BYLINE, "Luca Ferri")
                .removed(2, "dateline")
                .removed(3, "dateline")
                .removed(9, "byline")
                .paragraphs(2)));
  }
}
