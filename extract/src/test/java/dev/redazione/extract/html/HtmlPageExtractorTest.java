package dev.redazione.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Origin;
import dev.redazione.core.RemovedLine;
import dev.redazione.core.Tag;
import org.junit.jupiter.api.Test;

class HtmlPageExtractorTest {

  private static HtmlExtraction extract(String html) {
    return HtmlPageExtractor.create().extract("pagina.html", html);
  }

  private static int lineOf(String page, String text) {
    return page.lines()
            .map(String::strip)
            .toList()
            .indexOf(
                page.lines()
                    .map(String::strip)
                    .filter(l -> l.startsWith(text))
                    .findFirst()
                    .orElseThrow())
        + 1;
  }

  @Test
  void takesTheHeadlineFromTheH1ThatMatchesTheMetadataTitle() {
    HtmlExtraction page = extract(Pages.NEWS_WITH_JSON_LD);

    assertThat(page.title())
        .hasValueSatisfying(
            t -> {
              assertThat(t.value()).isEqualTo("Il Comune apre tre nuove biblioteche di quartiere");
              assertThat(t.provenance().origin()).isEqualTo(Origin.HTML_ELEMENT);
              assertThat(t.provenance().lineNumber())
                  .isEqualTo(lineOf(Pages.NEWS_WITH_JSON_LD, "<h1>"));
            });
  }

  @Test
  void takesDatesAndAuthorsFromJsonLdInAGraphWithReferences() {
    HtmlExtraction page = extract(Pages.NEWS_WITH_JSON_LD);

    assertThat(page.date().orElseThrow().value().toIso()).isEqualTo("2025-03-04T10:30+01:00");
    assertThat(page.date().orElseThrow().provenance().origin()).isEqualTo(Origin.HTML_JSON_LD);
    assertThat(page.updated().orElseThrow().value().toIso()).isEqualTo("2025-03-05T08:15+01:00");
    assertThat(page.authors()).extracting(Author::name).containsExactly("Giulia Bianchi");
    assertThat(page.authorsProvenance().orElseThrow().origin()).isEqualTo(Origin.HTML_JSON_LD);
  }

  @Test
  void writesTheArticleBodyAsCanonicalMarkdown() {
    String body = extract(Pages.NEWS_WITH_JSON_LD).bodyMarkdown();

    assertThat(body)
        .startsWith("Le nuove sedi apriranno a maggio nei quartieri di Santa Lucia")
        .contains("\n\n## Cosa cambia per i lettori\n\n")
        .contains("[una guida al prestito](https://cronache.example/guida-prestito)")
        .contains("- prestito fino a dieci libri per volta\n- restituzione in qualunque sede")
        .contains(
            "![La sala lettura di Santa Lucia](https://cronache.example/img/biblioteca.jpg)\n"
                + "*La sala lettura di Santa Lucia, ancora in allestimento*")
        .contains("> Una biblioteca è il salotto del quartiere.")
        .endsWith(
            "in tutto *un milione e duecentomila euro*, in parte coperti da fondi"
                + " regionali, e si concluderanno entro la fine di aprile.");
  }

  @Test
  void keepsTheSpacesAtTheEdgesOfLinksAndEmphasis() {
    String html =
        "<html lang=\"it\"><head><title>Il mercato coperto riapre</title></head><body><article>"
            + "<h1>Il mercato coperto riapre</h1><p>Dopo due anni di lavori il mercato coperto"
            + " riapre con quaranta banchi e una sala per i corsi di cucina, come aveva promesso"
            + " la giunta nel suo programma.</p><p><em>Pubblicato su </em><a"
            + " href=\"https://cronache.example/\"><em>Cronache di Borgo</em></a><em>.</em>"
            + " Per informazioni <a href=\"https://cronache.example/contatti\">scriveteci </a>o"
            + " telefonate<strong> in redazione</strong>.</p></article></body></html>";

    assertThat(extract(html).bodyMarkdown())
        .endsWith(
            "*Pubblicato su* [*Cronache di Borgo*](https://cronache.example/)*.* Per informazioni"
                + " [scriveteci](https://cronache.example/contatti) o telefonate **in"
                + " redazione**.");
  }

  @Test
  void leavesOutMenusShareBarsCommentsAndRelatedLinksWithTheirRules() {
    HtmlExtraction page = extract(Pages.NEWS_WITH_JSON_LD);

    assertThat(page.bodyMarkdown())
        .doesNotContain("Cronaca", "Condividi", "Finalmente", "Leggi anche", "P.IVA", "analytics");
    assertThat(page.removed())
        .extracting(RemovedLine::rule)
        .contains("html-page-chrome", "html-share", "html-comments", "html-related");
    assertThat(page.removed())
        .filteredOn(r -> r.rule().equals("html-comments"))
        .singleElement()
        .satisfies(r -> assertThat(r.text()).startsWith("Commenti Finalmente una buona notizia"));
  }

