package dev.redazione.cli;

import dev.redazione.site.SecurityPolicy;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The files that make static hosts send the site's security headers with the exported files and
 * answer old addresses of articles with a 301, as the server does: {@code _headers} and {@code
 * _redirects} for Netlify, Cloudflare Pages and the hosts that read the same formats, and {@code
 * .htaccess} for Apache (mod_headers, mod_alias). Images under {@code /immagini/} get the stricter
 * policy of an SVG image opened on its own. Hosts that merge the values of several matching rules
 * enforce both policies there, which is stricter still.
 */
final class HostHeaderFiles {

  private static final String IMAGES = "/immagini/*";

  private HostHeaderFiles() {}

  /**
   * Every file by its name in the output folder, with its text.
   *
   * @param redirects the site's old addresses, each with the path it moved to
   */
  static Map<String, String> all(Map<String, String> redirects) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("_headers", headersFile());
    if (!redirects.isEmpty()) {
      files.put("_redirects", redirectsFile(redirects));
    }
    files.put(".htaccess", htaccess(redirects));
    return files;
  }

  /** Whether a file of the output folder is one of these files (or the 404 page beside them). */
  static boolean isHostFile(Path root, Path file) {
    return file.getParent().equals(root)
        && Set.of("_headers", "_redirects", ".htaccess", "404.html")
            .contains(file.getFileName().toString());
  }

  private static String redirectsFile(Map<String, String> redirects) {
    StringBuilder text =
        new StringBuilder("# Old addresses of articles, written by `redazione build`.\n");
    redirects.forEach((from, to) -> text.append(from).append(' ').append(to).append(" 301\n"));
    return text.toString();
  }

  private static String headersFile() {
    StringBuilder text =
        new StringBuilder("# The site's security headers, written by `redazione build`.\n/*\n");
    SecurityPolicy.HEADERS.forEach(
        (name, value) -> text.append("  ").append(name).append(": ").append(value).append('\n'));
    return text.append('\n')
        .append(IMAGES)
        .append("\n  Content-Security-Policy: ")
        .append(SecurityPolicy.SVG_CONTENT_SECURITY_POLICY)
        .append('\n')
        .toString();
  }

  private static String htaccess(Map<String, String> redirects) {
    StringBuilder text =
        new StringBuilder(
            "# The site's security headers for Apache (mod_headers), written by `redazione"
                + " build`.\n<IfModule mod_headers.c>\n");
    SecurityPolicy.HEADERS.forEach((name, value) -> text.append(set("  ", name, value)));
    return text.append("  <FilesMatch \"(?i)\\.svg$\">\n")
        .append(set("    ", "Content-Security-Policy", SecurityPolicy.SVG_CONTENT_SECURITY_POLICY))
        .append("  </FilesMatch>\n</IfModule>\n")
        .append(redirectMatches(redirects))
        .toString();
  }

  /**
   * One exact match per old address (with or without a trailing slash); dots are the only regex
   * characters an alias path may hold.
   */
  private static String redirectMatches(Map<String, String> redirects) {
    if (redirects.isEmpty()) {
      return "";
    }
    StringBuilder text = new StringBuilder("<IfModule mod_alias.c>\n");
    redirects.forEach(
        (from, to) ->
            text.append("  RedirectMatch 301 ^")
                .append(from.replace(".", "\\."))
                .append("/?$ ")
                .append(to)
                .append('\n'));
    return text.append("</IfModule>\n").toString();
  }

  private static String set(String indent, String name, String value) {
    if (value.contains("\"")) {
      throw new IllegalStateException(
          "header " + name + " has a quote, which .htaccess cannot hold");
    }
    return indent + "Header always set " + name + " \"" + value + "\"\n";
  }
}
