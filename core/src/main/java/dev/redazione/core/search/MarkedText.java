package dev.redazione.core.search;

import java.util.Objects;

/**
 * HTML text whose only markup is {@code <mark>…</mark>} around matched words: safe to write into a
 * page unescaped. Immutable and thread-safe.
 *
 * <p>The constructor checks the invariant: every {@code <} starts a {@code <mark>} or {@code
 * </mark>} tag, marks are not nested and are closed, there is no other {@code >}, and every {@code
 * &} starts a character reference ending in {@code ;}.
 *
 * @param html the escaped text with its marks
 */
public record MarkedText(String html) {

  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";
  private static final int LONGEST_REFERENCE = 10;

  /** Validates the markup. */
  public MarkedText {
    Objects.requireNonNull(html, "html");
    String problem = problem(html);
    if (problem != null) {
      throw new IllegalArgumentException("marked text is not safe HTML: " + problem);
    }
  }

  /** Plain text escaped for HTML, without marks. */
  public static MarkedText escape(String plain) {
    Objects.requireNonNull(plain, "plain");
    StringBuilder html = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return new MarkedText(html.toString());
  }

  /**
   * The text for a terminal or another non-HTML output: character references decoded and each mark
   * replaced by the given strings, such as ANSI codes for bold.
   *
   * @param before written where a mark opens
   * @param after written where a mark closes
   */
  public String render(String before, String after) {
    StringBuilder text = new StringBuilder(html.length());
    int i = 0;
    while (i < html.length()) {
      if (html.startsWith(OPEN, i)) {
        text.append(before);
        i += OPEN.length();
      } else if (html.startsWith(CLOSE, i)) {
        text.append(after);
        i += CLOSE.length();
      } else if (html.charAt(i) == '&') {
        int end = html.indexOf(';', i);
        text.append(decode(html.substring(i + 1, end)));
        i = end + 1;
      } else {
        text.append(html.charAt(i++));
      }
    }
    return text.toString();
  }

  /** The plain text, marks dropped and character references decoded. */
  public String plainText() {
    return render("", "");
  }

  private static String decode(String reference) {
    return switch (reference) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      case "nbsp" -> "\u00A0";
      default -> numeric(reference);
    };
  }

  private static String numeric(String reference) {
    if (!reference.startsWith("#")) {
      return "&" + reference + ";";
    }
    boolean hex = reference.startsWith("#x") || reference.startsWith("#X");
    try {
      int codePoint = Integer.parseInt(reference.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
    } catch (NumberFormatException tooLong) {
      return "\uFFFD";
    }
  }

  /** Whether the text has at least one mark. */
  public boolean hasMarks() {
    return html.contains(OPEN);
  }

  /** Whether there is no text at all. */
  public boolean isEmpty() {
    return html.isEmpty();
  }

  private static String problem(String html) {
    boolean open = false;
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        if (!open && html.startsWith(OPEN, i)) {
          open = true;
          i += OPEN.length();
        } else if (open && html.startsWith(CLOSE, i)) {
          open = false;
          i += CLOSE.length();
        } else {
          return "unexpected `<` at " + i;
        }
      } else if (c == '>') {
        return "unexpected `>` at " + i;
      } else if (c == '&') {
        int end = html.indexOf(';', i);
        if (end < 0 || end - i > LONGEST_REFERENCE || !isReference(html.substring(i + 1, end))) {
          return "`&` at " + i + " does not start a character reference";
        }
        i = end + 1;
      } else {
        i++;
      }
    }
    return open ? "a <mark> is not closed" : null;
  }

  private static boolean isReference(String name) {
    if (name.startsWith("#x") || name.startsWith("#X")) {
      return name.length() > 2
          && name.substring(2).chars().allMatch(ch -> Character.digit(ch, 16) >= 0);
    }
    if (name.startsWith("#")) {
      return name.length() > 1 && name.substring(1).chars().allMatch(ch -> ch >= '0' && ch <= '9');
    }
    return !name.isEmpty()
        && name.chars().allMatch(ch -> (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
  }

  @Override
  public String toString() {
    return html;
  }
}
