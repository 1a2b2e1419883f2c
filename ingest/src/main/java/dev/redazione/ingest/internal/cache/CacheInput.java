package dev.redazione.ingest.internal.cache;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link CacheOutput} wrote from a range of a byte buffer (a cache file mapped into
 * memory), bounds checked: every length and count read must fit in the bytes left and within its
 * limit, else {@link CorruptCacheException} is thrown. The bytes are untrusted (a cache file may be
 * damaged or foreign), so nothing read is believed before it is checked. Not thread-safe; several
 * inputs may share one array.
 */
public final class CacheInput {

  private final ByteBuffer bytes;
  private final int end;
  private int position;

  /** An input over {@code bytes[from, to)}; the buffer's own position is left alone. */
  public CacheInput(ByteBuffer bytes, int from, int to) {
    if (from < 0 || to > bytes.limit() || from > to) {
      throw new CorruptCacheException("range " + from + ".." + to + " is outside the data");
    }
    this.bytes = bytes;
    this.position = from;
    this.end = to;
  }

  private void need(long count) {
    if (count < 0 || count > end - position) {
      throw new CorruptCacheException(
          "needs " + count + " bytes at offset " + position + ", " + (end - position) + " left");
    }
  }

  /** Reads one byte, 0 to 255. */
  public int readByte() {
    need(1);
    return bytes.get(position++) & 0xFF;
  }

  /** Reads a boolean written as one byte. */
  public boolean readBoolean() {
    int value = readByte();
    if (value > 1) {
      throw new CorruptCacheException("byte " + value + " is not a boolean");
    }
    return value == 1;
  }

  /** Reads four bytes. */
  public int readInt() {
    need(4);
    int value = bytes.getInt(position);
    position += 4;
    return value;
  }

  /** Reads eight bytes. */
  public long readLong() {
    return (long) readInt() << 32 | readInt() & 0xFFFF_FFFFL;
  }

  /** Reads an int that must lie in {@code [min, max]}. */
  public int readInt(int min, int max) {
    int value = readInt();
    if (value < min || value > max) {
      throw new CorruptCacheException("value " + value + " is outside " + min + ".." + max);
    }
    return value;
  }

  /**
   * Reads the number of elements that follow, each at least {@code minBytes} long: at most what the
   * bytes left can hold.
   */
  public int readCount(int minBytes) {
    int count = readInt();
    need((long) Math.max(count, 0) * minBytes);
    if (count < 0) {
      throw new CorruptCacheException("count " + count + " is negative");
    }
    return count;
  }

  /** Reads {@code count} bytes. */
  public byte[] readBytes(int count) {
    need(count);
    byte[] value = new byte[count];
    bytes.get(position, value);
    position += count;
    return value;
  }

  /** Skips {@code count} bytes. */
  public void skip(int count) {
    need(count);
    position += count;
  }

  /** Reads a string, or null. */
  public String readNullableString() {
    int length = readInt();
    if (length == -1) {
      return null;
    }
    need(length);
    return new String(readBytes(length), StandardCharsets.UTF_8);
  }

  /** Reads a string that is not null. */
  public String readString() {
    String value = readNullableString();
    if (value == null) {
      throw new CorruptCacheException("a string expected at offset " + position + " is null");
    }
    return value;
  }

  /** Reads a constant of an enum by its position. */
  public <E extends Enum<E>> E readEnum(E[] values) {
    return values[readInt(0, values.length - 1)];
  }

  /** The offset of the next byte to read. */
  public int position() {
    return position;
  }

  /** Whether every byte of the range was read. */
  public boolean atEnd() {
    return position == end;
  }
}
