package dev.redazione.ingest;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Tag;
import dev.redazione.ingest.internal.cache.ArticleCodec;
import dev.redazione.ingest.internal.cache.CacheInput;
import dev.redazione.ingest.internal.cache.CacheOutput;
import dev.redazione.ingest.internal.cache.CorruptCacheException;
import dev.redazione.ingest.internal.cache.UncacheableException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.zip.CRC32C;

/**
 * The bytes of a {@link ReadCache} file: a header (magic, format version, the fingerprint of the
 * code that wrote it, the payload's length and CRC-32C) and the payload: the content folder, what
 * the load depended on (when it began, the tags raw texts could get, the images the checks saw) and
 * one entry per file up to the end, each its own length-prefixed run so that entries are encoded
 * and decoded in parallel. An entry is the file's path, the SHA-256 of its bytes, its stamp,
 * whether it is a raw text, and the checked read result (a read's own diagnostics are the first
 * ones of the checked article's, so the unchecked read is rebuilt from it). Everything read is
 * checked: a header that is not this code's, a checksum that does not match, a length past the end
 * or a value the domain refuses throws {@link CorruptCacheException}. Stateless and thread-safe.
 */
final class ReadCacheFormat {

  /** Changed whenever the layout changes (the fingerprint changes with every build anyway). */
  static final int VERSION = 1;

  private static final byte[] MAGIC = "REDAZIONE-READS\n".getBytes(StandardCharsets.US_ASCII);
  private static final int FINGERPRINT_LENGTH = 32;
  private static final int DIGEST_LENGTH = 32;

  /** Header length: magic, version, fingerprint, payload length, payload checksum. */
  static final int HEADER_LENGTH = MAGIC.length + 4 + FINGERPRINT_LENGTH + 8 + 4;

  private ReadCacheFormat() {}

  /**
   * Files encoded at once, in parallel, before they are written: bounds the memory a write takes.
   */
  private static final int BATCH = 256;

