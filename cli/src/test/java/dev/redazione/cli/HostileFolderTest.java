package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.testkit.HostileFolder;
import dev.redazione.testkit.HostileFolder.Trap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} and {@code build} over a hostile content folder: every trap is reported with a
 * located diagnostic, nothing from outside the folder is read or exported, and the build completes
 * with every good article.
 */
class HostileFolderTest {

  @TempDir Path temp;

  private HostileFolder folder;

  @BeforeEach
  void writeFolder() throws IOException {
    folder = HostileFolder.write(temp);
  }

  @Test
  void validateReportsEveryTrapAtItsFileAndLine() {
    CliRun run = CliRun.of("validate", "--content", folder.root().toString());

    assertThat(run.toString()).doesNotContain(HostileFolder.SECRET, "INTERNAL_ERROR", "Exception");
    for (Trap trap : folder.traps()) {
      String location = Pattern.quote(folder.root().resolve(trap.path()).toString());
      String line = trap.inFile() ? ":[1-9][0-9]*" : "(:[0-9]+)?";
      Pattern expected =
          Pattern.compile(location + line + ": (error|warning|info|note): " + trap.code() + " .+");
      assertThat(run.outLines()).as(trap + "\n" + run).anyMatch(l -> expected.matcher(l).matches());
    }
  }

  @Test
  void buildCompletesWithTheGoodArticlesAndNothingFromOutside() throws IOException {
    Path out = temp.resolve("site");

    CliRun run =
        CliRun.of(
            "build",
            "--content",
            folder.root().toString(),
            "--out",
            out.toString(),
            "--base-url",
            "https://redazione.example");

    assertThat(run.exitCode()).as(run.toString()).isIn(ExitCode.OK, ExitCode.CONTENT_ERRORS);
    assertThat(out.resolve("index.html")).isRegularFile();
    for (String slug : HostileFolder.GOOD_SLUGS) {
      assertThat(out.resolve("articoli/" + slug + "/index.html")).as(slug).isRegularFile();
    }
    try (Stream<Path> files = Files.walk(out)) {
      Path siteLogo = out.resolve("assets/logo.svg");
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.equals(siteLogo)) {
          assertThat(file.getFileName().toString()).as(file.toString()).doesNotEndWith(".svg");
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
            .as(file.toString())
            .doesNotContain(HostileFolder.SECRET);
      }
    }
    assertThat(out.resolve("immagini/foto/logo.png")).doesNotExist();
  }

  @Test
  void scriptBreakersInTheTitleLeaveThePageWhole() throws IOException {
    Path out = temp.resolve("site");
    CliRun.of("build", "--content", folder.root().toString(), "--out", out.toString());

    Document page = Jsoup.parse(out.resolve("articoli/script-nel-titolo/index.html").toFile());

    assertThat(page.selectFirst("h1").text()).isEqualTo("Script nel titolo <!--<script");
    assertThat(page.body().text()).contains("Il corpo resta visibile");
    assertThat(page.select("script[type=application/ld+json]"))
        .singleElement()
        .satisfies(
            script -> {
              Map<?, ?> jsonLd = JsonMapper.builder().build().readValue(script.data(), Map.class);
              assertThat(jsonLd.get("headline")).isEqualTo("Script nel titolo <!--<script");
              assertThat(script.data()).doesNotContain("<", "\u2028");
            });
  }

  @Test
  void listShowsEveryArticleThatCouldBeRecovered() throws IOException {
    CliRun run = CliRun.of("list", "--content", folder.root().toString(), "--json");

    List<Map<String, Object>> articles =
        JsonMapper.builder().build().readerForListOf(Map.class).readValue(run.out());
    assertThat(articles)
        .extracting(article -> (String) article.get("slug"))
        .contains(HostileFolder.GOOD_SLUGS.toArray(String[]::new))
        .contains("un-tag-enorme", "duemila-tag", "nomi-lunghi", "citazioni-annidate")
        .contains("elenco-annidato", "il-sommario-spezzato");
    assertThat(run.out()).doesNotContain(HostileFolder.SECRET);
  }
}
