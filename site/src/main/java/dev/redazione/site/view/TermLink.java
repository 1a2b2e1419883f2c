package dev.redazione.site.view;

import java.util.Objects;

/**
 * A link to a listing (tag, category, author, year, month) with the number of its articles.
 *
 * @param name the text of the link
 * @param url the site path of the listing
 * @param count articles in the listing, or 0 when not shown
 */
public record TermLink(String name, String url, int count) {

  /** Requires name and URL. */
  public TermLink {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}
