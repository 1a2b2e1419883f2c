package dev.redazione.site.view;

import java.util.Objects;

/**
 * A filter of the search page as a link that switches it on or off.
 *
 * @param name the text of the link
 * @param url the search with this filter switched
 * @param count matching articles with this value
 * @param selected whether the filter is on
 */
public record FacetLink(String name, String url, int count, boolean selected) {

  /** Requires name and URL. */
  public FacetLink {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}
