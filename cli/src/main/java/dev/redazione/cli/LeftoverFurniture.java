package dev.redazione.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds page furniture that cleaning left in a body: short paragraphs that read as navigation, ad
 * labels, share or subscribe prompts, teaser headings, copyright or comment lines. A long paragraph
 * that merely mentions a newsletter is prose, so only paragraphs of a few words are considered.
 */
final class LeftoverFurniture {

  /** Paragraphs longer than this are prose, whatever they mention. */
  static final int MAX_WORDS = 12;

  private static final List<Pattern> SHAPES =
      List.of(
          Pattern.compile(
              "^(pubblicit[aà]|advertisement|annuncio|sponsorizzato|contenuto sponsorizzato)$"),
          Pattern.compile("\\b(back to top|torna (su|in alto|all[’']inizio))\\b"),
          Pattern.compile("^home\\s*[›>»/|]"),
          Pattern.compile("\\S\\s*[›»]\\s*\\S.*[›»]"),
          Pattern.compile(
              "^(leggi anche|ti potrebbe(ro)? interessare|potrebbe(ro)? interessarti|articoli correlati|correlati)\\b"),
          Pattern.compile(
              "\\b(seguici|iscriviti|newsletter|google news|condividi (su|l[’']articolo)|share (on|this))\\b"),
          Pattern.compile(
              "\\b(riproduzione riservata|tutti i diritti riservati|all rights reserved)\\b"),
          Pattern.compile("\\b(cookie|accetta (tutti|tutto)|privacy policy)\\b"),
          Pattern.compile("^(lascia un commento|commenta|scrivi un commento|\\d+ commenti)\\b"),
          Pattern.compile("^tags?\\s*:"));

  private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^(#{1,6}\\s+|[-*+]\\s+|>\\s*)");
  private static final Pattern EMPHASIS = Pattern.compile("[*_`]");

  private LeftoverFurniture() {}

  /**
   * The paragraphs of a canonical Markdown body that look like furniture, as written in the
   * Markdown.
   */
  static List<String> find(String markdown) {
    List<String> found = new ArrayList<>();
    for (String paragraph : markdown.split("\\n\\s*\\n")) {
      String text = paragraph.strip();
      if (!text.isEmpty() && looksLikeFurniture(plain(text))) {
        found.add(text);
      }
    }
    return List.copyOf(found);
  }

  private static String plain(String paragraph) {
    String text = MARKDOWN_PREFIX.matcher(paragraph).replaceFirst("");
    return EMPHASIS.matcher(text).replaceAll("").strip().toLowerCase(Locale.ITALIAN);
  }

  private static boolean looksLikeFurniture(String text) {
    if (text.split("\\s+").length > MAX_WORDS) {
      return false;
    }
    return SHAPES.stream().anyMatch(shape -> shape.matcher(text).find());
  }
}
