package dev.redazione.site.internal;

import java.nio.charset.StandardCharsets;

/**
 * The page a static copy of the site serves at an old address, for hosts that do not read the
 * redirect files: a refresh to the new address at once, a canonical link to it (so search engines
 * move the old address's standing there, as with a 301), {@code noindex}, and a link for the
 * visitor whose browser does not follow the refresh. Stateless.
 */
public final class RedirectPage {

  private RedirectPage() {}

  /**
   * The page's HTML.
   *
   * @param path the site path moved to, such as {@code /articoli/nuovo}
   * @param absolute the same as an absolute URL, for the canonical link
   */
  public static byte[] html(String path, String absolute) {
    String href = escape(path);
    return ("<!DOCTYPE html>\n<html lang=\"it\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>Pagina spostata</title>\n"
            + "<link rel=\"canonical\" href=\""
            + escape(absolute)
            + "\">\n<meta name=\"robots\" content=\"noindex\">\n"
            + "<meta http-equiv=\"refresh\" content=\"0; url="
            + href
            + "\">\n</head>\n<body>\n<p>Questa pagina si trova ora a <a href=\""
            + href
            + "\">"
            + href
            + "</a>.</p>\n</body>\n</html>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
