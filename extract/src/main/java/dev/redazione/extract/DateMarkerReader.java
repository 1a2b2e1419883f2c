package dev.redazione.extract;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads inline date markers such as {@code date 2025-01} at the start of a line: the date keeps the
 * precision written (year, month or day) and the marker, not the rest of the line, leaves the body.
 */
final class DateMarkerReader {

  private static final Pattern MARKER =
      Pattern.compile(
          "^(?:date|data)\\s*[:=]?\\s*(?<iso>\\d{4}(?:-\\d{1,2}){0,2})(?![\\p{L}\\p{N}-])",
          Pattern.CASE_INSENSITIVE);

  private DateMarkerReader() {}

  /** Where the text after a date marker opening the line starts: 0 without a marker. */
  static int markerEnd(String line) {
    Matcher m = MARKER.matcher(line);
    return m.find() ? m.end() : 0;
  }

  static void read(LineLedger ledger, ArticleMetadata metadata) {
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isOpen(i)) {
        continue;
      }
      Matcher m = MARKER.matcher(ledger.text(i));
      if (!m.find()) {
        continue;
      }
      int line = ledger.number(i);
      String iso = m.group("iso");
      ledger.removePrefix(i, m.end(), RuleName.DATE_MARKER);
      try {
        metadata.offerDate(
            PublicationDate.parse(iso), Provenance.at(Origin.INLINE_DATE_MARKER, line));
      } catch (IllegalArgumentException impossible) {
        metadata.report(
            Diagnostic.warning(
                metadata.path(),
                line,
                DiagnosticCode.INVALID_DATE.code(),
                "date marker `"
                    + iso
                    + "` on line "
                    + line
                    + " is not a valid date; expected YYYY, YYYY-MM or YYYY-MM-DD"));
      }
    }
  }
}
