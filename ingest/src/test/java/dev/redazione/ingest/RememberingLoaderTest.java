package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.Tag;
import dev.redazione.testkit.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A remembering loader reads again only what changed, and always gives what reading everything
 * gives.
 */
class RememberingLoaderTest {

  @TempDir Path folder;

  private final ContentLoader loader = ContentLoader.remembering();

  @Test
  void anUnchangedFolderIsNotReadAgain() throws IOException {
    write("uno.md", "---\ntitle: Primo articolo\ntags: [Azure]\n---\nTesto del primo.\n");
    write("due.txt", "Secondo articolo su Azure\n\nUn paragrafo che parla di Azure e di cloud.\n");

    LoadResult first = loader.load(folder);
    LoadResult second = loader.load(folder);

    assertThat(bySource(second)).containsOnlyKeys("uno.md", "due.txt");
    bySource(second)
        .forEach((path, article) -> assertThat(article).isSameAs(bySource(first).get(path)));
    assertSameAsReadingEverything(second);
  }

  @Test
  void anEditedFileIsReadAgainAndTheOthersAreNot() throws IOException {
    write("uno.md", "---\ntitle: Primo articolo\n---\nTesto del primo.\n");
    write("due.md", "---\ntitle: Secondo articolo\n---\nTesto del secondo.\n");
    LoadResult first = loader.load(folder);

    write("uno.md", "---\ntitle: Primo articolo, corretto\n---\nTesto del primo.\n");
    LoadResult second = loader.load(folder);

    assertThat(bySource(second).get("uno.md").title()).isEqualTo("Primo articolo, corretto");
    assertThat(bySource(second).get("due.md")).isSameAs(bySource(first).get("due.md"));
    assertSameAsReadingEverything(second);
  }

  @Test
  void aSettledFileRewrittenWithItsSizeAndModificationTimeIsReadAgain()
      throws IOException, InterruptedException {
    write("uno.md", "---\ntitle: Primo articolo\n---\nTesto del primo.\n");
    write("due.md", "---\ntitle: Secondo articolo\n---\nTesto del secondo.\n");
    FileTime written = Files.getLastModifiedTime(folder.resolve("uno.md"));
    Thread.sleep(FileStamp.SETTLED.toMillis() + 200);
    LoadResult first = loader.load(folder);

    write("uno.md", "---\ntitle: Primo articolo\n---\nTesto del primO.\n");
    Files.setLastModifiedTime(folder.resolve("uno.md"), written);
    LoadResult second = loader.load(folder);

    assertThat(bySource(second).get("uno.md").body().text()).isEqualTo("Testo del primO.");
    assertThat(bySource(second).get("due.md")).isSameAs(bySource(first).get("due.md"));
    assertSameAsReadingEverything(second);
  }

  @Test
  void aRawTextIsReadAgainWhenTheTagsItMayGetChange() throws IOException {
    write(
        "grezzo.txt",
        "Notizie su Stargate\n\nIl progetto Stargate cresce ancora, dice l'azienda.\n");
    write("uno.md", "---\ntitle: Primo articolo\ntags: [Azure]\n---\nTesto del primo.\n");
    LoadResult first = loader.load(folder);
    assertThat(bySource(first).get("grezzo.txt").tags()).extracting(Tag::name).isEmpty();

    write("uno.md", "---\ntitle: Primo articolo\ntags: [Azure, Stargate]\n---\nTesto del primo.\n");
    LoadResult second = loader.load(folder);

    assertThat(bySource(second).get("grezzo.txt").tags())
        .extracting(Tag::name)
        .contains("Stargate");
    assertSameAsReadingEverything(second);
  }

  @Test
  void aDeletedFileIsGoneAndABrokenOneStillReportsItsErrors() throws IOException {
    write("uno.md", "---\ntitle: Primo articolo\n---\nTesto del primo.\n");
    write("rotto.md", "---\ntitle: [non chiuso\n---\n");
    loader.load(folder);

    Files.delete(folder.resolve("uno.md"));
    LoadResult second = loader.load(folder);

    assertThat(second.archive().articles()).isEmpty();
    assertThat(second.diagnostics()).anySatisfy(d -> assertThat(d.path()).isEqualTo("rotto.md"));
    assertSameAsReadingEverything(second);
  }

  @Test
  void theSeedsLoadTheSameRememberedOrNot() {
    ContentLoader seeds = ContentLoader.remembering();
    seeds.load(Seeds.folder());
    LoadResult again = seeds.load(Seeds.folder());

    assertThat(json(again)).isEqualTo(json(ContentLoader.create().load(Seeds.folder())));
    assertThat(again.diagnostics())
        .isEqualTo(ContentLoader.create().load(Seeds.folder()).diagnostics());
  }

  private void assertSameAsReadingEverything(LoadResult remembered) {
    LoadResult fresh = ContentLoader.create().load(folder);
    assertThat(json(remembered)).isEqualTo(json(fresh));
    assertThat(remembered.diagnostics()).isEqualTo(fresh.diagnostics());
  }

  private static List<String> json(LoadResult result) {
    return result.archive().articles().stream().map(ArticleJson::write).toList();
  }

  private static Map<String, Article> bySource(LoadResult result) {
    return result.archive().articles().stream()
        .collect(Collectors.toMap(a -> a.report().source().path(), Function.identity()));
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }
}
