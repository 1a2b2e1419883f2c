package dev.redazione.site.view;

import java.util.List;
import java.util.Objects;

/**
 * What the layout writes in a page's {@code <head>}: title, description, canonical URL, social
 * cards and structured data.
 *
 * @param title the document title, with the site's name
 * @param socialTitle the title social cards show ({@code og:title}), without the site's name, which
 *     {@code og:site_name} gives
 * @param description the meta description
 * @param canonicalUrl the absolute canonical URL, or {@code null} for a page that is not indexed
 * @param type the OpenGraph type, {@code website} or {@code article}
 * @param imageUrl the absolute URL of the sharing image, or {@code null}
 * @param jsonLd the structured data as JSON safe to write as the text of a {@code <script>} element
 *     (no {@code <}, {@code >} or {@code &}), or {@code null}
 * @param indexable whether search engines may index the page ({@code false} for error pages)
 * @param article the OpenGraph {@code article:} properties of an article page, or {@code null}
 * @param path the page's site path, such as {@code /tag/openai}, or {@code null} for a page that is
 *     in no section of the navigation (search, errors)
 */
public record PageHead(
    String title,
    String socialTitle,
    String description,
    String canonicalUrl,
    String type,
    String imageUrl,
    String jsonLd,
    boolean indexable,
    ArticleMeta article,
    String path) {

  /** Requires the text fields. */
  public PageHead {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(socialTitle, "socialTitle");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(type, "type");
  }

  /**
   * The {@code aria-current} value of a navigation link: {@code page} on the page it links to,
   * {@code true} on the pages of its section (the home's later pages, a tag's listing under the tag
   * index, a month under the archive), nothing elsewhere.
   *
   * @param section the link's path, such as {@code /tag}
   */
  public String current(String section) {
    if (path == null) {
      return null;
    }
    if (path.equals(section)) {
      return "page";
    }
    String prefix = section.equals("/") ? "/pagina/" : section + "/";
    return path.startsWith(prefix) ? "true" : null;
  }

  /**
   * The OpenGraph {@code article:} properties of an article page. Dates are ISO 8601 at the
   * article's precision ({@code 2025-01} for a month).
   *
   * @param publishedTime {@code article:published_time}, or {@code null} for an undated article
   * @param modifiedTime {@code article:modified_time}, or {@code null} when never updated
   * @param tags {@code article:tag}, one per tag
   */
  public record ArticleMeta(String publishedTime, String modifiedTime, List<String> tags) {

    /** Copies the tags. */
    public ArticleMeta {
      tags = List.copyOf(tags);
    }
  }
}
