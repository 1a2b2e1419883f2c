package dev.redazione.ingest.internal.frontmatter;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the HTML entities that WordPress and other exporters leave in front-matter values ({@code
 * &nbsp;}, {@code &amp;}, {@code &#8217;}, …); a no-break space becomes a plain space. Unknown
 * entities are kept as written. Stateless and thread-safe.
 */
final class HtmlEntities {

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("nbsp", " "),
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("rsquo", "’"),
          Map.entry("lsquo", "‘"),
          Map.entry("rdquo", "”"),
          Map.entry("ldquo", "“"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("hellip", "…"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("euro", "€"),
          Map.entry("copy", "©"),
          Map.entry("reg", "®"),
          Map.entry("trade", "™"),
          Map.entry("middot", "·"),
          Map.entry("agrave", "à"),
          Map.entry("egrave", "è"),
          Map.entry("eacute", "é"),
          Map.entry("igrave", "ì"),
          Map.entry("ograve", "ò"),
          Map.entry("ugrave", "ù"),
          Map.entry("Agrave", "À"),
          Map.entry("Egrave", "È"),
          Map.entry("Eacute", "É"),
          Map.entry("Igrave", "Ì"),
          Map.entry("Ograve", "Ò"),
          Map.entry("Ugrave", "Ù"));

  private HtmlEntities() {}

  /** The text with known entities decoded. */
  static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String replacement(String name, String whole) {
    if (name.charAt(0) != '#') {
      return NAMED.getOrDefault(name, whole);
    }
    boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
    int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
    if (codePoint == 0xA0) {
      return " ";
    }
    return Character.isValidCodePoint(codePoint) && codePoint != 0
        ? Character.toString(codePoint)
        : whole;
  }
}
