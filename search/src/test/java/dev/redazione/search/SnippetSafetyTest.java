package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.testkit.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Titles and passages are HTML-escaped around their marks, whatever the article contains. */
class SnippetSafetyTest {

  private static final String TITLE = "Attacco <script>alert('titolo')</script> & \"XSS\" nel CMS";
  private static final String TEXT =
      """
      Un lettore ha segnalato un attacco: il codice <img src=x onerror="alert(1)"> veniva eseguito \
      nel browser. La redazione ha corretto il CMS & pubblicato la patch <b>subito</b>.

      Il link <a href="javascript:alert(2)">clicca</a> è stato rimosso dall'articolo.""";

  private static final ArticleSearch SEARCH =
      LuceneSearchFactory.create()
          .index(Archive.of(List.of(TestArticles.article(TITLE, "2024-05-02", TEXT, "Sicurezza"))));

  private static SearchHit hit(String query) {
    return SEARCH.search(SearchQuery.of(query)).hits().items().get(0);
  }

  @Test
  void escapesMarkupInTheTitleAroundTheMarks() {
    assertThat(hit("alert").title().html())
        .isEqualTo(
            "Attacco &lt;script&gt;<mark>alert</mark>(&#39;titolo&#39;)&lt;/script&gt; &amp; &quot;XSS&quot; nel CMS");
  }

  @Test
  void escapesMarkupInThePassage() {
    String passage = hit("onerror").passage().html();
    assertThat(passage).contains("&lt;img src=x <mark>onerror</mark>=&quot;alert(1)&quot;&gt;");
    assertThat(passage.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void escapesLinksInThePassage() {
    assertThat(hit("clicca").passage().html())
        .contains("&lt;a href=&quot;javascript:alert(2)&quot;&gt;<mark>clicca</mark>&lt;/a&gt;");
  }

  @Test
  void escapesTheTitleWhenItHasNoMatch() {
    SearchHit hit = hit("patch");
    assertThat(hit.title().hasMarks()).isFalse();
    assertThat(hit.title().html()).startsWith("Attacco &lt;script&gt;alert");
  }
}
