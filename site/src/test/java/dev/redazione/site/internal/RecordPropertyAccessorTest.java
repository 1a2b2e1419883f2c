package dev.redazione.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertyAccessorTest {

  public record Card(String title, Link link, List<String> tags) {}

  public record Link(String url) {}

  /** A record whose JavaBean getter OGNL prefers to its component accessor. */
  public record Labelled(String label) {
    public String getLabel() {
      return "from the getter";
    }
  }

  private static TemplateEngine engine;

  @BeforeAll
  static void engine() {
    OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
  }

  private static String render(String template, Object view) {
    Context context = new Context(Locale.ITALIAN);
    context.setVariable("view", view);
    return engine.process(template, context);
  }

  @Test
  void readsComponentsAndNestedRecordsTheSameOnEveryRead() {
    Card card = new Card("Titolo", new Link("/articoli/x"), List.of("ai", "chip"));
    String template =
        "<a th:href=\"${view.link.url}\" th:text=\"${view.title}\">t</a>"
            + "<i th:each=\"t : ${view.tags}\" th:text=\"${t}\">x</i>";
    String expected = "<a href=\"/articoli/x\">Titolo</a><i>ai</i><i>chip</i>";

    assertThat(render(template, card)).isEqualTo(expected);
    assertThat(render(template, card)).isEqualTo(expected);
  }

  @Test
  void keepsOgnlsPreferenceForAJavaBeanGetter() {
    assertThat(render("<p th:text=\"${view.label}\">x</p>", new Labelled("component")))
        .isEqualTo("<p>from the getter</p>");
  }

  @Test
  void leavesMethodCallsAndUnknownPropertiesToOgnl() {
    Card card = new Card("Titolo", new Link("/a"), List.of());

    assertThat(render("<p th:text=\"${view.tags.isEmpty()}\">x</p>", card))
        .isEqualTo("<p>true</p>");
    assertThat(render("<p th:text=\"${view.title.length()}\">x</p>", card)).isEqualTo("<p>6</p>");
  }
}
