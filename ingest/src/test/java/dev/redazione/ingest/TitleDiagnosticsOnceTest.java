package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A raw text's title that no headline line gave is reported once, by the extraction that made it,
 * not again by the editorial checks of loading.
 */
class TitleDiagnosticsOnceTest {

  private static final String BODY =
      "La sciatrice valdostana ha chiuso la seconda manche con mezzo secondo di vantaggio sulla"
          + " svizzera, davanti al pubblico di casa che l'aspettava dal primo giorno della stagione."
          + " Ha dedicato la vittoria alla squadra e ai tecnici che l'hanno seguita dopo"
          + " l'infortunio, e domani sarà al via del gigante sulla stessa pista.\n";

  private static List<String> codes(Path folder, String text) throws IOException {
    Files.writeString(folder.resolve("articolo.txt"), text, StandardCharsets.UTF_8);
    return ContentLoader.create().load(folder).diagnostics().stream()
        .map(Diagnostic::code)
        .toList();
  }

  @Test
  void aHeadlineSplitFromItsStandfirstIsNoTitleDerivedFromTheFirstSentence(@TempDir Path folder)
      throws IOException {
    String text =
        "Sci, Rossi vince lo slalom di Courmayeur L'azzurra torna al successo dopo due anni e"
            + " allunga in classifica\n\n"
            + BODY;

    assertThat(codes(folder, text)).contains("GLUED_HEADLINE").doesNotContain("DERIVED_TITLE");
  }

  @Test
  void aTitleDerivedFromTheFirstSentenceIsReportedOnce(@TempDir Path folder) throws IOException {
    assertThat(codes(folder, BODY)).contains("MISSING_TITLE").doesNotContain("DERIVED_TITLE");
  }
}
