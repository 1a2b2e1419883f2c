package dev.redazione.site.api;

import java.util.List;
import java.util.Objects;

/**
 * An article in a page of {@code /api/articles}.
 *
 * @param slug the URL identifier
 * @param title the headline
 * @param subtitle the standfirst, or {@code null}
 * @param date the publication date as ISO text at its precision, or {@code null}
 * @param authors the author names
 * @param tags the tag names
 * @param url the absolute URL of the article page
 * @param api the path of the article's JSON
 */
public record ApiSummary(
    String slug,
    String title,
    String subtitle,
    String date,
    List<String> authors,
    List<String> tags,
    String url,
    String api) {

  /** Requires slug, title and addresses, and copies the lists. */
  public ApiSummary {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(api, "api");
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
  }
}
