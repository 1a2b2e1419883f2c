package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.testkit.Seeds;

/** The seed articles of the repository's {@code content/} folder, loaded as the site loads them. */
final class SeedArticles {

  private static final Archive ARCHIVE = ContentLoader.create().load(Seeds.folder()).archive();

  private SeedArticles() {}

  /** The archive of every seed. */
  static Archive archive() {
    return ARCHIVE;
  }

  /** The seed whose file name starts with this number, such as {@code "001"}. */
  static Article seed(String number) {
    return ARCHIVE.articles().stream()
        .filter(a -> a.report().source().path().startsWith(number + "_"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no seed " + number));
  }

  /** The seed number of an article read from the content folder, such as {@code "001"}. */
  static String number(Article article) {
    return article.report().source().path().substring(0, 3);
  }
}
