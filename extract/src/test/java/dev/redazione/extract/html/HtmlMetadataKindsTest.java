package dev.redazione.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Author;
import dev.redazione.core.Origin;
import org.junit.jupiter.api.Test;

/** Bylines and headlines of saved pages, one kind of page markup per test. */
class HtmlMetadataKindsTest {

  private static final String TEXT =
      "<p>Dopo due anni di lavori il mercato coperto riapre con quaranta banchi, una sala per i"
          + " corsi di cucina e un parcheggio per le biciclette, come aveva promesso la giunta.</p>";

  private static HtmlExtraction extract(String html) {
    return HtmlPageExtractor.create().extract("pagina.html", html);
  }

  private static String page(String head, String body) {
    return "<html lang=\"it\"><head><title>Il mercato coperto riapre</title>"
        + head
        + "</head><body><article><h1>Il mercato coperto riapre</h1>"
        + body
        + "</article></body></html>";
  }

  @Test
  void takesEveryValueOfAnAuthorMetaName() {
    HtmlExtraction extraction =
        extract(
            page(
                "<meta name=\"citation_author\" content=\"Anna Verdi\">"
                    + "<meta name=\"citation_author\" content=\"Luca Neri\">",
                "<p>Anna Verdi, Luca Neri</p>" + TEXT));

    assertThat(extraction.authors())
        .extracting(Author::name)
        .containsExactly("Anna Verdi", "Luca Neri");
    assertThat(extraction.authorsProvenance().orElseThrow().origin()).isEqualTo(Origin.HTML_META);
  }

  @Test
  void readsTheNameAfterALabelInAnElementOfItsOwn() {
    String labelInBold =
        page("", TEXT + "<p><strong>Autore:</strong> <a href=\"/profilo/12\">Marco Gialli</a></p>");
    String labelInADiv =
        page("", "<div class=\"meta\"><div>Scritto da</div><div>Sara Blu</div></div>" + TEXT);

    assertThat(extract(labelInBold).authors())
        .extracting(Author::name)
        .containsExactly("Marco Gialli");
    assertThat(extract(labelInADiv).authors()).extracting(Author::name).containsExactly("Sara Blu");
  }

  @Test
  void doesNotReadAWeekdayAbbreviationAsALabel() {
    String opening =
        page("", TEXT + "<table><tr><th><span>Di</span></th><td>Dienstag</td></tr></table>");

    assertThat(extract(opening).authors()).isEmpty();
  }

  @Test
  void cutsCredentialsAndTheDateAfterTheNames() {
    String credentials = page("", "<p class=\"byline\">By Jane Doe, MS, RDN</p>" + TEXT);
    String date = page("", "<p class=\"byline\">by: April Stone, Mar 3, 2025</p>" + TEXT);

    assertThat(extract(credentials).authors()).extracting(Author::name).containsExactly("Jane Doe");
    assertThat(extract(date).authors()).extracting(Author::name).containsExactly("April Stone");
  }

  @Test
  void aLabelIsNoName() {
    String html =
        page(
            "",
            "<div class=\"article-author\"><span>The Author</span></div>"
                + "<span class=\"publish-meta\">di Nicola Rame</span>"
                + TEXT);

    assertThat(extract(html).authors()).extracting(Author::name).containsExactly("Nicola Rame");
  }

