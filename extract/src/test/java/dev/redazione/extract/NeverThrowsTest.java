package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Extraction never throws, whatever the text: random characters, random lines, mutated seeds. */
class NeverThrowsTest {

  private static final String ALPHABET =
      "abcdefghijklmnopqrstuvwxyzàèéìòù ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789 .,;:!?…'’“”«»-–—#>*|/\\()[]{}<>©@%&\u00A0\t\n\n\n";
  private static final List<String> FRAGMENTS =
      List.of(
          "Pubblicità",
          "di Mario Rossi",
          "Leggi anche",
          "12 febbraio 2023",
          "31/02/2023",
          "date 2025-13",
          "date 2025-01",
          "Home › Tech",
          "Tag: a, b",
          "Seguici",
          "Claudio Garau",
          "Pubblicato il 12/02/2023 alle 25:99",
          "...",
          "- ",
          "1. ",
          "",
          " ",
          "Aggiornato il",
          "L’autore",
          "# ",
          "> ");

  @Test
  void randomCharactersNeverMakeItThrow() {
    Random random = new Random(20250123L);
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(2000);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      assertExtracts(text.toString());
    }
  }

  @Test
  void randomFurnitureAndProseLinesNeverMakeItThrow() {
    Random random = new Random(42L);
    List<String> pool = new java.util.ArrayList<>(FRAGMENTS);
    for (String seed : List.of("001", "002", "003", "004")) {
      pool.addAll(List.of(ContentFolder.seedText(seed).split("\n")));
    }
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(40);
      for (int i = 0; i < lines; i++) {
        text.append(pool.get(random.nextInt(pool.size()))).append('\n');
      }
      assertExtracts(text.toString());
    }
  }

  @Test
  void mutatedSeedsNeverMakeItThrow() {
    Random random = new Random(7L);
    for (String seed : List.of("001", "002", "003", "004")) {
      String original = ContentFolder.seedText(seed);
      for (int round = 0; round < 100; round++) {
        StringBuilder text = new StringBuilder(original);
        for (int edits = random.nextInt(20); edits > 0 && text.length() > 0; edits--) {
          int at = random.nextInt(text.length());
          if (random.nextBoolean()) {
            text.deleteCharAt(at);
          } else {
            text.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
          }
        }
        assertExtracts(text.toString());
      }
    }
  }

  private static void assertExtracts(String text) {
    RawExtraction result = RawTextExtractor.create().extract("random.txt", text);
    assertThat(result.bodyMarkdown()).as("input:%n%s", text).isNotNull();
    assertThat(LineAccounting.lostLines(text, result)).as("input:%n%s", text).isEmpty();
  }
}
