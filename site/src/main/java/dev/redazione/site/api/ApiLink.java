package dev.redazione.site.api;

import java.util.Objects;

/**
 * Another article named by an article in the public JSON API (related, same story).
 *
 * @param slug its URL identifier
 * @param title its headline
 * @param url the absolute URL of its page
 * @param api the path of its JSON in the API
 */
public record ApiLink(String slug, String title, String url, String api) {

  /** Requires every component. */
  public ApiLink {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(api, "api");
  }
}
