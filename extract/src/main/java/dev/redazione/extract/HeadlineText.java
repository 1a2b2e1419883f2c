package dev.redazione.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a headline line ends as a title: before a separator left dangling at its end, where the
 * page glued a section, a site name or a date to it ({@code Notizie sull'IA / Aggiornato: …} once
 * its date is read, {@code Titolo |}).
 */
final class HeadlineText {

  /** Separators of a page's title parts, with the spaces before them, at the end of a line. */
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("(?:\\s+[/|·•–—-])+\\s*$");

  private HeadlineText() {}

  /**
   * The index where a separator left dangling at the end of the line starts, or -1 when it has none
   * or is nothing but separators.
   */
  static int danglingSeparator(String line) {
    Matcher separator = DANGLING_SEPARATOR.matcher(line);
    return separator.find() && !line.substring(0, separator.start()).isBlank()
        ? separator.start()
        : -1;
  }
}
