package dev.redazione.site.api;

import java.util.List;
import java.util.Objects;

/**
 * One article in the public JSON API ({@code /api/articles/{slug}}): what a reader of the site can
 * see, and nothing about how it was read (no source path, provenance, removed lines or
 * diagnostics). Keys in this order; absent values are {@code null} or empty lists. Immutable.
 *
 * @param slug the URL identifier
 * @param title the headline
 * @param subtitle the standfirst, or {@code null}
 * @param date the publication date as ISO text at its precision ({@code 2025}, {@code 2025-01},
 *     {@code 2025-01-21}), or {@code null}
 * @param updated the update date, the same way, or {@code null}
 * @param authors the authors in byline order
 * @param tags the tag names
 * @param categories the category names
 * @param image the lead image when its file exists, or {@code null}
 * @param summary the summary given by the source, or {@code null}
 * @param headings the section headings of the body
 * @param bodyHtml the body as the article page shows it (images pointed at the site)
 * @param wordCount words in the body
 * @param readingMinutes estimated reading time in minutes
 * @param url the absolute URL of the article page
 * @param related related articles ("Leggi anche"), empty while the search index is being built
 * @param sameStory articles on the same story, likewise
 */
public record ApiArticle(
    String slug,
    String title,
    String subtitle,
    String date,
    String updated,
    List<ApiAuthor> authors,
    List<String> tags,
    List<String> categories,
    ApiImage image,
    String summary,
    List<ApiHeading> headings,
    String bodyHtml,
    int wordCount,
    int readingMinutes,
    String url,
    List<ApiLink> related,
    List<ApiLink> sameStory) {

  /** Requires slug, title, body and URL, and copies the lists. */
  public ApiArticle {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    Objects.requireNonNull(url, "url");
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    headings = List.copyOf(headings);
    related = List.copyOf(related);
    sameStory = List.copyOf(sameStory);
  }
}
