package dev.redazione.core;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The body of an article in three forms: canonical Markdown, sanitised HTML ready to embed in a
 * page, and plain text for counting, summaries and search. Immutable and thread-safe.
 *
 * <p>The HTML may be given, or rendered from the Markdown on first use by {@link #withLazyHtml}: a
 * loader then pays for HTML only for the bodies that are shown. Either way {@link #html()} always
 * returns the same text, and two bodies are equal when their three forms are.
 */
public final class Body {

  /** Reading speed used for {@link #readingMinutes()}, in words per minute. */
  public static final int WORDS_PER_MINUTE = 200;

  private static final Body EMPTY = new Body("", "", "");

  private final String markdown;
  private final String text;
  private final List<FigureCaption> captions;
  private final List<String> imageSources;

  /** The HTML given at construction, or null when {@link #renderer} renders it. */
  private final String givenHtml;

  private final Supplier<String> renderer;
  private volatile String renderedHtml;

  /**
   * The word count plus one once counted, 0 before: the default value means "not counted", so a
   * racy read is safe, as in {@link String#hashCode()}.
   */
  private int wordsPlusOne;

  /**
   * A body with all three forms; an empty body is empty strings, not nulls.
   *
   * @param markdown canonical Markdown
   * @param html sanitised HTML rendered from the Markdown
   * @param text plain text, paragraphs separated by blank lines
   */
  public Body(String markdown, String html, String text) {
    this(markdown, null, Objects.requireNonNull(html, "html"), text);
  }

  private Body(String markdown, Supplier<String> renderer, String html, String text) {
    this(markdown, renderer, html, text, List.of(), List.of());
  }

  private Body(
      String markdown,
      Supplier<String> renderer,
      String html,
      String text,
      List<FigureCaption> captions,
      List<String> imageSources) {
    this.markdown = Objects.requireNonNull(markdown, "markdown");
    this.renderer = renderer;
    this.givenHtml = html;
    this.text = Objects.requireNonNull(text, "text");
    this.captions = List.copyOf(captions);
    this.imageSources = List.copyOf(imageSources);
  }

  /**
   * This body with the captions of its figures (derived from the Markdown, as the text is, so they
   * take no part in equality).
   */
  public Body withCaptions(List<FigureCaption> captions) {
    return new Body(markdown, renderer, givenHtml, text, captions, imageSources);
  }

  /**
   * This body with the sources of its images, as {@link #imageSources()} gives them (derived from
   * the Markdown, as the captions are, so they take no part in equality).
   */
  public Body withImageSources(List<String> imageSources) {
    return new Body(markdown, renderer, givenHtml, text, captions, imageSources);
  }

  /**
   * A body whose HTML is rendered when first asked for and then kept (two threads asking at the
   * same moment may both render it, and get the same HTML).
   *
   * @param markdown canonical Markdown
   * @param renderer renders the sanitised HTML of {@code markdown}; it must give the same HTML
   *     every time and must not fail
   * @param text plain text, paragraphs separated by blank lines
   */
  public static Body withLazyHtml(String markdown, Supplier<String> renderer, String text) {
    return new Body(markdown, Objects.requireNonNull(renderer, "renderer"), null, text);
  }

  /** The empty body. */
  public static Body empty() {
    return EMPTY;
  }

  /** Canonical Markdown. */
  public String markdown() {
    return markdown;
  }

  /** Sanitised HTML rendered from the Markdown, ready to embed in a page. */
  public String html() {
    if (givenHtml != null) {
      return givenHtml;
    }
    String rendered = renderedHtml;
    if (rendered == null) {
      rendered = Objects.requireNonNull(renderer.get(), "the body's HTML renderer gave null");
      renderedHtml = rendered;
    }
    return rendered;
  }

  /**
   * Whether the HTML is rendered from the Markdown on first use ({@link #withLazyHtml}) rather than
   * given at construction; a copy of this body can then be made from its Markdown alone.
   */
  public boolean rendersHtmlOnFirstUse() {
    return givenHtml == null;
  }

  /** Plain text, paragraphs separated by blank lines. */
  public String text() {
    return text;
  }

  /** The captions of the body's figures, in order, each a paragraph of {@link #text()}. */
  public List<FigureCaption> captions() {
    return captions;
  }

  /**
   * The {@code src} attribute of each {@code img} element of {@link #html()}, in order, as the HTML
   * writes it, known without rendering the HTML; empty unless given by {@link #withImageSources}.
   */
  public List<String> imageSources() {
    return imageSources;
  }

  /** Whether the body has no text. */
  public boolean isEmpty() {
    return text.isBlank();
  }

  /**
   * Words in the plain text: runs of letters and digits; an apostrophe between two such runs joins
   * them, so an elided word such as {@code dell’IA} counts once. Counted on first use.
   */
  public int wordCount() {
    int plusOne = wordsPlusOne;
    if (plusOne == 0) {
      plusOne = countWords(text) + 1;
      wordsPlusOne = plusOne;
    }
    return plusOne - 1;
  }

  private static int countWords(String text) {
    int count = 0;
    boolean inWord = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean wordChar;
      if (c < 0x80) {
        wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      } else if (Character.isSurrogate(c)) {
        int codePoint = text.codePointAt(i);
        wordChar = isWordChar(codePoint);
        i += Character.charCount(codePoint) - 1;
      } else {
        wordChar = isWordChar(c);
      }
      if (wordChar) {
        if (!inWord) {
          count++;
          inWord = true;
        }
      } else if (!(inWord
          && isApostrophe(c)
          && i + 1 < length
          && isWordChar(text.codePointAt(i + 1)))) {
        inWord = false;
      }
    }
    return count;
  }

  /**
   * Estimated reading time in whole minutes at {@value #WORDS_PER_MINUTE} words a minute, at least
   * 1 for a non-empty body.
   */
  public int readingMinutes() {
    return readingMinutes(wordCount());
  }

  /** Reading time for a number of words, as {@link #readingMinutes()} computes it. */
  static int readingMinutes(int words) {
    return words == 0 ? 0 : Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
  }

  private static boolean isWordChar(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isApostrophe(int codePoint) {
    return codePoint == '\'' || codePoint == '\u2019';
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Body body
            && markdown.equals(body.markdown)
            && text.equals(body.text)
            && html().equals(body.html());
  }

  @Override
  public int hashCode() {
    return Objects.hash(markdown, text);
  }

  /** The three forms; HTML still to render shows as {@code (not rendered yet)}, and stays so. */
  @Override
  public String toString() {
    String html = givenHtml != null ? givenHtml : renderedHtml;
    return "Body[markdown="
        + markdown
        + ", html="
        + (html == null ? "(not rendered yet)" : html)
        + ", text="
        + text
        + "]";
  }
}
