package dev.redazione.site.view;

import java.util.Objects;

/**
 * What every page shows about the site: its name and the stylesheet to load.
 *
 * @param name the site's name
 * @param stylesheetUrl the site path of the stylesheet, versioned by its content
 */
public record SiteView(String name, String stylesheetUrl) {

  /** Requires both. */
  public SiteView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stylesheetUrl, "stylesheetUrl");
  }
}