  /**
   * Writes a load's memory, for a content folder, by code of this fingerprint, into a new file: the
   * payload is encoded and written a batch of files at a time, and the header, which holds the
   * payload's length and checksum, last.
   */
  static void write(Path file, String folder, RememberedReads.Load load, byte[] fingerprint)
      throws IOException {
    List<Map.Entry<String, RememberedReads.Remembered>> files =
        new ArrayList<>(load.byPath().entrySet());
    files.sort(Map.Entry.comparingByKey());
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      Payload payload = new Payload(channel);
      CacheOutput head = new CacheOutput(4096);
      head.writeString(folder);
      head.writeLong(load.started().getEpochSecond());
      head.writeInt(load.started().getNano());
      head.writeInt(load.knownTags().size());
      load.knownTags().forEach(tag -> head.writeString(tag.name()));
      Set<String> images = new TreeSet<>(load.imagesSeen().paths());
      head.writeInt(images.size());
      images.forEach(head::writeString);
      ArticleCodec.writeDiagnostics(load.imagesSeen().diagnostics(), head);
      payload.add(head.toByteArray());
      for (int from = 0; from < files.size(); from += BATCH) {
        List<byte[]> entries =
            files.subList(from, Math.min(files.size(), from + BATCH)).parallelStream()
                .map(entry -> entry(entry.getKey(), entry.getValue()))
                .toList();
        for (byte[] entry : entries) {
          if (entry != null) {
            payload.add(entry);
          }
        }
      }
      CacheOutput header = new CacheOutput(HEADER_LENGTH);
      header.writeBytes(MAGIC);
      header.writeInt(VERSION);
      header.writeBytes(fingerprint);
      header.writeLong(payload.length);
      header.writeInt((int) payload.crc.getValue());
      channel.write(ByteBuffer.wrap(header.toByteArray()), 0);
    }
  }

  /** The payload as it is written after room for the header, with its length and checksum. */
  private static final class Payload {
    private final FileChannel channel;
    private final CRC32C crc = new CRC32C();
    private long length;

    Payload(FileChannel channel) throws IOException {
      this.channel = channel;
      channel.position(HEADER_LENGTH);
    }

    void add(byte[] bytes) throws IOException {
      crc.update(bytes);
      length += bytes.length;
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  /** One file's entry, or null when its result cannot be cached (it is read again next time). */
  private static byte[] entry(String path, RememberedReads.Remembered read) {
    try {
      CacheOutput out = new CacheOutput(4096);
      out.writeInt(0); // the entry's length, set below
      out.writeString(path);
      out.writeBytes(read.digest());
      FileStamp stamp = read.stamp();
      out.writeBoolean(stamp != null);
      if (stamp != null) {
        out.writeLong(stamp.size());
        writeTime(stamp.modified(), out);
        out.writeBoolean(stamp.changed() != null);
        if (stamp.changed() != null) {
          writeTime(stamp.changed(), out);
        }
        out.writeString(stamp.fileKey());
      }
      out.writeBoolean(read.rawText());
      Article checked = read.checked().article().orElse(null);
      out.writeBoolean(checked != null);
      if (checked == null) {
        ArticleCodec.writeDiagnostics(read.checked().diagnostics(), out);
      } else {
        out.writeInt(read.read().diagnostics().size());
        ArticleCodec.write(checked, out);
      }
      byte[] bytes = out.toByteArray();
      ByteBuffer.wrap(bytes).putInt(0, bytes.length - 4);
      return bytes;
    } catch (UncacheableException e) {
      return null;
    }
  }

  /**
   * Checks that the bytes are a whole file of this format written by code of this fingerprint: its
   * header, the payload's length and its checksum.
   */
  static void checkHeader(ByteBuffer bytes, byte[] fingerprint) {
    int size = bytes.limit();
    if (size < HEADER_LENGTH
        || !Arrays.equals(new CacheInput(bytes, 0, MAGIC.length).readBytes(MAGIC.length), MAGIC)) {
      throw new CorruptCacheException("not a read cache file");
    }
    CacheInput header = new CacheInput(bytes, MAGIC.length, HEADER_LENGTH);
    int version = header.readInt();
    if (version != VERSION) {
      throw new CorruptCacheException("format version " + version + ", expected " + VERSION);
    }
    if (!Arrays.equals(header.readBytes(FINGERPRINT_LENGTH), fingerprint)) {
      throw new CorruptCacheException("written by another build of the code");
    }
    long length = header.readLong();
    if (length != size - HEADER_LENGTH) {
      throw new CorruptCacheException(
          "payload of " + (size - HEADER_LENGTH) + " bytes, the header says " + length);
    }
    if (header.readInt() != crc(bytes, HEADER_LENGTH, size)) {
      throw new CorruptCacheException("checksum mismatch");
    }
  }

  /**
   * The memory kept in a cache file written for this folder by code of this fingerprint.
   *
   * @throws CorruptCacheException if the bytes are anything else
   */
  static RememberedReads.Load decode(ByteBuffer bytes, String folder, byte[] fingerprint) {
    checkHeader(bytes, fingerprint);
    CacheInput in = new CacheInput(bytes, HEADER_LENGTH, bytes.limit());
    String written = in.readString();
    if (!written.equals(folder)) {
      throw new CorruptCacheException("written for another content folder");
    }
    Instant started;
    try {
      started = Instant.ofEpochSecond(in.readLong(), in.readInt(0, 999_999_999));
    } catch (DateTimeException e) {
      throw new CorruptCacheException("the load's start is out of range", e);
    }
    int tagCount = in.readCount(4);
    Set<Tag> tags = new LinkedHashSet<>();
    for (int i = 0; i < tagCount; i++) {
      try {
        tags.add(Tag.of(in.readString()));
      } catch (IllegalArgumentException e) {
        throw new CorruptCacheException("a known tag is refused", e);
      }
    }
    int imageCount = in.readCount(4);
    Set<String> images = new TreeSet<>();
    for (int i = 0; i < imageCount; i++) {
      images.add(in.readString());
    }
    var imagesSeen = new RememberedReads.Images(images, ArticleCodec.readDiagnostics(in));
    List<int[]> ranges = new ArrayList<>();
    while (!in.atEnd()) {
      int length = in.readCount(1);
      ranges.add(new int[] {in.position(), in.position() + length});
      in.skip(length);
    }
    int count = ranges.size();
    RememberedReads.Remembered[] reads = new RememberedReads.Remembered[count];
    String[] paths = new String[count];
    IntStream.range(0, count)
        .parallel()
        .forEach(
            i -> {
              CacheInput entry = new CacheInput(bytes, ranges.get(i)[0], ranges.get(i)[1]);
              paths[i] = entry.readString();
              reads[i] = remembered(entry);
              if (!entry.atEnd()) {
                throw new CorruptCacheException("bytes left in the entry of " + paths[i]);
              }
            });
    Map<String, RememberedReads.Remembered> byPath = new HashMap<>();
    for (int i = 0; i < count; i++) {
      if (byPath.put(paths[i], reads[i]) != null) {
        throw new CorruptCacheException("two entries for " + paths[i]);
      }
    }
    return new RememberedReads.Load(Map.copyOf(byPath), Set.copyOf(tags), imagesSeen, started);
  }

  private static RememberedReads.Remembered remembered(CacheInput in) {
    byte[] digest = in.readBytes(DIGEST_LENGTH);
    FileStamp stamp = null;
    if (in.readBoolean()) {
      long size = in.readLong();
      FileTime modified = readTime(in);
      FileTime changed = in.readBoolean() ? readTime(in) : null;
      stamp = new FileStamp(size, modified, changed, in.readNullableString());
    }
    boolean rawText = in.readBoolean();
    ReadResult read;
    ReadResult checked;
    if (!in.readBoolean()) {
      try {
        checked = ReadResult.failed(ArticleCodec.readDiagnostics(in));
      } catch (IllegalArgumentException e) {
        throw new CorruptCacheException("a failed read without diagnostics", e);
      }
      read = checked;
    } else {
      int readDiagnostics = in.readInt(0, Integer.MAX_VALUE);
      Article article = ArticleCodec.read(in);
      List<Diagnostic> all = article.report().diagnostics();
      if (readDiagnostics > all.size()) {
        throw new CorruptCacheException("more read diagnostics than diagnostics");
      }
      checked = ReadResult.of(article);
      read =
          readDiagnostics == all.size()
              ? checked
              : ReadResult.of(
                  article.toBuilder().diagnostics(all.subList(0, readDiagnostics)).build());
    }
    return new RememberedReads.Remembered(digest, stamp, rawText, read, checked);
  }

  private static void writeTime(FileTime time, CacheOutput out) {
    Instant instant = time.toInstant();
    out.writeLong(instant.getEpochSecond());
    out.writeInt(instant.getNano());
  }

  private static FileTime readTime(CacheInput in) {
    try {
      return FileTime.from(Instant.ofEpochSecond(in.readLong(), in.readInt(0, 999_999_999)));
    } catch (DateTimeException e) {
      throw new CorruptCacheException("a file time is out of range", e);
    }
  }

  private static int crc(ByteBuffer bytes, int from, int to) {
    CRC32C crc = new CRC32C();
    crc.update(bytes.duplicate().position(from).limit(to));
    return (int) crc.getValue();
  }
}
