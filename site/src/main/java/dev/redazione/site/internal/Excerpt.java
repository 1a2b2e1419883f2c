package dev.redazione.site.internal;

import dev.redazione.core.Article;

/** Short texts about an article for cards and meta descriptions. */
final class Excerpt {

  private Excerpt() {}

  /**
   * The subtitle ({@link Standfirst}), else the summary, else the opening of the body, cut to
   * {@code maxLength} at a word.
   */
  static String of(Article article, int maxLength) {
    String text =
        Standfirst.of(article).or(article::summary).orElseGet(() -> withoutTitle(article));
    return cut(text.strip().replaceAll("\\s+", " "), maxLength);
  }

  /**
   * The body text, without its opening when that is the title as a whole sentence or line (a
   * headline repeated in the body). A title derived from the start of a longer sentence is kept, so
   * the text still starts at a sentence's start.
   */
  private static String withoutTitle(Article article) {
    String text = article.body().text().strip();
    String title = article.title().strip();
    if (!text.startsWith(title) || text.length() == title.length()) {
      return text;
    }
    boolean wholeSentence =
        title.matches(".*[.!?…:]$")
            || text.substring(title.length()).matches("(?s)^([.!?…:]+\\s|[ \\t]*\\R).*");
    if (!wholeSentence) {
      return text;
    }
    return text.substring(title.length()).replaceFirst("^[\\s.,;:!?…–—-]+", "");
  }

  /** The text cut at the last word boundary within {@code maxLength}, with an ellipsis when cut. */
  static String cut(String text, int maxLength) {
    if (text.length() <= maxLength) {
      return text;
    }
    int space = text.lastIndexOf(' ', maxLength - 1);
    String head = text.substring(0, space > maxLength / 2 ? space : maxLength - 1);
    return head.replaceAll("[\\s,;:.–—-]+$", "") + "…";
  }
}
