package dev.redazione.ingest.internal.frontmatter;

import dev.redazione.core.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date at the start of a file name, as Jekyll ({@code 2021-05-14-slug.md}) and Hugo ({@code
 * 2017-10-15_slug.md}) name posts. Stateless and thread-safe.
 */
final class FileNameDate {

  private static final Pattern DATED_NAME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[-_].*");

  private FileNameDate() {}

  /** The day the file's name starts with, if it starts with a valid one. */
  static Optional<PublicationDate> of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    Matcher m = DATED_NAME.matcher(name);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          PublicationDate.ofDay(
              LocalDate.of(
                  Integer.parseInt(m.group(1)),
                  Integer.parseInt(m.group(2)),
                  Integer.parseInt(m.group(3)))));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
