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
 * @param dateModified the update date, else the publication date, or {@code null}
 * @param authors the authors as {@code Person}s
 * @param images absolute image URLs
 * @param url the canonical URL
 * @param mainEntityOfPage the article's page, a {@code WebPage} whose {@code @id} is the URL
 * @param keywords the tag names
 * @param publisher the site as an {@code Organization} with its logo
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
    WebPage mainEntityOfPage,
    List<String> keywords,
    Organization publisher) {

  /** Requires the headline, URL, page and publisher and copies the lists. */
  public NewsArticleJsonLd {
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(mainEntityOfPage, "mainEntityOfPage");
    Objects.requireNonNull(publisher, "publisher");
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

  /**
   * The web page an article is the main entity of.
   *
   * @param id the page's canonical URL
   */
  @JsonPropertyOrder({"@type", "@id"})
  public record WebPage(@JsonProperty("@id") String id) {

    /** Requires the URL. */
    public WebPage {
      Objects.requireNonNull(id, "id");
    }

    /** The schema.org type. */
    @JsonProperty("@type")
    public String type() {
      return "WebPage";
    }
  }

  /**
   * The publisher: an {@code Organization} with a name and a logo.
   *
   * @param name the site's name
   * @param logo the absolute URL of the logo, given as an {@code ImageObject}
   */
  @JsonPropertyOrder({"@type", "name", "logo"})
  public record Organization(String name, @JsonProperty("logo") ImageObject logo) {

    /** Requires both. */
    public Organization {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(logo, "logo");
    }

    /** The schema.org type. */
    @JsonProperty("@type")
    public String type() {
      return "Organization";
    }
  }

  /**
   * An image by its URL.
   *
   * @param url the absolute URL
   */
  @JsonPropertyOrder({"@type", "url"})
  public record ImageObject(String url) {

    /** Requires the URL. */
    public ImageObject {
      Objects.requireNonNull(url, "url");
    }

    /** The schema.org type. */
    @JsonProperty("@type")
    public String type() {
      return "ImageObject";
    }
  }
}
