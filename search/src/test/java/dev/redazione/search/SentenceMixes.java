package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.testkit.TestArticles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Generates unrelated articles that look alike: each is 30 to 45 sentences drawn at random from the
 * same texts, so any two share many sentences and most of their words without reporting the same
 * news. Dated within January 2025, one in three undated. Deterministic for a seed.
 */
final class SentenceMixes {

  private SentenceMixes() {}

  /** {@code count} mixes of the sentences of these articles' bodies. */
  static List<Article> of(List<Article> sources, int count, long seed) {
    List<String> sentences = new ArrayList<>();
    for (Article source : sources) {
      for (String sentence : source.body().text().split("(?<=[.!?])\\s+")) {
        if (sentence.split("\\s+").length >= 8) {
          sentences.add(sentence.strip());
        }
      }
    }
    Random random = new Random(seed);
    List<Article> mixes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder text = new StringBuilder();
      for (int s = 30 + random.nextInt(16); s > 0; s--) {
        text.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
      }
      List<String> words =
          Arrays.asList(sentences.get(random.nextInt(sentences.size())).split(" "));
      String title = "Miscela " + i + " " + String.join(" ", words.subList(0, 6));
      String date = i % 3 == 0 ? null : String.format("2025-01-%02d", 1 + random.nextInt(28));
      mixes.add(TestArticles.article(title, date, text.toString().strip(), "OpenAI"));
    }
    return mixes;
  }
}
