package dev.redazione.site.view;

import dev.redazione.core.PublicationDate;
import java.util.Optional;

/**
 * A date as shown on a page: ISO text for {@code <time datetime>} and Italian text at its
 * precision; both {@code null} for an unknown date, which the templates show as such.
 *
 * @param iso ISO text such as {@code 2025-01}, or {@code null}
 * @param italian Italian text such as {@code gennaio 2025}, or {@code null}
 */
public record DateView(String iso, String italian) {

  private static final DateView UNKNOWN = new DateView(null, null);

  /** The view of an optional date. */
  public static DateView of(Optional<PublicationDate> date) {
    return date.map(d -> new DateView(d.toIso(), d.toItalian())).orElse(UNKNOWN);
  }

  /** Whether the date is known. */
  public boolean known() {
    return iso != null;
  }
}