  @Test
  void takesTheMetadataTitleWithoutTheSiteNameWhenThereIsNoH1() {
    HtmlExtraction page = extract(Pages.OPEN_GRAPH_ONLY);

    assertThat(page.title().orElseThrow().value())
        .isEqualTo("Treni regionali, da lunedì cambia l'orario");
    assertThat(page.title().orElseThrow().provenance().origin()).isEqualTo(Origin.HTML_META);
    assertThat(page.date().orElseThrow().value().toIso()).isEqualTo("2024-11-18T07:45Z");
    assertThat(page.authors()).extracting(Author::name).containsExactly("Luca Verdi");
    assertThat(page.authorsProvenance().orElseThrow().origin()).isEqualTo(Origin.HTML_META);
  }

  @Test
  void ignoresMetadataAuthorsThePageNeverShowsAndReadsTheBylineElement() {
    HtmlExtraction page = extract(Pages.BYLINE_AND_SHOWN_DATE);

    assertThat(page.authors()).extracting(Author::name).containsExactly("Marta Neri");
    assertThat(page.authorsProvenance().orElseThrow().origin()).isEqualTo(Origin.HTML_ELEMENT);
  }

  @Test
  void readsADayPrintedForReadersWhenTheMetadataGivesNone() {
    HtmlExtraction page = extract(Pages.BYLINE_AND_SHOWN_DATE);

    assertThat(page.date().orElseThrow().value().toIso()).isEqualTo("2023-02-12");
    assertThat(page.date().orElseThrow().provenance().origin()).isEqualTo(Origin.HTML_ELEMENT);
  }

  @Test
  void escapesTextThatWouldReadAsMarkdown() {
    String body = extract(Pages.BYLINE_AND_SHOWN_DATE).bodyMarkdown();

    assertThat(body)
        .contains("Scrivete 3 \\* 4 vasi, non \\[tutti\\] quelli")
        .contains("\n\n1\\. Questa riga comincia con un numero");
  }

  @Test
  void warnsWhenThePageIsNotAnArticle() {
    HtmlExtraction page = extract(Pages.HOME_PAGE);

    assertThat(page.diagnostics())
        .extracting(Diagnostic::code)
        .contains("NOT_AN_ARTICLE_PAGE", "NO_DATE");
    assertThat(page.title().orElseThrow().value()).isEqualTo("Cronache di Borgo");
  }

  @Test
  void neverThrowsOnBrokenMarkup() {
    String[] pages = {
      "",
      "<html>",
      "<html><body><p>",
      "<!DOCTYPE html><script type=\"application/ld+json\">{\"a\":",
      "<html><head><meta property=\"article:published_time\" content=\"2025-13-45\"></head></html>",
      "<html><body>" + "<div>".repeat(3000) + "testo" + "</div>".repeat(3000) + "</body></html>"
    };
    for (String html : pages) {
      assertThat(extract(html)).isNotNull();
    }
  }

  @Test
  void derivesATitleFromAFirstSentenceWithNoSpaceInItsFirstHundredCharacters() {
    String word = "Pianificazioneurbanisticaintegrata".repeat(4);
    HtmlExtraction page =
        extract("<html><body><div><p>" + word + " del quartiere nord.</p></div></body></html>");

    assertThat(page.title().orElseThrow().value()).isEqualTo(word.substring(0, 100) + " …");
    assertThat(page.title().orElseThrow().provenance().origin()).isEqualTo(Origin.DERIVED);
    assertThat(page.diagnostics()).extracting(Diagnostic::code).contains("MISSING_TITLE");
  }

  @Test
  void takesNoStandfirstFromADescriptionThatCopiesTheOpeningOfTheBody() {
    String page =
        """
        <html lang="it"><head><title>Il mercato coperto riapre</title>
        <meta name="description" content="Dopo due anni di lavori il mercato coperto riapre con quaranta banchi...">
        </head><body><article><h1>Il mercato coperto riapre</h1>
        <p>Dopo due anni di lavori il mercato coperto riapre con quaranta banchi, una sala per i
        corsi di cucina e un parcheggio per le biciclette, come aveva promesso la giunta.</p>
        <p>I commercianti sono tornati quasi tutti, e sei banchi sono andati a giovani agricoltori
        della valle che vendono solo quello che coltivano.</p>
        </article></body></html>
        """;

    assertThat(extract(page).subtitle()).isEmpty();
  }

