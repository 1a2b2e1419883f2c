package dev.redazione.site.internal;

import dev.redazione.core.ImageFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pixel sizes of a snapshot's images, read from their file headers (PNG, GIF, JPEG, WebP) so
 * pages can give {@code width} and {@code height} and the browser keeps room for an image before it
 * loads. An SVG or AVIF image, or a file that cannot be read, has no size. Each file is read once
 * per snapshot. Thread-safe.
 */
final class ImageSizes {

  /** Most bytes read looking for a JPEG frame header, past metadata such as EXIF. */
  private static final int HEADER_LIMIT = 256 * 1024;

  /**
   * A size in pixels.
   *
   * @param width the width
   * @param height the height
   */
  record Size(int width, int height) {}

  private final ImageFiles images;
  private final Map<String, Optional<Size>> sizes = new ConcurrentHashMap<>();

  ImageSizes(ImageFiles images) {
    this.images = images;
  }

  /** The size of a listed image, by its catalog path. */
  Optional<Size> of(String path) {
    return sizes.computeIfAbsent(path, p -> images.file(p).flatMap(ImageSizes::read));
  }

  private static Optional<Size> read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in.readNBytes(HEADER_LIMIT));
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** The size written in an image's first bytes, when they are a PNG, GIF, JPEG or WebP header. */
  static Optional<Size> parse(byte[] b) {
    if (b.length >= 24 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
      return size(int32(b, 16), int32(b, 20));
    }
    if (b.length >= 10 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F') {
      return size(le16(b, 6), le16(b, 8));
    }
    if (b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8) {
      return jpeg(b);
    }
    if (b.length >= 30 && ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
      return webp(b);
    }
    return Optional.empty();
  }

  private static Optional<Size> jpeg(byte[] b) {
    int i = 2;
    while (i + 9 < b.length) {
      if ((b[i] & 0xff) != 0xff) {
        return Optional.empty();
      }
      int marker = b[i + 1] & 0xff;
      if (marker == 0xff) {
        i++;
        continue;
      }
      boolean frame =
          marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (frame) {
        return size(be16(b, i + 7), be16(b, i + 5));
      }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd9)) {
        i += 2;
      } else {
        i += 2 + be16(b, i + 2);
      }
    }
    return Optional.empty();
  }

  private static Optional<Size> webp(byte[] b) {
    if (ascii(b, 12, "VP8 ")) {
      return size(le16(b, 26) & 0x3fff, le16(b, 28) & 0x3fff);
    }
    if (ascii(b, 12, "VP8L")) {
      int bits = le16(b, 21) | le16(b, 23) << 16;
      return size((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
    }
    if (ascii(b, 12, "VP8X")) {
      return size(le24(b, 24) + 1, le24(b, 27) + 1);
    }
    return Optional.empty();
  }

  private static Optional<Size> size(int width, int height) {
    return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
  }

  private static boolean ascii(byte[] b, int at, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (b[at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int int32(byte[] b, int at) {
    return be16(b, at) << 16 | be16(b, at + 2);
  }

  private static int be16(byte[] b, int at) {
    return (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int le24(byte[] b, int at) {
    return le16(b, at) | (b[at + 2] & 0xff) << 16;
  }
}
