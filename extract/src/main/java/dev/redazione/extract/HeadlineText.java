package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * The text of a headline line as a title: without a separator left dangling at its end, where the
 * page glued a section, a site name or a date to it ({@code Notizie sull'IA / Aggiornato: …} once
 * its date is read, {@code Titolo |}).
 */
final class HeadlineText {

  /** Separators of a page's title parts, with the spaces before them, at the end of a line. */
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("(?:\\s+[/|·•–—-])+\\s*$");

  private HeadlineText() {}

  /** The headline without a dangling separator at its end; the line itself when it has none. */
  static String clean(String line) {
    String cleaned = DANGLING_SEPARATOR.matcher(line).replaceFirst("");
    return cleaned.isBlank() ? line : cleaned;
  }
}
