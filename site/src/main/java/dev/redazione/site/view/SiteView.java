package dev.redazione.site.view;

import java.util.Objects;

/**
 * What every page shows about the site: its name, the stylesheet to load and the security policy
 * its head declares.
 *
 * @param name the site's name
 * @param stylesheetUrl the site path of the stylesheet, versioned by its content
 * @param contentSecurityPolicy the policy of the page's {@code <meta http-equiv>}, so that a page
 *     keeps it wherever it is served from, such as a static export on a plain file server
 */
public record SiteView(String name, String stylesheetUrl, String contentSecurityPolicy) {

  /** Requires every component. */
  public SiteView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(stylesheetUrl, "stylesheetUrl");
    Objects.requireNonNull(contentSecurityPolicy, "contentSecurityPolicy");
  }
}
