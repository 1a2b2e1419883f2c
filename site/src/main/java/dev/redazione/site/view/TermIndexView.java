package dev.redazione.site.view;

import java.util.List;
import java.util.Objects;

/**
 * An index of every tag, category or author with its article count.
 *
 * @param heading the page heading
 * @param terms the linked terms, most used first
 */
public record TermIndexView(String heading, List<TermLink> terms) {

  /** Requires the heading and copies the terms. */
  public TermIndexView {
    Objects.requireNonNull(heading, "heading");
    terms = List.copyOf(terms);
  }
}
