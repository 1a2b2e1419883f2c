package dev.redazione.site.view;

import java.util.Objects;

/**
 * What the layout writes in a page's {@code <head>}: title, description, canonical URL, social
 * cards and structured data.
 *
 * @param title the document title
 * @param description the meta description
 * @param canonicalUrl the absolute canonical URL, or {@code null} for a page that is not indexed
 * @param type the OpenGraph type, {@code website} or {@code article}
 * @param imageUrl the absolute URL of the sharing image, or {@code null}
 * @param jsonLd the structured data as JSON safe to write as the text of a {@code <script>} element
 *     (no {@code <}, {@code >} or {@code &}), or {@code null}
 * @param indexable whether search engines may index the page ({@code false} for error pages)
 */
public record PageHead(
    String title,
    String description,
    String canonicalUrl,
    String type,
    String imageUrl,
    String jsonLd,
    boolean indexable) {

  /** Requires the text fields. */
  public PageHead {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
  }
}
