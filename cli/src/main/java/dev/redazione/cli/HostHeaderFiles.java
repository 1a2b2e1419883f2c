package dev.redazione.cli;

import dev.redazione.site.SecurityPolicy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files that make static hosts send the site's security headers with the exported files, as the
 * server does: {@code _headers} for Netlify, Cloudflare Pages and the hosts that read the same
 * format, and {@code .htaccess} for Apache. Images under {@code /immagini/} get the stricter policy
 * of an SVG image opened on its own. Hosts that merge the values of several matching rules enforce
 * both policies there, which is stricter still.
 */
final class HostHeaderFiles {

  private static final String IMAGES = "/immagini/*";

  private HostHeaderFiles() {}

  /** Every file by its name in the output folder, with its text. */
  static Map<String, String> all() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("_headers", headersFile());
    files.put(".htaccess", htaccess());
    return files;
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

  private static String htaccess() {
    StringBuilder text =
        new StringBuilder(
            "# The site's security headers for Apache (mod_headers), written by `redazione"
                + " build`.\n<IfModule mod_headers.c>\n");
    SecurityPolicy.HEADERS.forEach((name, value) -> text.append(set("  ", name, value)));
    return text.append("  <FilesMatch \"(?i)\\.svg$\">\n")
        .append(set("    ", "Content-Security-Policy", SecurityPolicy.SVG_CONTENT_SECURITY_POLICY))
        .append("  </FilesMatch>\n</IfModule>\n")
        .toString();
  }

  private static String set(String indent, String name, String value) {
    if (value.contains("\"")) {
      throw new IllegalStateException(
          "header " + name + " has a quote, which .htaccess cannot hold");
    }
    return indent + "Header always set " + name + " \"" + value + "\"\n";
  }
}
