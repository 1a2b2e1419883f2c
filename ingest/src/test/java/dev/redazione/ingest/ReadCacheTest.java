package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.ingest.internal.cache.CacheOutput;
import dev.redazione.ingest.internal.cache.CodeFingerprint;
import dev.redazione.testkit.Seeds;
import dev.redazione.testkit.generate.ArticleGenerator;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader with a read cache starts a new process from what the last one read, and gives exactly
 * what reading every file gives; a cache it cannot trust is ignored with one notice and rebuilt.
 */
class ReadCacheTest {

  @TempDir Path content;
  @TempDir Path cacheFolder;

  private final List<String> notices = new ArrayList<>();

  @Test
  void theSeedsLoadedFromTheCacheAreTheSeedsLoadedFromTheirFiles() throws IOException {
    Seeds.copyTo(content);

    assertRestartGivesWhatReadingGives();
  }

  @Test
  void generatedArticlesLoadedFromTheCacheAreThoseLoadedFromTheirFiles() throws IOException {
    new ArticleGenerator().writeTo(content, 300, 42);

    assertRestartGivesWhatReadingGives();
  }

  @Test
  void settledFilesAreRecalledByTheirStampAfterARestart() throws IOException, InterruptedException {
    Seeds.copyTo(content);
    Thread.sleep(FileStamp.SETTLED.toMillis() + 200);
    loadAndWrite();

    LoadResult restarted = newLoader().load(content);
    assertThat(notices).last().asString().contains("restored");
    assertSameAsReadingEverything(restarted);
    ReadCache cache = cache();
    RememberedReads.Load kept = cache.restore(content.toRealPath().toString()).orElseThrow();
    assertThat(kept.byPath().values()).allSatisfy(read -> assertThat(read.stamp()).isNotNull());
  }

  @Test
  void aChangedAnAddedAndADeletedFileArePickedUpAfterARestart() throws IOException {
    write("uno.md", "---\ntitle: Primo articolo\ntags: [Azure]\n---\nTesto del primo.\n");
    write("due.md", "---\ntitle: Secondo articolo\n---\nTesto del secondo.\n");
    write("tre.txt", "Terzo articolo su Azure\n\nUn paragrafo che parla di Azure e di cloud.\n");
    loadAndWrite();

    write("uno.md", "---\ntitle: Primo articolo, corretto\ntags: [Azure]\n---\nTesto.\n");
    write("quattro.md", "---\ntitle: Quarto articolo\n---\nTesto del quarto.\n");
    Files.delete(content.resolve("due.md"));
    LoadResult restarted = newLoader().load(content);

    assertThat(restarted.archive().articles())
        .extracting(Article::title)
        .containsExactlyInAnyOrder(
            "Primo articolo, corretto", "Quarto articolo", "Terzo articolo su Azure");
    assertSameAsReadingEverything(restarted);
  }

  @Test
  void aDamagedCacheIsIgnoredAndRebuilt() throws IOException {
    assertIgnoredAndRebuilt(
        bytes -> {
          bytes[bytes.length / 2] ^= 0x40;
          return bytes;
        },
        "checksum mismatch");
  }

  @Test
  void aTruncatedCacheIsIgnoredAndRebuilt() throws IOException {
    assertIgnoredAndRebuilt(bytes -> Arrays.copyOf(bytes, bytes.length - 100), "payload");
  }

  @Test
  void aCacheOfAnotherFormatVersionIsIgnoredAndRebuilt() throws IOException {
    assertIgnoredAndRebuilt(
        bytes -> {
          int versionAt = ReadCacheFormat.HEADER_LENGTH - 4 - 8 - 32 - 4;
          ByteBuffer.wrap(bytes).putInt(versionAt, ReadCacheFormat.VERSION + 1);
          return bytes;
        },
        "format version");
  }

  @Test
  void aCacheWrittenByOtherCodeIsIgnoredAndRebuilt() throws IOException {
    assertIgnoredAndRebuilt(
        bytes -> {
          bytes[ReadCacheFormat.HEADER_LENGTH - 4 - 8 - 1] ^= 1;
          return bytes;
        },
        "another build");
  }

  @Test
  void aCacheWithLengthsPastItsEndIsIgnoredAndRebuilt() throws IOException {
    assertIgnoredAndRebuilt(
        bytes -> {
          CacheOutput payload = new CacheOutput(64);
          payload.writeInt(Integer.MAX_VALUE - 1); // a content folder name longer than the file
          return withPayload(payload.toByteArray());
        },
        "needs");
  }

