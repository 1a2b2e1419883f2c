package dev.redazione.site.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The schema.org {@code NewsArticle} of an article page, serialised as JSON-LD. Dates are ISO text
 * at the article's precision.
 *
 * @param headline the title
 * @param description the description
 * @param datePublished the publication date, or {@code null}
 * @param dateModified the update date, or {@code null}
 * @param authors the authors as {@code Person}s
 * @param images absolute image URLs
 * @param url the canonical URL
 * @param keywords the tag names
 * @param publisher the site as an {@code Organization}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"@context", "@type"})
public record NewsArticleJsonLd(
    String headline,
    String description,
    String datePublished,
    String dateModified,
    @JsonProperty("author") List<Thing> authors,
    @JsonProperty("image") List<String> images,
    String url,
    List<String> keywords,
    Thing publisher) {

  /** Requires the headline and URL and copies the lists. */
  public NewsArticleJsonLd {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(url, "url");
    authors = List.copyOf(authors);
    images = List.copyOf(images);
    keywords = List.copyOf(keywords);
  }

  /** The schema.org vocabulary. */
  @JsonProperty("@context")
  public String context() {
    return "https://schema.org";
  }

  /** The schema.org type. */
  @JsonProperty("@type")
  public String type() {
    return "NewsArticle";
  }

  /**
   * A named schema.org thing such as a {@code Person} or an {@code Organization}.
   *
   * @param type the schema.org type
   * @param name the name
   */
  @JsonPropertyOrder({"@type", "name"})
  public record Thing(@JsonProperty("@type") String type, String name) {

    /** Requires both. */
    public Thing {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
    }
  }
}
