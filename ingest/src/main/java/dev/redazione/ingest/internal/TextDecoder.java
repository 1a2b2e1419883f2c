package dev.redazione.ingest.internal;

import dev.redazione.core.DiagnosticCode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a file's bytes into {@link SourceText}: UTF-8 (with or without BOM), falling back to
 * Windows-1252 and then ISO-8859-1 when the bytes are not valid UTF-8; rejects empty and binary
 * files with a diagnostic. Stateless and thread-safe.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int BINARY_SNIFF_LENGTH = 8192;

  /**
   * Decodes the bytes of a file.
   *
   * @return the text, or empty when the file is empty or binary (the reason is in {@code log})
   */
  public Optional<SourceText> decode(byte[] bytes, DiagnosticLog log) {
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    if (bytes.length - start == 0) {
      log.error(0, DiagnosticCode.EMPTY_FILE.code(), "the file is empty; expected an article");
      return Optional.empty();
    }
    if (looksBinary(bytes, start)) {
      log.error(
          0,
          DiagnosticCode.BINARY_FILE.code(),
          "the file holds binary data, not text; expected an article in UTF-8");
      return Optional.empty();
    }
    String text = decodeText(bytes, start, log);
    if (text.isBlank()) {
      log.error(
          0,
          DiagnosticCode.EMPTY_FILE.code(),
          "the file holds only blank lines; expected an article");
      return Optional.empty();
    }
    return Optional.of(new SourceText(log.path(), normalise(text)));
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean looksBinary(byte[] bytes, int start) {
    int end = Math.min(bytes.length, start + BINARY_SNIFF_LENGTH);
    int control = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return control * 20 > end - start;
  }

  private static String decodeText(byte[] bytes, int start, DiagnosticLog log) {
    String fast = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return strict(StandardCharsets.UTF_8).decode(buffer).toString();
    } catch (CharacterCodingException notUtf8) {
      buffer.rewind().position(start);
      try {
        String text = strict(WINDOWS_1252).decode(buffer).toString();
        log.info(
            0,
            DiagnosticCode.ENCODING_FALLBACK.code(),
            "the file is not valid UTF-8; it was read as Windows-1252");
        return text;
      } catch (CharacterCodingException notWindows1252) {
        log.info(
            0,
            DiagnosticCode.ENCODING_FALLBACK.code(),
            "the file is not valid UTF-8; it was read as ISO-8859-1");
        return new String(bytes, start, bytes.length - start, StandardCharsets.ISO_8859_1);
      }
    }
  }

  private static java.nio.charset.CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * One pass: CR LF and lone CR to LF, no-break spaces to spaces, no blanks before a line end, no
   * control characters but tab and line ends (nor U+FFFE and U+FFFF, which are not characters):
   * HTML allows none of them, and they are never meant as text.
   */
  private static String normalise(String text) {
    if (isNormal(text)) {
      return text;
    }
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    StringBuilder out = new StringBuilder(text.length());
    int blanks = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        out.setLength(out.length() - blanks);
        blanks = 0;
        out.append('\n');
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
        out.append(c == '\t' ? '\t' : ' ');
        blanks++;
      } else if (isDropped(c)) {
        continue;
      } else {
        out.append(c);
        blanks = 0;
      }
    }
    out.setLength(out.length() - blanks);
    return out.toString();
  }

  /**
   * Whether the text is already normal, the common case, so that no copy is needed: one pass finds
   * whatever {@link #normalise} would change.
   */
  private static boolean isNormal(String text) {
    int length = text.length();
    if (length == 0 || text.charAt(0) == '\uFEFF' || isBlank(text.charAt(length - 1))) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x20) {
        if (c == '\r' || isDropped(c) || c == '\n' && i > 0 && isBlank(text.charAt(i - 1))) {
          return false;
        }
      } else if (c >= '\u00A0'
          && (c == '\u00A0' || c == '\u2007' || c == '\u202F' || isDropped(c))) {
        return false;
      }
    }
    return true;
  }

  /** A control character other than tab and line ends, or one of the non-characters U+FFFE/F. */
  private static boolean isDropped(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
