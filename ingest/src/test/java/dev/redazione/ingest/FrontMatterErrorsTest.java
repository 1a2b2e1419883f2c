package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each error case as a table: input, code, severity, the exact line, and whether an article still
 * loads.
 */
class FrontMatterErrorsTest {

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            "invalid YAML",
            "---\ntitle: Titolo\nsubtitle: Sotto\ntags: [a, b\n---\nTesto.\n",
            "INVALID_FRONT_MATTER",
            Severity.ERROR,
            4,
            true),
        Arguments.of(
            "invalid YAML indentation",
            "---\ntitle: Titolo\n  subtitle: x\n bad: [\n---\nTesto.\n",
            "INVALID_FRONT_MATTER",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "invalid TOML",
            "+++\ntitle = \"Titolo\"\ndate = = 3\n+++\nTesto.\n",
            "INVALID_FRONT_MATTER",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "invalid JSON",
            "{\n  \"title\": \"Titolo\",\n  \"date\": ,\n  \"x\": 1\n}\nTesto.\n",
            "INVALID_FRONT_MATTER",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "front matter is a list",
            "---\n- a\n- b\n---\nTesto del corpo.\n",
            "INVALID_FRONT_MATTER",
            Severity.ERROR,
            2,
            true),
        Arguments.of(
            "unclosed fence",
            "---\ntitle: Titolo\n\nTesto.\n",
            "UNCLOSED_FRONT_MATTER",
            Severity.ERROR,
            1,
            true),
        Arguments.of(
            "tags as a number",
            "---\ntitle: Titolo\ntags: 42\n---\nTesto.\n",
            "WRONG_TYPE",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "map where text belongs",
            "---\ntitle: Titolo\nlang: it\nsubtitle: {a: b}\n---\nTesto.\n",
            "WRONG_TYPE",
            Severity.ERROR,
            4,
            true),
        Arguments.of(
            "list as title",
            "---\ndate: 2024-01-01\ntitle: [a, b]\n---\nTesto del corpo.\n",
            "WRONG_TYPE",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "impossible date",
            "---\ntitle: Titolo\ndate: 2025-13-45\n---\nTesto.\n",
            "INVALID_DATE",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "impossible TOML date",
            "+++\ntitle = \"Titolo\"\n\ndate = \"2024-02-30\"\n+++\nTesto.\n",
            "INVALID_DATE",
            Severity.ERROR,
            4,
            true),
        Arguments.of(
            "draft that is not a boolean",
            "---\ntitle: Titolo\ndraft: forse\n---\nTesto.\n",
            "WRONG_TYPE",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "unsafe image URL",
            "---\ntitle: Titolo\nimage: javascript:alert(1)\n---\nTesto.\n",
            "UNSAFE_URL",
            Severity.ERROR,
            3,
            true),
        Arguments.of(
            "broken block and no body",
            "---\ntitle: [Titolo\n---\n",
            "INVALID_FRONT_MATTER",
            Severity.ERROR,
            2,
            false),
        Arguments.of(
            "YAML alias",
            "---\ntitle: Titolo\nt: &t [a, b]\ntags: *t\n---\nTesto.\n",
            "YAML_ALIAS",
            Severity.ERROR,
            4,
            true),
        Arguments.of(
            "template code in the body",
            "---\ntitle: Titolo\n---\nTesto.\n\n{% include box.html %}\n",
            "TEMPLATE_CODE",
            Severity.WARNING,
            6,
            true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void reportsErrorAtItsLine(
      String name, String text, String code, Severity severity, int line, boolean loads) {
    ReadResult result = Reading.read("errore.md", text);

    assertThat(result.diagnostics())
        .as("diagnostics of%n%s", text)
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(code);
              assertThat(d.severity()).isEqualTo(severity);
              assertThat(d.line()).hasValue(line);
              assertThat(d.format())
                  .startsWith("errore.md:" + line + ": " + severity.label() + ": " + code + " ");
            });
    assertThat(result.article().isPresent())
        .as("whether an article loads from%n%s", text)
        .isEqualTo(loads);
  }
}
