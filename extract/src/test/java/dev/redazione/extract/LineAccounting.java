package dev.redazione.extract;

import dev.redazione.core.RemovedLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the no-loss invariant of an extraction: every non-blank input line is in the title, the
 * subtitle, a heading, the body or the removed lines (a partly removed line: the rest is in the
 * body; a line split into a headline and its standfirst: both parts in the title and subtitle).
 */
final class LineAccounting {

  private static final Pattern ESCAPE = Pattern.compile("\\\\(\\p{Punct})");

  private LineAccounting() {}

  /** The lines the extraction lost, as {@code number: text}; empty when nothing was lost. */
  static List<String> lostLines(String input, RawExtraction result) {
    String body = ESCAPE.matcher(result.bodyMarkdown()).replaceAll("$1");
    List<String> lost = new ArrayList<>();
    String[] lines = input.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String rest = LineNormalizer.normalize(lines[i]);
      for (RemovedLine removed : result.removed()) {
        if (removed.line() == number) {
          rest = rest.replace(LineNormalizer.normalize(removed.text()), "").strip();
        }
      }
      if (!rest.isEmpty() && !isTitleOrSubtitle(result, number, rest) && !body.contains(rest)) {
        lost.add(number + ": " + rest);
      }
    }
    return lost;
  }

  private static boolean isTitleOrSubtitle(RawExtraction result, int line, String text) {
    Optional<String> title =
        result.title().filter(t -> t.provenance().lineNumber() == line).map(Extracted::value);
    Optional<String> subtitle =
        result.subtitle().filter(t -> t.provenance().lineNumber() == line).map(Extracted::value);
    return title.filter(text::equals).isPresent()
        || subtitle.filter(text::equals).isPresent()
        || title.isPresent()
            && subtitle.isPresent()
            && text.equals(title.get() + " " + subtitle.get());
  }
}