  @Test
  void aContainerClassedForItsAuthorIsNoByline() {
    String html =
        "<html lang=\"it\"><head><title>Il mercato coperto riapre</title></head>"
            + "<body class=\"single-author\"><header>Gazzetta di Borgo</header><article>"
            + "<h1>Il mercato coperto riapre</h1>"
            + TEXT
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).authors()).isEmpty();
  }

  @Test
  void anAuthorLinkedFromAParagraphIsNoByline() {
    String html =
        page(
            "",
            TEXT
                + "<p>Il progetto, spiega la studiosa <a href=\"/author/pia-rosa\">Pia Rosa</a>,"
                + " direttrice del centro studi sul commercio, è stato seguito da vicino da tutti"
                + " i banchi storici del mercato coperto, dalle associazioni del quartiere e dai"
                + " commercianti delle vie intorno alla piazza.</p>");

    assertThat(extract(html).authors()).isEmpty();
  }

  @Test
  void leavesOutAnOrganisationGivenAsTheJsonLdAuthor() {
    String html =
        page(
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Il mercato coperto riapre\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"Agenzia Nord\"}}</script>",
            "<p>Agenzia Nord</p>" + TEXT);

    assertThat(extract(html).authors()).isEmpty();
  }

  @Test
  void leavesOutASectionLabelTheH1PrintsBeforeTheHeadline() {
    String html =
        "<html lang=\"it\"><head><title>Il mercato coperto riapre – Gazzetta di Borgo</title>"
            + "<meta property=\"og:title\" content=\"Il mercato coperto riapre\"></head><body>"
            + "<article><h1><span>Cronaca</span> | Il mercato coperto riapre</h1>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).title().orElseThrow().value()).isEqualTo("Il mercato coperto riapre");
    assertThat(extract(html).title().orElseThrow().provenance().origin())
        .isEqualTo(Origin.HTML_ELEMENT);
  }

  @Test
  void leavesADatePartOutOfTheMetadataTitle() {
    String html =
        "<html lang=\"de\"><head>"
            + "<meta property=\"og:title\" content=\"Viel Regen im Oktober : 31.10.2023, 10.19 Uhr\">"
            + "</head><body><article>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).title().orElseThrow().value()).isEqualTo("Viel Regen im Oktober");
  }

  @Test
  void matchesTheH1AgainstThePartOfATitleFollowedByTheSiteMotto() {
    String html =
        "<html lang=\"it\"><head><title>Il mercato coperto riapre | Racconto ogni settimana"
            + " la vita del quartiere, i suoi negozi e le sue piazze</title></head><body><article>"
            + "<h1>Il mercato coperto riapre</h1><h1>Altre storie</h1>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).title().orElseThrow().value()).isEqualTo("Il mercato coperto riapre");
    assertThat(extract(html).title().orElseThrow().provenance().origin())
        .isEqualTo(Origin.HTML_ELEMENT);
  }

  @Test
  void anH1LinkingToTheHomePageIsTheSitesMastheadNoHeadline() {
    String blog =
        "<html lang=\"it\"><head><title>Il Taccuino di Borgo » Archivio » Il mercato coperto"
            + " riapre</title></head><body><header><h1><a href=\"https://taccuino.example.it/\">"
            + "Il Taccuino di Borgo</a></h1></header><article><h2><a href=\"/2024/05/mercato\">"
            + "Il mercato coperto riapre</a></h2>"
            + TEXT
            + "</article></body></html>";
    String nameBeforeTitle =
        "<html lang=\"it\"><head><title>taccuino.it Il mercato coperto riapre</title></head>"
            + "<body><h1><a href=\"/\">taccuino.it</a></h1><h2>12 maggio 2024</h2><article>"
            + "<h3>Il mercato coperto riapre</h3>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(blog).title().orElseThrow().value()).isEqualTo("Il mercato coperto riapre");
    assertThat(extract(nameBeforeTitle).title().orElseThrow().value())
        .isEqualTo("Il mercato coperto riapre");
  }

  @Test
  void keepsAHeadlinesDashPartBesideTheSiteName() {
    String html =
        "<html lang=\"it\"><head><title>Il mercato coperto riapre — e raddoppia i banchi |"
            + " Gazzetta di Borgo</title><meta property=\"og:site_name\" content=\"Gazzetta di"
            + " Borgo\"></head><body><article>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).title().orElseThrow().value())
        .isEqualTo("Il mercato coperto riapre — e raddoppia i banchi");
  }

  @Test
  void aDateInTheMiddleOfTheMetadataTitleIsNoHeadline() {
    String html =
        "<html lang=\"de\"><head><title>Wochenbericht 14. - 20. Januar 2022 - SLF</title></head>"
            + "<body><article>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).title().orElseThrow().value())
        .isEqualTo("Wochenbericht 14. - 20. Januar 2022 - SLF");
  }

  @Test
  void keepsTheSecondPartOfAMetadataTitleThatIsNoSiteName() {
    String html =
        "<html lang=\"it\"><head><title>Il mercato coperto riapre - quaranta banchi nuovi</title>"
            + "<meta property=\"og:site_name\" content=\"Gazzetta di Borgo\"></head><body><article>"
            + "<h1>Il mercato coperto riapre – con quaranta banchi nuovi</h1>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).title().orElseThrow().value())
        .isEqualTo("Il mercato coperto riapre – con quaranta banchi nuovi");
  }

  @Test
  void takesTheLineOfTheH1ThatIsTheMetadataTitle() {
    String kicker =
        "<html lang=\"it\"><head><meta property=\"og:title\" content=\"Il mercato coperto"
            + " riapre\"><title>Cronaca - Il mercato coperto riapre | Gazzetta</title></head><body>"
            + "<article><h1><span class=\"occhiello\">Cronaca cittadina</span><br><span>Il mercato"
            + " coperto riapre</span></h1>"
            + TEXT
            + "</article></body></html>";
    String dateUnder =
        "<html lang=\"it\"><head><meta property=\"og:title\" content=\"Il mercato coperto"
            + " riapre\"></head><body><article><h1>Il mercato coperto riapre<br><small>02.02.2022"
            + " • Cronaca, Quartieri</small></h1>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(kicker).title().orElseThrow().value())
        .isEqualTo("Il mercato coperto riapre");
    assertThat(extract(kicker).title().orElseThrow().provenance().origin())
        .isEqualTo(Origin.HTML_ELEMENT);
    assertThat(extract(dateUnder).title().orElseThrow().value())
        .isEqualTo("Il mercato coperto riapre");
  }

  @Test
  void keepsTheCredentialsAMetadataNameCarriesWhenThePageShowsThem() {
    String shown =
        page(
            "<meta name=\"author\" content=\"Anna Verdi, MD, PhD\">",
            "<p>Anna Verdi, MD, PhD</p>" + TEXT);
    String notShown =
        page("<meta name=\"author\" content=\"Anna Verdi, MD\">", "<p>Anna Verdi</p>" + TEXT);

    assertThat(extract(shown).authors())
        .extracting(Author::name)
        .containsExactly("Anna Verdi, MD, PhD");
    assertThat(extract(notShown).authors()).extracting(Author::name).containsExactly("Anna Verdi");
  }

  @Test
  void aMetadataAuthorThatIsTheSiteNameGivesWayToTheReportersLink() {
    String html =
        page(
            "<meta property=\"og:site_name\" content=\"Case & Mercati\">"
                + "<meta name=\"author\" content=\"Case & Mercati\">",
            "<header>Case & Mercati</header><div class=\"wrote\">di "
                + "<a href=\"/reporters/elena-de-luca\">Elena de Luca</a></div>"
                + TEXT);

    assertThat(extract(html).authors()).extracting(Author::name).containsExactly("Elena de Luca");
  }

  @Test
  void aParticleInCapitalsIsNoLabel() {
    String languages =
        page(
            "",
            TEXT
                + "<ul><li><a href=\"/it/\">IT</a></li><li><a href=\"/de/\">DE</a></li>"
                + "<li><a href=\"/fr/\">FR</a></li></ul>");

    assertThat(extract(languages).authors()).isEmpty();
  }

  @Test
  void aLinkToTheAuthorsArticlesIsNoName() {
    String html =
        page("", "<div><a href=\"/autori/giulia-rossi\">Articoli di Giulia</a></div>" + TEXT);

    assertThat(extract(html).authors()).isEmpty();
  }

  @Test
  void aBylineEndsAtTheSiteName() {
    String html =
        "<html lang=\"it\"><head><title>Il mercato coperto riapre</title>"
            + "<meta property=\"og:site_name\" content=\"Gazzetta di Borgo\"></head><body>"
            + "<article><h1>Il mercato coperto riapre</h1>"
            + "<p class=\"byline\">di Paolo Neri, Gazzetta di Borgo, Verona</p>"
            + TEXT
            + "</article></body></html>";

    assertThat(extract(html).authors()).extracting(Author::name).containsExactly("Paolo Neri");
  }
}
