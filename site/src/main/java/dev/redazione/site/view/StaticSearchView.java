package dev.redazione.site.view;

import java.util.Objects;

/**
 * The search page of a static export, which searches in the browser.
 *
 * @param indexUrl the site path of the prebuilt search index the script loads
 * @param scriptUrl the site path of the search script
 */
public record StaticSearchView(String indexUrl, String scriptUrl) {

  /** Requires both. */
  public StaticSearchView {
    Objects.requireNonNull(indexUrl, "indexUrl");
    Objects.requireNonNull(scriptUrl, "scriptUrl");
  }
}