  @Test
  void takesTagsFromJsonLdKeywordsAndTheImageFromJsonLd() {
    String page =
        """
        <html lang="it"><head><title>Il mercato coperto riapre</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Il mercato coperto riapre",
          "keywords": "mercato, commercio, una frase troppo lunga per essere un tag vero",
          "image": [{"@type": "ImageObject", "url": "https://borgo.example/img/mercato.jpg"}]}</script>
        </head><body><article><h1>Il mercato coperto riapre</h1>
        <p>Dopo due anni di lavori il mercato coperto riapre con quaranta banchi, una sala per i
        corsi di cucina e un parcheggio per le biciclette, come aveva promesso la giunta.</p>
        </article></body></html>
        """;

    HtmlExtraction extraction = extract(page);

    assertThat(extraction.tags()).extracting(Tag::name).containsExactly("mercato", "commercio");
    assertThat(extraction.tagsProvenance().orElseThrow().origin()).isEqualTo(Origin.HTML_JSON_LD);
    assertThat(extraction.image().orElseThrow().value().src())
        .isEqualTo("https://borgo.example/img/mercato.jpg");
    assertThat(extraction.image().orElseThrow().provenance().lineNumber()).isEqualTo(2);
  }

  @Test
  void readsABylineElementTextByTextCuttingRoleAndDate() {
    String page =
        """
        <html lang="it"><head><title>Il mercato coperto riapre</title>
        <meta property="og:site_name" content="Gazzetta di Borgo"></head><body><article>
        <h1>Il mercato coperto riapre</h1>
        <div class="post-hero__author">di <a href="/autori/anna-verdi">Anna Verdi</a> e
        <a href="/autori/luca-neri">Luca Neri</a> <span>Aggiornato il 3 marzo 2025</span></div>
        <div class="story__publication">Gazzetta di Borgo</div>
        <p>Dopo due anni di lavori il mercato coperto riapre con quaranta banchi, una sala per i
        corsi di cucina e un parcheggio per le biciclette, come aveva promesso la giunta.</p>
        </article></body></html>
        """;

    HtmlExtraction extraction = extract(page);

    assertThat(extraction.authors())
        .extracting(Author::name)
        .containsExactly("Anna Verdi", "Luca Neri");
    assertThat(extraction.authorsProvenance().orElseThrow().origin())
        .isEqualTo(Origin.HTML_ELEMENT);
  }

  @Test
  void readsALabelledBylineAtTheEndOfTheArticleButNotInComments() {
    String page =
        """
        <html lang="de"><head><title>Neue Radwege in der Altstadt</title></head><body><article>
        <h1>Neue Radwege in der Altstadt</h1>
        <p>Die Stadt baut in diesem Jahr drei neue Radwege, die den Bahnhof mit der Altstadt und
        dem Rathaus verbinden, und sie sollen noch vor dem Winter fertig werden.</p>
        <p>Text: Klara Hoffmann</p>
        <section class="comments"><p>Von Peter Maier</p><p>Schön, endlich!</p></section>
        </article></body></html>
        """;

    assertThat(extract(page).authors()).extracting(Author::name).containsExactly("Klara Hoffmann");
  }

  @Test
  void takesTheDayPrintedUnderTheHeadlineOverAnEarlierMetadataDay() {
    String page =
        """
        <html lang="it"><head><title>Il mercato coperto riapre</title>
        <meta property="article:published_time" content="2024-02-10T09:00:00+01:00"></head>
        <body><article><h1>Il mercato coperto riapre</h1>
        <p class="data">Aggiornato il 3 marzo 2025</p>
        <p>Dopo due anni di lavori il mercato coperto riapre con quaranta banchi, una sala per i
        corsi di cucina e un parcheggio per le biciclette, come aveva promesso la giunta.</p>
        </article></body></html>
        """;

    HtmlExtraction extraction = extract(page);

    assertThat(extraction.date().orElseThrow().value().toIso()).isEqualTo("2025-03-03");
    assertThat(extraction.date().orElseThrow().provenance().origin())
        .isEqualTo(Origin.HTML_ELEMENT);
  }

  @Test
  void keepsTheMetadataTimestampWhenThePageShowsItsDay() {
    String page =
        """
        <html lang="en"><head><title>City market reopens</title>
        <meta property="article:published_time" content="2025-03-03T23:30:00Z"></head>
        <body><article><h1>City market reopens</h1>
        <time>March 3, 2025</time>
        <p>After two years of works the covered market reopens with forty stalls, a room for
        cooking classes and a bicycle park, as the council had promised.</p>
        </article></body></html>
        """;

    assertThat(extract(page).date().orElseThrow().value().toIso()).isEqualTo("2025-03-03T23:30Z");
  }

  @Test
  void takesThePrintedDayOfATimestampInAnotherTimeZone() {
    String page =
        """
        <html lang="en"><head><title>City market reopens</title>
        <meta property="article:published_time" content="2025-03-04T02:30:00-06:00"></head>
        <body><article><h1>City market reopens</h1>
        <span class="byline-date">Mar 3, 2025</span>
        <p>After two years of works the covered market reopens with forty stalls, a room for
        cooking classes and a bicycle park, as the council had promised.</p>
        </article></body></html>
        """;

    assertThat(extract(page).date().orElseThrow().value().toIso()).isEqualTo("2025-03-03");
  }
}
