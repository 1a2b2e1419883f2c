package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.ArticleTexts;
import dev.redazione.testkit.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  @TempDir Path temp;
  private Path seeds;
  private Path target;

  @BeforeEach
  void copySeeds() {
    seeds = Seeds.copyTo(temp.resolve("incollati"));
    target = temp.resolve("content");
  }

  private String[] importArgs(String... options) {
    List<String> args = new ArrayList<>(List.of("import"));
    Seeds.files().forEach(seed -> args.add(seeds.resolve(seed.getFileName()).toString()));
    args.addAll(List.of("--to", target.toString()));
    args.addAll(List.of(options));
    return args.toArray(String[]::new);
  }

  private List<Path> written() throws IOException {
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(target)) {
      return files.sorted().toList();
    }
  }

  private List<String> wroteLines(CliRun run, String verb) {
    return run.outLines().stream().filter(l -> l.startsWith(verb + " ")).toList();
  }

  @Test
  void writesOneSlugNamedMarkdownFilePerInputAndKeepsTheOriginals() throws IOException {
    CliRun run = CliRun.of(importArgs());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(written()).hasSize(5).allMatch(f -> f.getFileName().toString().endsWith(".md"));
    assertThat(wroteLines(run, "wrote"))
        .containsExactlyInAnyOrderElementsOf(written().stream().map(f -> "wrote " + f).toList());
    for (Path seed : Seeds.files()) {
      assertThat(seeds.resolve(seed.getFileName())).hasSameBinaryContentAs(seed);
    }
    assertThat(run.outLines())
        .last()
        .isEqualTo("5 imported (0 with errors), 0 unreadable, 0 refused");
  }

  @Test
  void reportShowsEachFieldWithProvenanceAndTheRemovedLines() {
    CliRun run = CliRun.of(importArgs("--dry-run"));

    assertThat(run.outLines())
        .contains(seeds.resolve("000_02faa98d529d078a.txt") + " (FRONT_MATTER_MARKDOWN)")
        .contains("  slug        microsoft-openai  [FRONT_MATTER, line 2]")
        .contains("  date        2023-02-12  [FRONT_MATTER, line 7]");
    assertThat(run.outLines().stream().filter(l -> l.startsWith("removed lines ("))).hasSize(5);
    assertThat(run.outLines().stream().filter(l -> l.startsWith("  title "))).hasSize(5);
  }

  @Test
  void rawTextsGetTheTagsOfTheFrontMatterFilesImportedWithThem() {
    CliRun run = CliRun.of(importArgs("--dry-run"));

    assertThat(run.outLines())
        .filteredOn(l -> l.startsWith("  tags ") && l.endsWith("[INFERRED]"))
        .hasSize(4)
        .allMatch(l -> l.contains("OpenAI") && l.contains("Microsoft"));
  }

  @Test
  void dryRunWritesNothing() throws IOException {
    CliRun run = CliRun.of(importArgs("--dry-run"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(written()).isEmpty();
    assertThat(wroteLines(run, "would write")).hasSize(5);
    assertThat(run.outLines()).last().asString().startsWith("dry run, nothing written: 5 imported");
  }

  @Test
  void existingFileIsNeverOverwrittenWithoutForce() throws IOException {
    CliRun.of(importArgs());
    Path first = written().get(0);
    Files.writeString(first, "modificato a mano");

    CliRun again = CliRun.of(importArgs());

    assertThat(again.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(again.errLines())
        .hasSize(5)
        .contains(first + ": error: already exists; use --force to overwrite it");
    assertThat(first).hasContent("modificato a mano");
  }

  @Test
  void secondFileWithTheSameSlugInOneImportGetsANumberedSlug() throws IOException {
    Path first = temp.resolve("primo.md");
    Path second = temp.resolve("secondo.md");
    Files.writeString(first, ArticleTexts.dated("Bilancio approvato", "2024-03-15", "Comune", 2));
    Files.writeString(second, ArticleTexts.dated("Bilancio approvato", "2024-03-16", "Comune", 2));

    CliRun run =
        CliRun.of("import", first.toString(), second.toString(), "--to", target.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(written())
        .containsExactly(
            target.resolve("bilancio-approvato-2.md"), target.resolve("bilancio-approvato.md"));
    assertThat(run.outLines())
        .contains(
            "  "
                + second
                + ": warning: DUPLICATE_SLUG slug `bilancio-approvato` is taken by another file of this"
                + " import; written as `bilancio-approvato-2`");
    assertThat(target.resolve("bilancio-approvato-2.md")).content().contains("date: 2024-03-16");
  }

  @Test
  void forceNeverWritesThroughALinkAtTheDestination(@TempDir Path elsewhere) throws IOException {
    CliRun.of(importArgs());
    Path first = written().get(0);
    Path outside = Files.writeString(elsewhere.resolve("altro.md"), "non toccarmi");
    Files.delete(first);
    Files.createSymbolicLink(first, outside);

    CliRun forced = CliRun.of(importArgs("--force"));

    assertThat(forced.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(forced.errLines())
        .contains(
            first
                + ": error: is a symbolic link; not written through or replaced, even with"
                + " --force; remove it first");
    assertThat(outside).hasContent("non toccarmi");
    assertThat(Files.isSymbolicLink(first)).isTrue();
  }

  @Test
  void forceReplacesTheFileWholeAndLeavesNoTemporaryFile() throws IOException {
    CliRun.of(importArgs());
    Path first = written().get(0);
    Path hardLink = temp.resolve("stesso-file.md");
    Files.createLink(hardLink, first);
    Files.writeString(first, "modificato a mano");

    CliRun forced = CliRun.of(importArgs("--force"));

    assertThat(forced.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(first)).startsWith("---\n");
    assertThat(hardLink)
        .as("the old file was replaced, not rewritten in place")
        .hasContent("modificato a mano");
    assertThat(written()).noneMatch(file -> file.getFileName().toString().startsWith("."));
  }

  @Test
  void forceOverwrites() throws IOException {
    CliRun.of(importArgs());
    Path first = written().get(0);
    Files.writeString(first, "modificato a mano");

    CliRun forced = CliRun.of(importArgs("--force"));

    assertThat(forced.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(Files.readString(first)).startsWith("---\n").isNotEqualTo("modificato a mano");
  }

  @Test
  void missingInputIsNotFoundAndTheOthersAreImported() throws IOException {
    CliRun run =
        CliRun.of(
            "import",
            temp.resolve("manca.txt").toString(),
            seeds.resolve("001_e7c281f085c722e3.txt").toString(),
            "--to",
            target.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).contains(temp.resolve("manca.txt") + ": error: not found");
    assertThat(run.outLines())
        .last()
        .isEqualTo("1 imported (0 with errors), 0 unreadable, 0 refused, 1 not found");
    assertThat(written()).hasSize(1);
  }

  @Test
  void aRawTextImportedIntoAnEmptyFolderSaysWhereTagsComeFrom() {
    CliRun run =
        CliRun.of(
            "import",
            seeds.resolve("001_e7c281f085c722e3.txt").toString(),
            "--to",
            target.toString(),
            "--dry-run");

    assertThat(run.outLines()).noneMatch(l -> l.endsWith("[INFERRED]"));
    assertThat(run.errLines())
        .contains(
            "import: note: no archive tags to infer: "
                + target
                + " has no tagged articles; use --tags-from DIR to infer the tags of another"
                + " content folder");
  }

  @Test
  void tagsFromInfersTheTagsOfAnotherContentFolder() {
    Path archive = temp.resolve("archivio");
    Seeds.copyTo(archive);

    CliRun run =
        CliRun.of(
            "import",
            seeds.resolve("001_e7c281f085c722e3.txt").toString(),
            "--to",
            target.toString(),
            "--tags-from",
            archive.toString(),
            "--dry-run");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .filteredOn(l -> l.startsWith("  tags ") && l.endsWith("[INFERRED]"))
        .singleElement()
        .asString()
        .contains("OpenAI", "Microsoft");
    assertThat(run.err()).doesNotContain("no archive tags");
  }

  @Test
  void roundTripImportThenValidateCleanThenInspectGivesTheArticlesTheFolderGives()
      throws Exception {
    assertThat(CliRun.of(importArgs()).exitCode()).isEqualTo(ExitCode.OK);

    CliRun validate = CliRun.of("validate", "--content", target.toString());
    assertThat(validate.exitCode()).as(validate.toString()).isEqualTo(ExitCode.OK);
    assertThat(validate.outLines()).noneMatch(l -> l.contains(": error: "));

    for (Path seed : Seeds.files()) {
      String original =
          CliRun.of(
                  "inspect",
                  seeds.resolve(seed.getFileName()).toString(),
                  "--content",
                  seeds.toString(),
                  "--json")
              .out();
      String slug = CanonicalFields.of(original).slug();
      CliRun imported = CliRun.of("inspect", slug, "--content", target.toString(), "--json");
      assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(ExitCode.OK);
      assertThat(CanonicalFields.of(imported.out()))
          .as(seed.toString())
          .isEqualTo(CanonicalFields.of(original));
    }
  }
}
