package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Generates near-duplicates of an article, as a newsroom republishing an agency report would: the
 * same title, sentences reordered, about one in six sentences dropped, about one word in ten
 * dropped. Deterministic for a seed.
 */
final class NearDuplicates {

  private NearDuplicates() {}

  /** A rewrite of the article, with the given date (ISO, or {@code null} for undated). */
  static Article rewrite(Article article, long seed, String date) {
    Random random = new Random(seed);
    List<String> sentences =
        new ArrayList<>(List.of(article.body().text().split("(?<=[.!?])\\s+")));
    Collections.shuffle(sentences, random);
    List<String> kept = new ArrayList<>();
    for (String sentence : sentences) {
      if (random.nextInt(6) != 0 || kept.isEmpty()) {
        kept.add(dropWords(sentence, random));
      }
    }
    String text = String.join(" ", kept);
    Slug slug = Slug.of("copia " + seed + " " + article.title());
    return article.toBuilder()
        .slug(slug)
        .date(date == null ? null : PublicationDate.parse(date))
        .body(new Body(text, "<p>" + text + "</p>", text))
        .source(new Source("riscritture/" + slug + ".md", article.report().source().format()))
        .build();
  }

  private static String dropWords(String sentence, Random random) {
    List<String> words = new ArrayList<>();
    for (String word : sentence.split(" ")) {
      if (random.nextInt(10) != 0) {
        words.add(word);
      }
    }
    return String.join(" ", words);
  }
}
