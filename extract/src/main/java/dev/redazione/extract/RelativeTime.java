package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * A time told relative to now, as pages print it beside a byline or a date: {@code 2 days}, {@code
 * 3 hours ago}, {@code Updated 14 hours ago}, {@code 3 ore fa}, {@code vor 16 Stunden}, {@code Hace
 * 13 horas}. It names no day, so it dates nothing; beside a name or a date it is no metadata of its
 * own.
 */
final class RelativeTime {

  private static final String UNIT =
      "(?:seconds?|secondi|sekunden|segundos|secondes|min|mins|minutes?|minuti|minuten|minutos"
          + "|h|hrs?|hours?|ore|stunden?|horas?|heures?|d|days?|giorni|tage?n?|d[ií]as|jours?"
          + "|weeks?|settimane|wochen|semanas|semaines|months?|mesi|monate?n?|meses)\\.?";
  private static final String COUNTED = "\\d{1,3}\\s*" + UNIT;
  private static final String WORDED = "(?:an?|one)\\s+" + UNIT;
  private static final String AGO = "\\s+(?:ago|fa|atrás)";
  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "(?:(?:updated|aggiornato|aktualisiert|actualizado|atualizado|mis à jour)\\s*:?\\s*)?"
              + "(?:(?:vor|hace|há|il y a)\\s+(?:"
              + COUNTED
              + "|"
              + WORDED
              + ")|"
              + COUNTED
              + "(?:"
              + AGO
              + ")?|"
              + WORDED
              + AGO
              + ")",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private RelativeTime() {}

  /** Whether the whole text is a time relative to now. */
  static boolean matches(String text) {
    return RELATIVE_TIME.matcher(text.strip()).matches();
  }
}
