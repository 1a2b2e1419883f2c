package dev.redazione.ingest.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.ingest.internal.DiagnosticLog;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each trigger of the preprocessor's shortcut starts the step it belongs to: a body holding it is
 * prepared, and a body holding none is only trimmed.
 */
class MarkdownPreprocessorTest {

  /** A body for each trigger that the trigger's step changes. */
  private static final Map<String, String> BODY_OF_TRIGGER =
      Map.of(
          "```", "Testo.\n\n```\n{{ codice }}\n```",
          "~~~", "Testo.\n\n~~~\n{{ codice }}\n~~~",
          "] (", "Una foto: ![Il porto] (porto.jpg)",
          "{{", "Guarda {{< youtube abc123 >}} qui.",
          "{%", "Testo {% include nota.html %} finale.",
          "<!--", "Sommario.\n\n<!--more-->\n\nResto.");

  private final MarkdownPreprocessor preprocessor = new MarkdownPreprocessor();

  @Test
  void everyTriggerHasABodyThatItsStepChanges() {
    assertThat(BODY_OF_TRIGGER).containsOnlyKeys(MarkdownPreprocessor.TRIGGERS);
    BODY_OF_TRIGGER.forEach(
        (trigger, body) -> {
          DiagnosticLog log = new DiagnosticLog("a.md");
          PreparedMarkdown prepared = preprocessor.prepare(body, 1, log);
          boolean changed =
              !prepared.markdown().equals(body)
                  || !prepared.summaryMarkdown().isEmpty()
                  || !log.diagnostics().isEmpty();
          boolean fenced = trigger.equals("```") || trigger.equals("~~~");
          assertThat(fenced ? prepared.markdown().contains("{{ codice }}") : changed)
              .as("trigger `%s` on `%s` gives `%s`", trigger, body, prepared.markdown())
              .isTrue();
        });
  }

  @Test
  void anIndentedBreakAloneOnItsLineEndsTheSummaryAtThatLine() {
    PreparedMarkdown alone =
        preprocessor.prepare("\n       <!--more-->\n", 4, new DiagnosticLog("a.md"));
    assertThat(alone.markdown()).isEmpty();
    assertThat(alone.summaryMarkdown()).isEmpty();
    assertThat(alone.summaryLine()).isEqualTo(5);

    PreparedMarkdown afterText =
        preprocessor.prepare(
            "Il sommario.\n\n    <!-- more -->\n\nIl resto.", 1, new DiagnosticLog("a.md"));
    assertThat(afterText.summaryMarkdown()).isEqualTo("Il sommario.");
    assertThat(afterText.markdown()).isEqualTo("Il sommario.\n\n\nIl resto.");

    PreparedMarkdown inLine =
        preprocessor.prepare("Il sommario <!--more--> e il resto.", 1, new DiagnosticLog("a.md"));
    assertThat(inLine.summaryMarkdown()).isEqualTo("Il sommario");
    assertThat(inLine.markdown()).isEqualTo("Il sommario  e il resto.");
  }

  @Test
  void aBodyWithoutTriggersIsOnlyTrimmed() {
    String body = "\n\nUn testo [con un link](a.html) e *enfasi*.\n\n";
    PreparedMarkdown prepared = preprocessor.prepare(body, 1, new DiagnosticLog("a.md"));
    assertThat(prepared.markdown()).isEqualTo("Un testo [con un link](a.html) e *enfasi*.");
    assertThat(prepared.firstLine()).isEqualTo(3);
  }
}
