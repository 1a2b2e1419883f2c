package dev.redazione.ingest.internal.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte buffer that writes the primitives of the read cache, big-endian: integers, longs,
 * strings as a length and UTF-8 bytes (length -1 for null). Not thread-safe.
 */
public final class CacheOutput {

  private byte[] bytes;
  private int size;

  /** An empty buffer with room for {@code capacity} bytes. */
  public CacheOutput(int capacity) {
    this.bytes = new byte[Math.max(16, capacity)];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      long grown = Math.max((long) bytes.length * 2, (long) size + more);
      if (grown > Integer.MAX_VALUE - 16) {
        throw new IllegalStateException("a cache entry cannot be larger than 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
  }

  /** Writes one byte. */
  public void writeByte(int value) {
    ensure(1);
    bytes[size++] = (byte) value;
  }

  /** Writes a boolean as one byte. */
  public void writeBoolean(boolean value) {
    writeByte(value ? 1 : 0);
  }

  /** Writes four bytes. */
  public void writeInt(int value) {
    ensure(4);
    bytes[size++] = (byte) (value >>> 24);
    bytes[size++] = (byte) (value >>> 16);
    bytes[size++] = (byte) (value >>> 8);
    bytes[size++] = (byte) value;
  }

  /** Writes eight bytes. */
  public void writeLong(long value) {
    writeInt((int) (value >>> 32));
    writeInt((int) value);
  }

  /** Writes bytes as they are, without their length. */
  public void writeBytes(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
  }

  /** Writes a string, or null. */
  public void writeString(String value) {
    if (value == null) {
      writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    writeInt(utf8.length);
    writeBytes(utf8);
  }

  /** The number of bytes written. */
  public int size() {
    return size;
  }

  /** A copy of the bytes written. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }
}
