package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.testkit.ArticleTexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListCommandTest {

  @TempDir Path temp;
  private ContentFolder content;

  @BeforeEach
  void writeArticles() {
    content =
        new ContentFolder(temp)
            .with(
                "bilancio.md",
                ArticleTexts.dated("Bilancio approvato", "2024-03-15", "Comune, Bilancio", 3))
            .with(
                "piste.md",
                ArticleTexts.dated("Nuove piste ciclabili", "2025-01-20", "comune, Mobilità", 3))
            .with("senza-data.md", "---\ntitle: Lavori in corso\n---\n\n" + ArticleTexts.body(3));
  }

  @Test
  void printsATableNewestFirstUndatedLastThenACount() {
    CliRun run = CliRun.of("list", "--content", content.arg());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly(
            "SLUG                   DATE        TITLE                  TAGS",
            "nuove-piste-ciclabili  2025-01-20  Nuove piste ciclabili  comune, Mobilità",
            "bilancio-approvato     2024-03-15  Bilancio approvato     Comune, Bilancio",
            "lavori-in-corso        -           Lavori in corso",
            "3 articles");
  }

  @Test
  void tagFilterMatchesAnySpellingOfTheTag() {
    CliRun run = CliRun.of("list", "--content", content.arg(), "--tag", "COMUNE");

    assertThat(run.outLines()).hasSize(4).last().isEqualTo("2 articles");
  }

  @Test
  void yearFilterKeepsOnlyThatYear() {
    CliRun run = CliRun.of("list", "--content", content.arg(), "--year", "2024");

    assertThat(run.outLines())
        .containsExactly(
            "SLUG                DATE        TITLE               TAGS",
            "bilancio-approvato  2024-03-15  Bilancio approvato  Comune, Bilancio",
            "1 article");
  }

  @Test
  void jsonIsAnArrayOfSlugDateTitleTagsAndPath() throws Exception {
    CliRun run = CliRun.of("list", "--content", content.arg(), "--json");

    List<Map<String, Object>> articles =
        JsonMapper.builder().build().readerForListOf(Map.class).readValue(run.out());
    assertThat(articles).hasSize(3);
    assertThat(articles.get(1))
        .containsExactly(
            Map.entry("slug", "bilancio-approvato"),
            Map.entry("date", "2024-03-15"),
            Map.entry("title", "Bilancio approvato"),
            Map.entry("tags", List.of("Comune", "Bilancio")),
            Map.entry("path", temp.resolve("bilancio.md").toString()));
    assertThat(articles.get(2)).containsEntry("date", null);
  }

  @Test
  void tagWithoutLettersIsAUsageError() {
    CliRun run = CliRun.of("list", "--content", content.arg(), "--tag", "!!");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).first().isEqualTo("redazione list: tag `!!` has no letter or digit");
  }

  @Test
  void contentFolderDefaultsToTheFolderTheLauncherNames() {
    System.setProperty(ContentOption.DEFAULT_PROPERTY, content.arg());
    try {
      CliRun run = CliRun.of("list");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
      assertThat(run.outLines()).last().isEqualTo("3 articles");
      assertThat(CliRun.of("list", "--help").out()).contains(content.arg());
    } finally {
      System.clearProperty(ContentOption.DEFAULT_PROPERTY);
    }
  }
}
