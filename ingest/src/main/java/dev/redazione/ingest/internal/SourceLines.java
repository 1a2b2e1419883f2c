package dev.redazione.ingest.internal;

import dev.redazione.ingest.ContentTree;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lines of an article's file, read on first use through the content folder's checks, to point a
 * check's diagnostic at the line where a text appears. An unreadable or refused file has no lines,
 * so its diagnostics concern the whole file.
 */
final class SourceLines {

  private final ContentTree tree;
  private final Path file;
  private List<String> lines;

  SourceLines(ContentTree tree, Path file) {
    this.tree = tree;
    this.file = file;
  }

  /** The 1-based line of the first line containing {@code text}, or 0 when none does. */
  int lineOf(String text) {
    String wanted = text.strip();
    if (wanted.isEmpty()) {
      return 0;
    }
    List<String> all = lines();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).replace('\u00A0', ' ').contains(wanted)) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * The 1-based line of the first image reference to {@code src}: a Markdown image or link
   * destination ({@code ](src}, {@code ] (src}, {@code ](<src}), a reference definition ({@code ]:
   * src}) or an HTML {@code src=} attribute, with {@code src} as written or percent-decoded; the
   * first line containing {@code src} when no reference matches, or 0.
   */
  int lineOfImage(String src) {
    Set<String> forms = new LinkedHashSet<>(List.of(src, decoded(src)));
    Pattern reference = null;
    List<String> all = lines();
    for (int i = 0; i < all.size(); i++) {
      String line = all.get(i);
      if (!containsAny(line, forms)) { // the reference writes one of the forms
        continue;
      }
      if (reference == null) {
        reference = reference(forms);
      }
      if (reference.matcher(line).find()) {
        return i + 1;
      }
    }
    return lineOf(src);
  }

  /** A reference to an image written in one of {@code forms}. */
  private static Pattern reference(Set<String> forms) {
    StringBuilder alternatives = new StringBuilder();
    for (String form : forms) {
      alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(form));
    }
    return Pattern.compile(
        "(?:\\]\\s*\\(\\s*<?|\\]:\\s*<?|\\bsrc\\s*=\\s*[\"']?)(?:"
            + alternatives
            + ")(?=[\\s)\"'>]|$)");
  }

  private static boolean containsAny(String line, Set<String> forms) {
    for (String form : forms) {
      if (line.contains(form)) {
        return true;
      }
    }
    return false;
  }

  private static String decoded(String src) {
    try {
      return URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return src;
    }
  }

  private List<String> lines() {
    if (lines == null) {
      try {
        lines = split(new String(tree.read(file), StandardCharsets.UTF_8));
      } catch (IOException unreadable) {
        lines = List.of();
      }
    }
    return lines;
  }

  /**
   * The lines of a text, split at every line break of a regular expression's {@code \\R} (CR LF,
   * LF, CR, VT, FF, NEL, LS, PS), as {@code text.split("\\R", -1)} does, without a regular
   * expression.
   */
  static List<String> split(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        lines.add(text.substring(start, i));
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    lines.add(text.substring(start));
    return List.copyOf(lines);
  }

  private static boolean isLineBreak(char c) {
    return c <= '\r' && c >= '\n'
        || c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
  }
}
