package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Origin;
import java.util.List;

/**
 * Whole pages pasted from Italian news sites of different kinds — a tech blog, a daily explainer, a
 * national newspaper, a magazine, a tech news site — with masthead, menus, bylines, offers,
 * comments and related links around the article.
 */
final class FullPageCases {

  private FullPageCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "tech-blog-full-page",
            """
            HDblog.it
            Smartphone
            Tablet
            Notizie
            Home › Android › Notizie

            Xiaomi 15 Ultra ufficiale in Italia: prezzo e uscita

            Il nuovo camera phone di Xiaomi arriva in Europa con quattro fotocamere posteriori e una batteria più capiente

            Di Marco Rossi, 2 marzo 2025, 20:05 | 12 commenti

            Xiaomi ha presentato a Barcellona, alla vigilia del Mobile World Congress, il nuovo Xiaomi 15 Ultra, che arriva nei negozi italiani da oggi.

            Come il predecessore, il telefono punta tutto sulla fotografia, con un modulo fotografico sviluppato insieme a Leica e un nuovo sensore periscopico da 200 megapixel.

            Leggi anche: Xiaomi 15, la recensione

            Scheda tecnica

            Il display è un AMOLED da 6,73 pollici con risoluzione 2K e frequenza di aggiornamento fino a 120 Hz, protetto da un vetro Xiaomi Shield Glass 2.0.
            - processore Snapdragon 8 Elite
            - 16 GB di RAM
            - batteria da 5.410 mAh

            Prezzo e disponibilità

            Xiaomi 15 Ultra costa 1.499 euro nella versione da 512 GB. È disponibile online da Amazon a 1.499 euro.
            Vedi offerta su Amazon

            Xiaomi 15 Ultra è disponibile online da Amazon a 1.499 euro.

            Fonte: Xiaomi

            Commenti
            Mostra i commenti
            Ti potrebbe interessare
            Xiaomi 15, la recensione
            Galaxy S25 Ultra contro iPhone 16 Pro Max
            © 2025 HDblog.it - P.IVA 01234567890
            """,
            expect()
                .title("Xiaomi 15 Ultra ufficiale in Italia: prezzo e uscita")
                .subtitle(
                    "Il nuovo camera phone di Xiaomi arriva in Europa con quattro fotocamere posteriori e una batteria più capiente")
                .date("2025-03-02T20:05", DatePrecision.TIME)
                .authors(Origin.BYLINE, "Marco Rossi")
                .headings("Scheda tecnica", "Prezzo e disponibilità")
                .removed(1, "masthead")
                .removed(4, "masthead")
                .removed(5, "navigation")
                .removed(11, "byline")
                .removed(17, "related-block")
                .removed(29, "affiliate-offer")
                .removed(31, "affiliate-offer")
                .removed(35, "comment-prompt")
                .removed(37, "related-block")
                .removed(40, "copyright")
                .keeps("\\- 16 GB di RAM", "Fonte: Xiaomi")
                .drops("HDblog.it", "Galaxy S25")),
        new ArticleCase(
            "daily-explainer-full-page",
            """
            Il Post
            Cerca
            Menu
            Italia

            Cosa sappiamo del nuovo decreto sulle bollette

            Il governo ha approvato misure per circa 3 miliardi di euro, ma per le famiglie gli effetti saranno limitati

            28 febbraio 2025

            Venerdì il Consiglio dei ministri ha approvato un decreto legge che contiene alcune misure per contenere il costo delle bollette di luce e gas, che negli ultimi mesi sono tornate a crescere.
            Le misure principali riguardano il cosiddetto bonus sociale, che viene esteso a una platea più ampia di famiglie, e un contributo straordinario per chi ha un ISEE inferiore a 25mila euro.
            Secondo le stime del governo il provvedimento costerà circa 3 miliardi di euro, finanziati in parte con i proventi delle aste delle quote di emissione di anidride carbonica.

            Il ministro dell’Economia Giancarlo Giorgetti a Palazzo Chigi (ANSA/ANGELO CARCONI)

            Le associazioni dei consumatori hanno giudicato le misure insufficienti.

            Mostra i commenti
            Condividi
            Leggi anche
            Perché le bollette sono tornate a salire
            Come funziona il bonus sociale
            """,
            expect()
                .title("Cosa sappiamo del nuovo decreto sulle bollette")
                .subtitle(
                    "Il governo ha approvato misure per circa 3 miliardi di euro, ma per le famiglie gli effetti saranno limitati")
                .date("2025-02-28", DatePrecision.DAY)
                .removed(1, "masthead")
                .removed(2, "navigation")
                .removed(4, "masthead")
                .removed(16, "image-credit")
                .removed(22, "related-block")
                .removed(24, "related-block")
                .paragraphs(4)
                .headings()),
        new ArticleCase(
            "newspaper-full-page",
            """
            ASCOLTA L'ARTICOLO
            Tecnologia
            L’Antitrust multa Apple per 98 milioni di euro
            La sanzione riguarda le regole sulla privacy imposte agli sviluppatori delle app
            di Arcangelo Rociola
            3 minuti di lettura
            Pubblicato il 22 dicembre 2024 alle 13:15
            Aggiornato alle 15:40

            L’Autorità garante della concorrenza e del mercato ha multato Apple per 98,6 milioni di euro, contestando all’azienda di aver abusato della sua posizione dominante nel mercato della distribuzione delle app.
            Al centro dell’indagine c’è l’App Tracking Transparency, il sistema che dal 2021 chiede agli utenti il consenso al tracciamento pubblicitario.

            Leggi anche
            Apple, l’Ue apre un’indagine sull’App Store

            Secondo l’Antitrust, le regole sarebbero state applicate in modo più restrittivo agli sviluppatori terzi rispetto alle app di Apple stessa.
            Apple ha annunciato che presenterà ricorso.
            “Siamo in profondo disaccordo con la decisione”, ha detto un portavoce dell’azienda.

            Argomenti
            Apple
            Antitrust
            privacy
            © Riproduzione riservata
            """,
            expect()
                .title("L’Antitrust multa Apple per 98 milioni di euro")
                .subtitle(
                    "La sanzione riguarda le regole sulla privacy imposte agli sviluppatori delle app")
                .date("2024-12-22T13:15", DatePrecision.TIME)
                .authors(Origin.BYLINE, "Arcangelo Rociola")
                .tags("Apple", "Antitrust", "privacy")
                .removed(1, "page-tool")
                .removed(2, "masthead")
                .removed(6, "reading-time")
                .removed(8, "relative-date")
                .removed(13, "related-block")
                .removed(14, "related-block")
                .removed(24, "copyright")
                .paragraphs(5)),
        new ArticleCase(
            "magazine-full-page",
            """
            Skip to main content
            Wired Italia
            Scienza
            Gli scienziati hanno trovato acqua sotto la superficie di Marte
            Secondo uno studio basato sui dati della sonda InSight, ci sarebbe un oceano a 10 chilometri di profondità
            Giulia Rossi
            12.08.2024
            Photo by NASA on Unsplash
            Un gruppo di ricercatori dell’Università della California ha analizzato i dati sismici raccolti dalla sonda InSight della NASA, arrivando alla conclusione che nelle rocce fratturate della crosta di Marte potrebbe esserci una grande quantità di acqua liquida.
            Secondo gli autori, l’acqua sarebbe sufficiente a coprire l’intero pianeta con un oceano profondo tra uno e due chilometri.
            Raggiungerla, però, sarebbe estremamente difficile.
            Se acquisti tramite i link nei nostri articoli, Wired potrebbe ricevere una commissione.
            Ultimi articoli
            Le auto elettriche costano ancora troppo
            Il telescopio Webb ha fotografato una nuova galassia
            Iscriviti alla newsletter di Wired
            """,
            expect()
                .title("Gli scienziati hanno trovato acqua sotto la superficie di Marte")
                .subtitle(
                    "Secondo uno studio basato sui dati della sonda InSight, ci sarebbe un oceano a 10 chilometri di profondità")
                .date("2024-08-12", DatePrecision.DAY)
                .authors(Origin.BYLINE, "Giulia Rossi")
                .removed(1, "navigation")
                .removed(2, "masthead")
                .removed(8, "image-credit")
                .removed(12, "disclaimer")
                .removed(13, "related-block")
                .removed(16, "social-prompt")
                .paragraphs(3)
                .headings()),
        new ArticleCase(
            "tech-news-full-page",
            """
            Punto Informatico
            News
            Windows 11: arriva il nuovo menu Start
            Microsoft sta distribuendo il nuovo menu Start di Windows 11 agli iscritti al programma Insider.
            Redazione
            Pubblicato il 12 feb 2025
            Link copiato negli appunti
            Microsoft ha iniziato a distribuire una nuova versione del menu Start di Windows 11 agli utenti del canale Dev del programma Windows Insider.
            La novità principale è una sezione delle app installate sempre visibile, che sostituisce la vecchia schermata con l’elenco completo.
            Il nuovo menu arriverà su tutti i PC nei prossimi mesi.
            Fonte: Windows Blog
            Questo articolo contiene link di affiliazione: acquisti o ordini effettuati tramite tali link permetteranno al nostro sito di ricevere una commissione nel rispetto del codice etico.
            Scelti per te
            Windows 11, come disattivare la pubblicità nel menu Start
            """,
            expect()
                .title("Windows 11: arriva il nuovo menu Start")
                .subtitle(
                    "Microsoft sta distribuendo il nuovo menu Start di Windows 11 agli iscritti al programma Insider.")
                .date("2025-02-12", DatePrecision.DAY)
                .authors(Origin.BYLINE, "Redazione")
                .removed(1, "masthead")
                .removed(7, "page-tool")
                .removed(12, "disclaimer")
                .removed(13, "related-block")
                .paragraphs(4)
                .keeps("Fonte: Windows Blog")));
  }
}
