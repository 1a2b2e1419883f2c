package dev.redazione.site.internal;

import dev.redazione.core.Article;

/** Short texts about an article for cards and meta descriptions. */
final class Excerpt {

  private Excerpt() {}

  /**
   * The subtitle, else the summary, else the opening of the body, cut to {@code maxLength} at a
   * word.
   */
  static String of(Article article, int maxLength) {
    String text = article.subtitle().or(article::summary).orElseGet(() -> withoutTitle(article));
    return cut(text.strip().replaceAll("\\s+", " "), maxLength);
  }

  /** The body text, without its opening when that repeats the title (a title derived from it). */
  private static String withoutTitle(Article article) {
    String text = article.body().text().strip();
    String title = article.title();
    if (text.startsWith(title) && text.length() > title.length()) {
      return text.substring(title.length()).replaceFirst("^[\\s.,;:–—-]+", "");
    }
    return text;
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
