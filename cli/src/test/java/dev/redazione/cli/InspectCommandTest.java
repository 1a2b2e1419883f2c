package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.testkit.ArticleTexts;
import dev.redazione.testkit.Seeds;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {

  @TempDir Path temp;
  private ContentFolder content;

  @BeforeEach
  void writeArticle() {
    content =
        new ContentFolder(temp)
            .with(
                "bilancio.md",
                "---\ntitle: Bilancio approvato\nsubtitle: Via libera al piano\ndate: 2024-03-15\n"
                    + "author: Giulia Neri\ntags: [Comune, Bilancio]\n---\n\n"
                    + ArticleTexts.PARAGRAPH
                    + "\n\n## Le prossime tappe\n\n"
                    + ArticleTexts.PARAGRAPH
                    + "\n");
  }

  @Test
  void slugShowsEveryFieldWithItsProvenance() {
    CliRun run = CliRun.of("inspect", "bilancio-approvato", "--content", content.arg());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly(
            temp.resolve("bilancio.md") + " (FRONT_MATTER_MARKDOWN)",
            "  slug        bilancio-approvato  [DERIVED]",
            "  title       Bilancio approvato  [FRONT_MATTER, line 2]",
            "  subtitle    Via libera al piano  [FRONT_MATTER, line 3]",
            "  date        2024-03-15  [FRONT_MATTER, line 4]",
            "  updated     (none)",
            "  authors     Giulia Neri  [FRONT_MATTER, line 5]",
            "  tags        Comune, Bilancio  [FRONT_MATTER, line 6]",
            "  categories  (none)",
            "  image       (none)",
            "  summary     (none)",
            "  words       83 (1 min)",
            "headings (1)",
            "  ## Le prossime tappe",
            "removed lines (0)",
            "diagnostics (0)");
  }

  @Test
  void fileInsideTheContentFolderIsShownAsTheSiteSeesIt() {
    CliRun bySlug = CliRun.of("inspect", "bilancio-approvato", "--content", content.arg());
    CliRun byFile =
        CliRun.of("inspect", temp.resolve("bilancio.md").toString(), "--content", content.arg());

    assertThat(byFile.out()).isEqualTo(bySlug.out());
  }

  @Test
  void jsonIsTheCanonicalJsonOfTheArticle() throws Exception {
    CliRun run = CliRun.of("inspect", "bilancio-approvato", "--content", content.arg(), "--json");

    Map<String, Object> json =
        JsonMapper.builder().build().readerForMapOf(Object.class).readValue(run.out());
    assertThat(json)
        .containsOnlyKeys(
            "slug",
            "title",
            "subtitle",
            "date",
            "updated",
            "authors",
            "tags",
            "categories",
            "image",
            "summary",
            "headings",
            "bodyMarkdown",
            "bodyHtml",
            "wordCount",
            "readingMinutes",
            "source",
            "provenance",
            "removed",
            "diagnostics")
        .containsEntry("title", "Bilancio approvato")
        .containsEntry("date", "2024-03-15");
  }

  @Test
  void unknownSlugIsAUsageError() {
    CliRun run = CliRun.of("inspect", "non-esiste", "--content", content.arg());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .first()
        .isEqualTo(
            "redazione inspect: `non-esiste` is neither a file nor the slug of an article in `"
                + temp
                + "`; `redazione list` shows the slugs");
  }

  @Test
  void rawSeedShowsTheRawFormatAndWhereTheTitleCameFrom() {
    Path seeds = Seeds.copyTo(temp.resolve("seeds"));

    CliRun run = CliRun.of("inspect", seeds.resolve(Seeds.file("004").getFileName()).toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines().get(0)).endsWith("004_3be773e4a04ceacb.txt (RAW_TEXT)");
    assertThat(run.outLines())
        .contains(
            "  title       Microsoft e OpenAI: partnership strategica verso il futuro dell’IA generativa  [FIRST_LINE, line 1]");
  }

  @Test
  void fileThatGivesNoArticleFailsWithItsDiagnostics() {
    content.with("vuoto.md", "");

    CliRun run =
        CliRun.of("inspect", temp.resolve("vuoto.md").toString(), "--content", content.arg());

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT_ERRORS);
    assertThat(run.errLines())
        .last()
        .isEqualTo(temp.resolve("vuoto.md") + ": no article could be read");
  }
}
