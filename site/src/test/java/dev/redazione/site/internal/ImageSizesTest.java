package dev.redazione.site.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

class ImageSizesTest {

  private static byte[] bytes(int... values) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int v : values) {
      out.write(v);
    }
    return out.toByteArray();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void readsAGifsLogicalScreen() {
    byte[] gif = concat("GIF89a".getBytes(), bytes(0x40, 0x01, 0xf0, 0x00), new byte[8]);
    assertThat(ImageSizes.parse(gif)).contains(new ImageSizes.Size(320, 240));
  }

  @Test
  void readsAJpegFrameAfterItsMetadataSegments() {
    byte[] jpeg =
        concat(
            bytes(0xff, 0xd8),
            bytes(0xff, 0xe1, 0x00, 0x06, 'E', 'x', 'i', 'f'),
            bytes(0xff, 0xc2, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03),
            new byte[12]);
    assertThat(ImageSizes.parse(jpeg)).contains(new ImageSizes.Size(800, 600));
  }

  @Test
  void readsAnExtendedWebpCanvas() {
    byte[] webp =
        concat(
            "RIFF".getBytes(),
            new byte[4],
            "WEBPVP8X".getBytes(),
            new byte[8],
            bytes(0x7f, 0x07, 0x00, 0x37, 0x04, 0x00),
            new byte[4]);
    assertThat(ImageSizes.parse(webp)).contains(new ImageSizes.Size(1920, 1080));
  }

  @Test
  void readsALosslessWebp() {
    // 100 × 50: 14 bits of width − 1, then 14 bits of height − 1, little-endian.
    int bits = 99 | 49 << 14;
    byte[] webp =
        concat(
            "RIFF".getBytes(),
            new byte[4],
            "WEBPVP8L".getBytes(),
            new byte[4],
            bytes(0x2f, bits & 0xff, bits >>> 8 & 0xff, bits >>> 16 & 0xff, bits >>> 24 & 0xff),
            new byte[8]);
    assertThat(ImageSizes.parse(webp)).contains(new ImageSizes.Size(100, 50));
  }

  @Test
  void anythingElseHasNoSize() {
    assertThat(ImageSizes.parse("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes()))
        .isEmpty();
    assertThat(ImageSizes.parse(bytes(0xff, 0xd8, 0x00, 0x00, 0x00))).isEmpty();
    assertThat(ImageSizes.parse(new byte[0])).isEmpty();
  }
}
