package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import java.util.List;

/**
 * Raw texts shaped like Italian news pages, for the body: lists and short paragraphs that must
 * stay, headings versus one-sentence paragraphs, Markdown escaping and hard-wrapped text.
 */
final class BodyCases {

  private BodyCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "lists-in-prose-stay",
            """
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
            expect()
                .title("iPhone 16e, tutte le novità")
                .keeps(
                    "\\- il chip A18, lo stesso degli iPhone 16;",
                    "\\- una batteria più capiente.",
                    "1\\. 128 GB a 729 euro;",
                    "3\\. 512 GB a 1.119 euro.",
                    "Le configurazioni disponibili sono tre:")
                .headings()
                .paragraphs(8)),
        new ArticleCase(
            "short-real-paragraphs-stay",
            """
            Sony alza il prezzo della PlayStation 5

            Sony ha annunciato un aumento del prezzo della PlayStation 5 in Europa, motivato dall’inflazione e dal cambio sfavorevole, che riguarda sia la versione standard sia la Digital Edition.

            Il prezzo? 549 euro.

            Non è tutto.

            Anche gli accessori, a partire dal controller DualSense, costeranno di più a partire dal primo del mese.
            """,
            expect()
                .title("Sony alza il prezzo della PlayStation 5")
                .keeps("Il prezzo? 549 euro.", "Non è tutto.")
                .headings()
                .paragraphs(4)),
        new ArticleCase(
            "headings-versus-one-sentence-paragraphs",
            """
            Come funziona il nuovo Fascicolo sanitario elettronico

            Il Fascicolo sanitario elettronico 2.0 raccoglie in un unico posto referti, prescrizioni e vaccinazioni di ogni cittadino, consultabili online o dall’app della propria regione.

            Come si accede

            Per accedere servono SPID, Carta d’identità elettronica o Carta nazionale dei servizi, come per gli altri servizi della pubblica amministrazione.

            Il servizio è gratuito.

            Cosa cambia per i medici?

            I medici di base potranno consultare la storia clinica del paziente, previo consenso, senza dover chiedere copie cartacee dei documenti.
            """,
            expect()
                .title("Come funziona il nuovo Fascicolo sanitario elettronico")
                .headings("Come si accede", "Cosa cambia per i medici?")
                .keeps("Il servizio è gratuito.")
                .paragraphs(4)),
        new ArticleCase(
            "markdown-characters-at-line-start-are-escaped",
            """
            Quando il testo sembra Markdown

            # non è un titolo, ma un hashtag incollato all’inizio della riga insieme al resto della frase.

            > Anche questa riga è testo normale, anche se inizia con il simbolo di maggiore.

            * Questa riga inizia con un asterisco ma è una frase come le altre del pezzo.
            """,
            expect()
                .title("Quando il testo sembra Markdown")
                .keeps("\\# non è un titolo", "\\> Anche questa riga", "\\* Questa riga")
                .headings()),
        new ArticleCase(
            "hard-wrapped-paragraphs-stay-whole",
            """
            Il Politecnico lancia un corso gratuito sull'IA

            Il Politecnico di Milano ha aperto le iscrizioni a un corso online
            gratuito dedicato all'intelligenza artificiale generativa, rivolto a
            studenti e professionisti che vogliono capire come funzionano i grandi
            modelli linguistici.

            Il corso dura sei settimane e rilascia un attestato di partecipazione
            a chi completa tutte le lezioni e supera il test finale.
            """,
            expect()
                .title("Il Politecnico lancia un corso gratuito sull'IA")
                .paragraphs(2)
                .keeps("corso online gratuito dedicato", "grandi modelli linguistici.")),
        new ArticleCase(
            "prose-about-newsletters-and-cookies-stays",
            """
            Il Garante sanziona un editore per i cookie

            Il Garante ha sanzionato un editore online perché il banner dei cookie non permetteva di rifiutare il tracciamento con la stessa facilità con cui si poteva accettarlo, in violazione delle linee guida.

            L’editore dovrà anche modificare la sua newsletter, che veniva inviata senza un consenso esplicito degli utenti.
            """,
            expect()
                .title("Il Garante sanziona un editore per i cookie")
                .paragraphs(2)
                .keeps("banner dei cookie", "modificare la sua newsletter")),
        new ArticleCase(
            "numbered-listicle-headings",
            """
            Le cinque novità di Android 16

            Google ha rilasciato la versione definitiva di Android 16 per i Pixel compatibili, con alcune novità pensate soprattutto per la sicurezza e per i dispositivi con schermo grande.

            1. Notifiche dal vivo

            Le app di consegne e trasporti possono mostrare lo stato di un ordine direttamente nella barra delle notifiche, aggiornato in tempo reale.

            2. Protezione avanzata

            Una sola impostazione attiva tutte le difese del sistema contro truffe, app sospette e reti Wi-Fi non sicure.

            Per installarlo:
            1. aprire le Impostazioni;
            2. toccare Sistema e poi Aggiornamento;
            3. Scaricare e installare.

            L’aggiornamento arriverà sugli altri smartphone nei prossimi mesi.
            """,
            expect()
                .title("Le cinque novità di Android 16")
                .headings("1. Notifiche dal vivo", "2. Protezione avanzata")
                .keeps("3\\. Scaricare e installare.", "1\\. aprire le Impostazioni;")),
        new ArticleCase(
            "labels-repeated-inside-the-body-stay",
            """
            Le migliori scope elettriche del 2025

            Abbiamo provato per un mese le scope elettriche più vendute, valutando potenza di aspirazione, autonomia, rumorosità e facilità di svuotamento del contenitore.

            Dyson V15 Detect

            La più potente del gruppo, con un sensore che conta le particelle di polvere aspirate e adatta la potenza in automatico.

            Pro

            Aspirazione eccellente anche sui tappeti e autonomia superiore all’ora nella modalità più parca.

            Contro

            Il prezzo resta molto alto e il contenitore della polvere è piccolo per una casa grande.

            Xiaomi G20

            Costa meno della metà e fa il suo lavoro senza sorprese, con accessori sufficienti per tutta la casa.

            Pro

            Il rapporto tra qualità e prezzo è difficile da battere in questa fascia di mercato.

            Contro

            La batteria non è rimovibile e dopo un paio d’anni potrebbe essere un problema.
            """,
            expect()
                .title("Le migliori scope elettriche del 2025")
                .headings("Dyson V15 Detect", "Pro", "Contro", "Xiaomi G20", "Pro", "Contro")
                .paragraphs(7)));
  }
}
