package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The diagnostics table of {@code docs/CONTENT.md} is the catalogue, code for code. */
class DiagnosticCodeTest {

  private static final Pattern ROW =
      Pattern.compile("^\\| `([A-Z][A-Z0-9_]*)` \\| ([a-z /]+) \\| (.*) \\|\\s*$");

  /** Each code of the table, as {@code SEVERITY meaning} with its first severity. */
  private static Map<String, String> table() throws IOException {
    String guide = Files.readString(contentGuide());
    String section =
        guide.substring(guide.indexOf("## Diagnostics"), guide.indexOf("## Provenance origins"));
    Map<String, String> rows = new LinkedHashMap<>();
    for (String line : section.lines().toList()) {
      Matcher row = ROW.matcher(line);
      if (row.matches()) {
        String severity = row.group(2).split("/")[0].strip();
        rows.put(row.group(1), severity + " " + row.group(3));
      }
    }
    return rows;
  }

  private static Path contentGuide() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("docs/CONTENT.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no docs/CONTENT.md above the working directory");
    }
    return dir.resolve("docs/CONTENT.md");
  }

  @Test
  void theContentGuideListsEveryCodeWithItsDefaultSeverityAndMeaning() throws IOException {
    Map<String, String> catalogue =
        Arrays.stream(DiagnosticCode.values())
            .collect(
                Collectors.toMap(
                    DiagnosticCode::code,
                    c -> c.defaultSeverity().label() + " " + c.meaning(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    assertThat(table()).containsExactlyEntriesOf(catalogue);
  }

  @Test
  void everyCodeIsValidForADiagnostic() {
    for (DiagnosticCode code : DiagnosticCode.values()) {
      assertThat(new Diagnostic("a.md", 1, code.defaultSeverity(), code.code(), "m").code())
          .isEqualTo(code.name());
    }
  }
}
