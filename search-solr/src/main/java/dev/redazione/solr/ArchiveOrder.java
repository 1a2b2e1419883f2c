package dev.redazione.solr;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.PublicationDate;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The sort key of an article in the collection: text whose byte order is {@link
 * Archive#NEWEST_FIRST}, so that listings sort by one field and the previous or next article is a
 * range query on it. Its characters are digits, spaces, lower-case hex digits and the slug's, never
 * a quote or a backslash. Stateless.
 */
final class ArchiveOrder {

  /** Offsets lie within ±18 hours. */
  private static final int MAX_OFFSET_SECONDS = 18 * 3600;

  private ArchiveOrder() {}

  /**
   * The key: the date inverted digit group by digit group (newer first, then finer precision, then
   * the smaller offset, none last), undated after every date; then the title as hex UTF-16 code
   * units (the order of {@link String#compareTo}) ended by a space; then the slug.
   */
  static String key(Article article) {
    StringBuilder key = new StringBuilder();
    article.date().ifPresentOrElse(date -> date(key.append('0'), date), () -> key.append('1'));
    String title = article.title();
    for (int i = 0; i < title.length(); i++) {
      key.append(String.format(Locale.ROOT, "%04x", (int) title.charAt(i)));
    }
    return key.append(' ').append(article.slug().value()).toString();
  }

  private static void date(StringBuilder key, PublicationDate date) {
    LocalDateTime start = date.start();
    key.append(String.format(Locale.ROOT, "%04d", 9999 - start.getYear()))
        .append(inverted(start.getMonthValue()))
        .append(inverted(start.getDayOfMonth()))
        .append(inverted(start.getHour()))
        .append(inverted(start.getMinute()))
        .append(inverted(start.getSecond()))
        .append(9 - date.precision().ordinal())
        .append(
            date.offset()
                .map(
                    o ->
                        String.format(
                            Locale.ROOT, "%06d", o.getTotalSeconds() + MAX_OFFSET_SECONDS))
                .orElse("999999"));
  }

  private static String inverted(int twoDigits) {
    return String.format(Locale.ROOT, "%02d", 99 - twoDigits);
  }
}
