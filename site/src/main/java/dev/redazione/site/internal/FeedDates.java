package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.DatePrecision;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.PublicationDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The moments a feed gives an article. Feed formats need full timestamps, so only a date known to
 * the day or finer is one: a day is its midnight in the site's time zone, a time without an offset
 * is in that zone. A month or a year is no moment, so such an article has no publication moment and
 * is dated by when its file last changed, as an undated article is. Thread-safe.
 */
final class FeedDates {

  private final ZoneId zone;
  private final ImageFiles files;
  private final Instant version;

  /**
   * @param zone the site's time zone
   * @param files the content folder's catalog, for when a source file last changed
   * @param version the snapshot's time, when a file's change time cannot be read
   */
  FeedDates(ZoneId zone, ImageFiles files, Instant version) {
    this.zone = zone;
    this.files = files;
    this.version = version;
  }

  /** The date as a moment, for a date known to the day or finer. */
  Optional<OffsetDateTime> moment(PublicationDate date) {
    if (date.precision().compareTo(DatePrecision.DAY) < 0) {
      return Optional.empty();
    }
    return Optional.of(
        date.offset()
            .map(offset -> date.start().atOffset(offset))
            .orElseGet(() -> date.start().atZone(zone).toOffsetDateTime()));
  }

  /** When the article was published, for a publication date known to the day or finer. */
  Optional<OffsetDateTime> published(Article article) {
    return article.date().flatMap(this::moment);
  }

  /**
   * When the article last changed: its update date, else its publication date, when known to the
   * day or finer; else when its source file was last modified (the snapshot's time when that cannot
   * be read).
   */
  OffsetDateTime updated(Article article) {
    return article
        .updated()
        .flatMap(this::moment)
        .or(() -> published(article))
        .orElseGet(
            () -> files.lastModified(article).orElse(version).atZone(zone).toOffsetDateTime());
  }

  /** The date at its own precision, for a date coarser than a day ({@code 2025-01}). */
  static Optional<String> coarse(Article article) {
    return article
        .date()
        .filter(d -> d.precision().compareTo(DatePrecision.DAY) < 0)
        .map(PublicationDate::toIso);
  }
}
