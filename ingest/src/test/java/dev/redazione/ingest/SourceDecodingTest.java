package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.Severity;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bytes into text: encodings, line ends, spaces, and files that hold no article. */
class SourceDecodingTest {

  private static ReadResult read(byte[] bytes) {
    return ArticleReader.create().read("file.txt", bytes);
  }

  @Test
  void fallsBackToWindows1252ForItalianBytesThatAreNotUtf8() {
    byte[] bytes =
        "Perché l’IA è qui\n\nUn’analisi “seria” di più città.\n"
            .getBytes(Charset.forName("windows-1252"));

    ReadResult result = read(bytes);

    assertThat(result.article())
        .hasValueSatisfying(
            a -> {
              assertThat(a.title()).isEqualTo("Perché l’IA è qui");
              assertThat(a.body().text()).isEqualTo("Un’analisi “seria” di più città.");
            });
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("ENCODING_FALLBACK"))
        .singleElement()
        .satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void fallsBackToIso88591WhenBytesAreNotWindows1252Either() {
    byte[] bytes = {
      'T', 'i', 't', 'o', 'l', 'o', ' ', (byte) 0x81, '\n', '\n', 'T', 'e', 's', 't', 'o'
    };

    assertThat(read(bytes).article())
        .hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("Titolo \u0081"));
  }

  @Test
  void stripsUtf8ByteOrderMark() {
    byte[] text = "Titolo\n\nTesto.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);

    assertThat(read(bytes).article())
        .hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("Titolo"));
  }

  @Test
  void normalisesCrlfNoBreakSpacesAndTrailingBlanksButKeepsTypographicQuotes() {
    String text =
        "Il nuovo accordo tra Microsoft e OpenAI  \r\n\r\n"
            + "La pubblicità\u00A0e l’“IA” cambiano il mercato della rete.\t \r\n";
    Article article = read(text.getBytes(StandardCharsets.UTF_8)).article().orElseThrow();

    assertThat(article.title()).isEqualTo("Il nuovo accordo tra Microsoft e OpenAI");
    assertThat(article.body().markdown())
        .isEqualTo("La pubblicità e l’“IA” cambiano il mercato della rete.");
  }

  @Test
  void emptyFileIsAnError() {
    ReadResult result = read(new byte[0]);

    assertThat(result.article()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .isEqualTo(
                        "file.txt: error: EMPTY_FILE the file is empty; expected an article"));
  }

  @Test
  void blankFileIsAnError() {
    assertThat(read(" \n\r\n\t\n".getBytes(StandardCharsets.UTF_8)).diagnostics())
        .extracting(d -> d.code())
        .containsExactly("EMPTY_FILE");
  }

  @Test
  void binaryBytesAreAnError() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };

    ReadResult result = read(png);

    assertThat(result.article()).isEmpty();
    assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("BINARY_FILE");
  }

  @Test
  void textWithoutProseGivesNoArticle() {
    ReadResult result = read("* * *\n\n…\n".getBytes(StandardCharsets.UTF_8));

    assertThat(result.article()).isEmpty();
    assertThat(result.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.code()).isEqualTo("NO_ARTICLE");
            });
  }

  @Test
  void fileOfOnlyFurnitureLosesNoLineSilently() {
    String furniture =
        "back to top\nHome › Tecnologia › IA\nPubblicità\nIscriviti alla newsletter\nSeguici\n"
            + "Riproduzione riservata ©\n";

    ReadResult result = read(furniture.getBytes(StandardCharsets.UTF_8));

    if (result.article().isEmpty()) {
      assertThat(result.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR);
      return;
    }
    Article article = result.article().get();
    for (String line : furniture.split("\n")) {
      assertThat(accountedFor(article, line))
          .as("line `%s` is in the article or recorded as removed", line)
          .isTrue();
    }
  }

  private static boolean accountedFor(Article article, String line) {
    return article.title().equals(line)
        || article.subtitle().filter(line::equals).isPresent()
        || article.body().text().contains(line)
        || article.report().removed().stream().anyMatch(r -> r.text().strip().equals(line))
        || article.authors().stream().anyMatch(a -> line.contains(a.name()));
  }

  @Test
  void readsAFiveMegabyteFileQuickly() {
    StringBuilder text = new StringBuilder("---\ntitle: Lungo\n---\n");
    String paragraph =
        "Microsoft e OpenAI ridefiniscono la loro partnership strategica con nuovi accordi. "
                .repeat(10)
            + "\n\n";
    while (text.length() < 5_000_000) {
      text.append(paragraph);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);

    long start = System.nanoTime();
    Article article = read(bytes).article().orElseThrow();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(article.wordCount()).isGreaterThan(500_000);
    assertThat(elapsed).isLessThan(Duration.ofSeconds(20));
  }
}