  @Test
  void aFileThatIsNotACacheIsIgnoredAndRebuilt() throws IOException {
    assertIgnoredAndRebuilt(
        bytes -> "not a cache at all".getBytes(StandardCharsets.UTF_8), "not a read cache");
  }

  @Test
  void aCacheOfAnotherContentFolderIsNotUsed(@TempDir Path other) throws IOException {
    Seeds.copyTo(content);
    Seeds.copyTo(other);
    loadAndWrite();
    Path ours = cache().fileFor(content.toRealPath().toString());
    Files.copy(ours, cache().fileFor(other.toRealPath().toString()));

    LoadResult loaded = newLoader().load(other);

    assertThat(notices).last().asString().contains("another content folder");
    assertThat(json(loaded)).isEqualTo(json(ContentLoader.create().load(other)));
  }

  @Test
  void anUnchangedRestartDoesNotWriteTheCacheAgain() throws IOException {
    Seeds.copyTo(content);
    loadAndWrite();
    Path file = cache().fileFor(content.toRealPath().toString());
    FileTime longAgo = FileTime.fromMillis(0);
    Files.setLastModifiedTime(file, longAgo);

    loadAndWrite();

    assertThat(notices).last().asString().contains("restored");
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(longAgo);
  }

  @Test
  void aCacheFolderInsideTheContentFolderIsNotUsed() throws IOException {
    Seeds.copyTo(content);
    ReadCache inside = ReadCache.in(content.resolve(".cache"), notices::add);

    LoadResult loaded = ContentLoader.remembering(inside).load(content);
    inside.flush();

    assertThat(notices)
        .containsExactly(
            "Read cache folder "
                + content.resolve(".cache")
                + " is inside the content folder; not"
                + " using it");
    assertThat(content.resolve(".cache")).doesNotExist();
    assertSameAsReadingEverything(loaded);
  }

  /** Loads with a cache and waits for it to be written, then loads with a new loader and cache. */
  private void assertRestartGivesWhatReadingGives() throws IOException {
    LoadResult first = loadAndWrite();
    assertThat(notices).last().asString().contains("not found");

    LoadResult restarted = newLoader().load(content);

    assertThat(notices).last().asString().contains("restored");
    assertThat(restarted.archive().articles()).isEqualTo(first.archive().articles());
    assertThat(restarted.drafts()).isEqualTo(first.drafts());
    assertSameAsReadingEverything(restarted);
  }

  private void assertIgnoredAndRebuilt(Damage damage, String reason) throws IOException {
    Seeds.copyTo(content);
    loadAndWrite();
    Path file = cache().fileFor(content.toRealPath().toString());
    Files.write(file, damage.apply(Files.readAllBytes(file)));

    ReadCache cache = cache();
    LoadResult loaded = ContentLoader.remembering(cache).load(content);
    cache.flush();

    assertThat(notices).last().asString().contains("ignored").contains(reason);
    assertSameAsReadingEverything(loaded);
    LoadResult afterRebuild = newLoader().load(content);
    assertThat(notices).last().asString().contains("restored");
    assertSameAsReadingEverything(afterRebuild);
  }

  private interface Damage {
    byte[] apply(byte[] bytes);
  }

  /** A cache file of this code with this payload and its right checksum. */
  private static byte[] withPayload(byte[] payload) {
    CRC32C crc = new CRC32C();
    crc.update(payload);
    ByteBuffer file = ByteBuffer.allocate(ReadCacheFormat.HEADER_LENGTH + payload.length);
    file.put("REDAZIONE-READS\n".getBytes(StandardCharsets.US_ASCII))
        .putInt(ReadCacheFormat.VERSION)
        .put(CodeFingerprint.current())
        .putLong(payload.length)
        .putInt((int) crc.getValue())
        .put(payload);
    return file.array();
  }

  private LoadResult loadAndWrite() {
    ReadCache cache = cache();
    LoadResult result = ContentLoader.remembering(cache).load(content);
    cache.flush();
    return result;
  }

  private ContentLoader newLoader() {
    return ContentLoader.remembering(cache());
  }

  private ReadCache cache() {
    return ReadCache.in(cacheFolder, notices::add);
  }

  private void assertSameAsReadingEverything(LoadResult cached) {
    LoadResult fresh = ContentLoader.create().load(content);
    assertThat(cached.archive().articles()).isEqualTo(fresh.archive().articles());
    assertThat(json(cached)).isEqualTo(json(fresh));
    assertThat(cached.drafts()).isEqualTo(fresh.drafts());
    assertThat(cached.diagnostics()).isEqualTo(fresh.diagnostics());
  }

  private static List<String> json(LoadResult result) {
    return result.archive().articles().stream().map(ArticleJson::write).toList();
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
  }
}
