package dev.redazione.site.view;

import java.util.Objects;

/**
 * A page that only says something, such as "page not found".
 *
 * @param heading the page heading
 * @param text the explanation
 */
public record MessageView(String heading, String text) {

  /** Requires both texts. */
  public MessageView {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
  }
}
