package dev.redazione.site.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * JSON to embed as the text of a {@code <script>} element. A script element ends at the first
 * {@code </script}, and {@code <!--} inside it changes how browsers look for that end, so JSON
 * written there as is could end the script early or swallow the rest of the page. Here {@code <},
 * {@code >} and {@code &} are written as {@code \u003C}, {@code \u003E} and {@code \u0026}, and the
 * line separators U+2028 and U+2029 (line ends for JavaScript before ES2019) as {@code \u2028} and
 * {@code \u2029}: still the same JSON values, but the text holds no markup. Thread-safe.
 */
final class ScriptJson {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  static {
    JSON.getFactory().setCharacterEscapes(new ScriptEscapes());
  }

  private ScriptJson() {}

  /** The value as JSON safe inside a script element. */
  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  private static final class ScriptEscapes extends CharacterEscapes {

    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
      ASCII['<'] = ESCAPE_STANDARD;
      ASCII['>'] = ESCAPE_STANDARD;
      ASCII['&'] = ESCAPE_STANDARD;
    }

    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case 0x2028 -> LINE_SEPARATOR;
        case 0x2029 -> PARAGRAPH_SEPARATOR;
        default -> null;
      };
    }
  }
}
