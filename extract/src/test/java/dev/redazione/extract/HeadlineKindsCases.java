package dev.redazione.extract;

import static dev.redazione.extract.Expectation.expect;

import java.util.List;

/**
 * Headlines of whole pages that lines near the main text compete with: a list of related teasers
 * between the headline and the text, the lead printed under the byline, a blog's name over a short
 * headline with its date under it, and a breadcrumb written with {@code >}.
 */
final class HeadlineKindsCases {

  private HeadlineKindsCases() {}

  static List<ArticleCase> all() {
    return List.of(
        new ArticleCase(
            "page-with-related-teasers-between-headline-and-text",
            """
            Home
            Cronaca
            Economia
            Inaugurato lo scalo delle navi da crociera
            di Paolo Serra

            Crociere, il porto prepara la stagione con le nuove banchine del terminal
            Il terminal delle crociere accoglierà le navi dei turisti
            Il porto cerca personale di bordo per il terminal delle crociere

            Il nuovo terminal delle crociere del porto accoglierà da maggio le navi più grandi, con due banchine lunghe quattrocento metri e una sala d'attesa per tremila passeggeri.

            Secondo l'autorità portuale il terminal porterà in città centomila passeggeri in più ogni anno, soprattutto nei mesi di primavera e di autunno.
            """,
            expect()
                .title("Inaugurato lo scalo delle navi da crociera")
                .keeps("Il nuovo terminal delle crociere del porto accoglierà da maggio")),
        new ArticleCase(
            "page-whose-lead-is-printed-under-the-byline",
            """
            Accedi
            Abbonati
            Menu
            La storia del caffè
            12 marzo 2025
            di Giulia Ferri
            Vi siete mai chiesti chi ha inventato il caffè espresso?

            La macchina per il caffè espresso nasce a Torino alla fine dell'Ottocento, quando un inventore deposita il brevetto di un apparecchio a vapore che prepara il caffè in pochi secondi.

            Nei decenni successivi i baristi milanesi la perfezionano, e la crema diventa il segno di un caffè fatto bene in tutta Italia.
            """,
            expect()
                .title("La storia del caffè")
                .keeps("La macchina per il caffè espresso nasce a Torino")),
        new ArticleCase(
            "blog-whose-name-stands-over-a-short-headline",
            """
            Salta al contenuto
            Il pane di Lucia
            Una domenica in cucina
            Pubblicato il 3 febbraio 2025

            Il pane con la pasta madre si prepara con farina, acqua e sale, e chiede soprattutto pazienza: l'impasto riposa per una notte intera prima di andare in forno.

            La mattina dopo basta dare la forma alla pagnotta e cuocerla per quaranta minuti nel forno ben caldo.
            """,
            expect()
                .title("Una domenica in cucina")
                .keeps("Il pane con la pasta madre si prepara con farina")),
        new ArticleCase(
            "page-whose-breadcrumb-is-written-with-angle-brackets",
            """
            Accedi
            Cerca
            Blog > Salute > Consigli per dormire
            Come dormire meglio nelle notti d'estate
            15 luglio 2025 | di Marta Conti

            Nelle notti d'estate il caldo rende difficile dormire, ma bastano poche abitudini per riposare meglio: una stanza buia, una doccia tiepida e una cena leggera.

            Anche l'orario conta: andare a letto ogni sera alla stessa ora aiuta il corpo a prendere il ritmo del sonno.
            """,
            expect()
                .title("Come dormire meglio nelle notti d'estate")
                .keeps("Nelle notti d'estate il caldo rende difficile dormire")));
  }
}
