package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.redazione.core.Diagnostic;
import dev.redazione.testkit.Seeds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reading never throws and never fails internally: on random bytes, and on the seeds, the fuzz
 * seeds and tricky front matter mutated byte by byte or spliced with fragments (seeded, so a
 * failure is reproducible). Every result is an article or a located reason, never an {@code
 * INTERNAL_ERROR}.
 */
class NeverThrowsPropertyTest {

  private static final long SEED = 20_260_323L;
  private static final int CASES = 3_000;
  private static final String[] FRAGMENTS = {
    "---\n",
    "+++\n",
    "{",
    "}",
    "\"",
    "title: ",
    "date: 2025-13-45\n",
    "tags: 42\n",
    "![a] (b)\n",
    "*c*\n",
    "{{< figure src=x >}}",
    "{% raw %}",
    "<!--more-->",
    "<script>",
    "\r\n",
    "\u00A0",
    "\uFEFF",
    "# ",
    "> ",
    "|a|b|\n",
    "```\n",
    "[x](javascript:y)",
    "image: {path: 1}\n",
    "&nbsp;",
    "- - -\n",
    "\t",
    "::",
    "&#0;",
    "t: &a [x]\n",
    "tags: *a\n",
    "> > > > > > > >",
    "***",
    "![![",
    "](u)",
    "&#xD800;",
    ".\n"
  };

  @Test
  void neverThrowsOnRandomOrMutatedBytes() {
    Random random = new Random(SEED);
    List<byte[]> corpus = corpus();
    ArticleReader reader =
        ArticleReader.create().withKnownTags(List.of(dev.redazione.core.Tag.of("OpenAI")));
    for (int i = 0; i < CASES; i++) {
      byte[] input =
          switch (i % 3) {
            case 0 -> randomBytes(random);
            case 1 -> mutate(corpus.get(random.nextInt(corpus.size())), random);
            default -> splice(corpus.get(random.nextInt(corpus.size())), random);
          };
      int index = i;
      assertThatCode(
              () -> {
                ReadResult result = reader.read("case-" + index + ".md", input);
                assertThat(result.article().isPresent() || !result.diagnostics().isEmpty())
                    .isTrue();
                assertThat(result.diagnostics())
                    .extracting(Diagnostic::code)
                    .as("diagnostics of case %d: %s", index, result.diagnostics())
                    .doesNotContain("INTERNAL_ERROR");
                result.article().ifPresent(ArticleJson::write);
                result.article().ifPresent(CanonicalMarkdown::write);
              })
          .as("case %d (seed %d)", i, SEED)
          .doesNotThrowAnyException();
    }
  }

  private static List<byte[]> corpus() {
    List<byte[]> corpus = new ArrayList<>();
    try (Stream<Path> files = Files.list(Seeds.folder())) {
      for (Path file : files.sorted().toList()) {
        corpus.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    corpus.add(
        "+++\ntitle = \"T\"\ndate = 2016-04-24T12:09:19Z\n+++\nTesto.\n"
            .getBytes(StandardCharsets.UTF_8));
    corpus.add(
        "{\n\"title\": \"T\", \"tags\": [\"a\"]\n}\nTesto.\n".getBytes(StandardCharsets.UTF_8));
    Path fuzzSeeds = Path.of("src/test/resources/dev/redazione/ingest/ArticleReaderFuzzTestInputs");
    try (Stream<Path> files = Files.walk(fuzzSeeds)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        corpus.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return corpus;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(2_000)];
    random.nextBytes(bytes);
    return bytes;
  }

  private static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    int mutations = 1 + random.nextInt(20);
    for (int m = 0; m < mutations && bytes.length > 0; m++) {
      bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
    }
    return bytes;
  }

  private static byte[] splice(byte[] original, Random random) {
    String text = new String(original, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(text);
    int insertions = 1 + random.nextInt(8);
    for (int m = 0; m < insertions; m++) {
      int at = out.length() == 0 ? 0 : random.nextInt(Math.min(out.length(), 600));
      out.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
