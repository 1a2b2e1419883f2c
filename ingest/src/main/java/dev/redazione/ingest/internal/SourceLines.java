package dev.redazione.ingest.internal;

import dev.redazione.ingest.ContentTree;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The lines of an article's file, to point a check's diagnostic at the line where a text appears:
 * its bytes as loading read them, or read through the content folder on first use. Lines end at
 * every line break of a regular expression's {@code \\R} (CR LF, LF, CR, VT, FF, NEL, LS, PS). An
 * unreadable or refused file has no lines, so its diagnostics concern the whole file.
 */
final class SourceLines {

  private final Supplier<byte[]> bytes;
  private String text;
  private String spaced;
  private int[] lineStarts;

  private SourceLines(Supplier<byte[]> bytes) {
    this.bytes = bytes;
  }

  /** The lines of a file of the folder, read when a line is first asked for. */
  static SourceLines read(ContentTree tree, Path file) {
    return new SourceLines(
        () -> {
          try {
            return tree.read(file);
          } catch (IOException unreadable) {
            return null;
          }
        });
  }

  /** The lines of a file's bytes as loading read them. */
  static SourceLines of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new SourceLines(() -> bytes);
  }

  /** The 1-based line of the first line containing {@code text}, or 0 when none does. */
  int lineOf(String text) {
    String wanted = text.strip();
    if (wanted.isEmpty()) {
      return 0;
    }
    text();
    int at = firstWithinLine(spaced, wanted, 0);
    return at < 0 ? 0 : lineAt(at) + 1;
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
    String source = text();
    int from = 0;
    while (lineStarts.length > 0) {
      int at = -1;
      for (String form : forms) { // the reference writes one of the forms
        int found = firstWithinLine(source, form, from);
        if (found >= 0 && (at < 0 || found < at)) {
          at = found;
        }
      }
      if (at < 0) {
        return lineOf(src);
      }
      int line = lineAt(at);
      if (reference == null) {
        reference = reference(forms);
      }
      if (reference.matcher(source.substring(lineStarts[line], lineEnd(line))).find()) {
        return line + 1;
      }
      if (line + 1 == lineStarts.length) {
        return lineOf(src);
      }
      from = lineStarts[line + 1];
    }
    return 0;
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

  private static String decoded(String src) {
    try {
      return URLDecoder.decode(src.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return src;
    }
  }

  /**
   * The file's text, read on first use with where its lines start (none when it cannot be read),
   * and the same text with no-break spaces read as spaces, as a text copied from a body has them.
   */
  private String text() {
    if (text == null) {
      byte[] read = bytes.get();
      text = read == null ? "" : new String(read, StandardCharsets.UTF_8);
      spaced = text.replace('\u00A0', ' ');
      lineStarts = read == null ? new int[0] : lineStarts(text);
    }
    return text;
  }

  /**
   * The first index from {@code from} where {@code wanted} stands within one line, or -1: an
   * occurrence across a line break is in no line.
   */
  private static int firstWithinLine(String source, String wanted, int from) {
    for (int at = source.indexOf(wanted, from); at >= 0; at = source.indexOf(wanted, at + 1)) {
      if (!hasLineBreak(source, at, at + wanted.length())) {
        return at;
      }
    }
    return -1;
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isLineBreak(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The 0-based line holding the character at {@code index}. */
  private int lineAt(int index) {
    int found = Arrays.binarySearch(lineStarts, index);
    return found >= 0 ? found : -found - 2;
  }

  /** Where a line ends, before its line break. */
  private int lineEnd(int line) {
    if (line + 1 == lineStarts.length) {
      return text.length();
    }
    int end = lineStarts[line + 1] - 1;
    return end > 0 && text.charAt(end) == '\n' && text.charAt(end - 1) == '\r' ? end - 1 : end;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static boolean isLineBreak(char c) {
    return c <= '\r' && c >= '\n'
        || c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029');
  }
}
