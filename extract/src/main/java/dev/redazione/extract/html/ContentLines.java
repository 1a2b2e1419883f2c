package dev.redazione.extract.html;

import dev.redazione.extract.FurnitureCatalogue;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Takes short blocks out of the main content that are not article text: a line that the raw-text
 * extractor's own furniture rules recognise by itself ({@link FurnitureCatalogue}: share and follow
 * prompts, ad labels, reading times, copyright notices, "related" headers…, but not photo credits),
 * recorded with that rule; and the byline or dateline the metadata was read from, recorded as
 * {@code html-byline}. Stateless and thread-safe.
 */
final class ContentLines {

  private static final int MAX_LINE = 200;

  /**
   * Not applied: in a page a caption is marked up as one, and a credit belongs to its picture (the
   * raw-text rule exists because a pasted caption cannot be told from a paragraph).
   */
  private static final String IMAGE_CREDIT = "image-credit";

  private static final int MAX_BYLINE_EXTRA_WORDS = 8;
  private static final Set<String> LINES = Set.of("p", "li", "h2", "h3", "h4", "h5", "h6", "dd");

  private ContentLines() {}

  /**
   * Cleans the content.
   *
   * @param authors the names of the article's authors, to recognise its byline
   */
  static void clean(List<Element> content, List<String> authors, Removals removals) {
    for (Element root : content) {
      for (Element block : root.getAllElements()) {
        if (block == root
            || block.parent() == null
            || !LINES.contains(block.normalName())
            || Blocks.holdsBlock(block)) {
          continue;
        }
        String text = PageElements.textUpTo(block, MAX_LINE);
        if (text.isEmpty() || text.length() > MAX_LINE) {
          continue;
        }
        Optional<String> rule =
            FurnitureCatalogue.ruleOf(text).filter(r -> !r.equals(IMAGE_CREDIT));
        if (rule.isPresent()) {
          removals.remove(block, rule.get());
        } else if (isByline(text, authors)) {
          removals.remove(block, HtmlRule.BYLINE.ruleName());
        }
      }
    }
  }

  /** Whether the text names an author and little else: "di Mario Rossi · 4 marzo 2025". */
  private static boolean isByline(String text, List<String> authors) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String author : authors) {
      if (Words.containsPhrase(lower, author)
          && Words.of(text).size() <= Words.of(author).size() + MAX_BYLINE_EXTRA_WORDS) {
        return true;
      }
    }
    return false;
  }
}
