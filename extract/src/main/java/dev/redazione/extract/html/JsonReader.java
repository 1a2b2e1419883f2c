package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lenient JSON reader for the JSON-LD blocks of web pages, into {@code Map}, {@code List}, {@code
 * String}, {@code Double}, {@code Boolean} and {@code null}. Pages often write slightly broken
 * JSON, so it accepts raw control characters in strings, trailing commas, comments and a trailing
 * semicolon. Stateless and thread-safe.
 */
final class JsonReader {

  private final String text;
  private int pos;

  private JsonReader(String text) {
    this.text = text;
  }

  /** The value of a JSON text, or empty when it is not JSON. */
  static Optional<Object> read(String text) {
    JsonReader reader = new JsonReader(text);
    try {
      reader.skipBlank();
      Object value = reader.value(0);
      return Optional.ofNullable(value);
    } catch (IllegalStateException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private Object value(int depth) {
    if (depth > 64) {
      throw new IllegalStateException("too deep");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
      case '\'':
        return string(c);
      default:
        return literal();
    }
  }

  private Map<String, Object> object(int depth) {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    while (true) {
      skipBlank();
      char c = text.charAt(pos);
      if (c == '}') {
        pos++;
        return map;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String key = c == '"' || c == '\'' ? string(c) : String.valueOf(literal());
      skipBlank();
      expect(':');
      skipBlank();
      map.putIfAbsent(key, value(depth + 1));
      skipBlank();
    }
  }

  private List<Object> array(int depth) {
    List<Object> list = new ArrayList<>();
    pos++;
    while (true) {
      skipBlank();
      char c = text.charAt(pos);
      if (c == ']') {
        pos++;
        return list;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      Object value = value(depth + 1);
      if (value != null) {
        list.add(value);
      }
      skipBlank();
    }
  }

  private String string(char quote) {
    StringBuilder out = new StringBuilder();
    pos++;
    while (true) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b', 'f' -> out.append(' ');
        case 'u' -> {
          out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> out.append(e);
      }
    }
  }

  private Object literal() {
    int start = pos;
    while (pos < text.length() && ",:]}\n\r\t ".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    String word = text.substring(start, pos);
    if (word.isEmpty()) {
      throw new IllegalStateException("unexpected " + text.charAt(pos));
    }
    switch (word) {
      case "true":
        return Boolean.TRUE;
      case "false":
        return Boolean.FALSE;
      case "null":
        return null;
      default:
        try {
          return Double.valueOf(word);
        } catch (NumberFormatException e) {
          return word;
        }
    }
  }

  private void expect(char c) {
    if (text.charAt(pos) != c) {
      throw new IllegalStateException("expected " + c);
    }
    pos++;
  }

  /** Skips whitespace and comments. */
  private void skipBlank() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (text.startsWith("//", pos)) {
        int end = text.indexOf('\n', pos);
        pos = end < 0 ? text.length() : end;
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos);
        pos = end < 0 ? text.length() : end + 2;
      } else {
        return;
      }
    }
  }
}
