package dev.redazione.site.view;

import java.util.Objects;

/**
 * A page that only says something, such as "page not found".
 *
 * @param heading the page heading
 * @param text the explanation
 * @param offersSearch whether the page offers a search box and the archive (a page not found)
 */
public record MessageView(String heading, String text, boolean offersSearch) {

  /** Requires both texts. */
  public MessageView {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
  }
}
