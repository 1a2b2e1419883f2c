package dev.redazione.extract;

import java.util.Objects;
import java.util.Optional;

/**
 * The extractor's furniture rules that judge a line by itself, offered for checks of finished
 * bodies (such as {@code validate}'s leftover-furniture check): the single-line rules, the
 * related-article header and inline teaser, and the tag line. Rules that need a line's neighbours
 * (author boxes, comment threads, repeated lines, masthead, tables of contents, dated teasers) are
 * not in it. Stateless and thread-safe.
 */
public final class FurnitureCatalogue {

  private FurnitureCatalogue() {}

  /**
   * The name of the rule that recognises one line of text as page furniture, as recorded in {@link
   * dev.redazione.core.RemovedLine#rule()}, or empty when the line is not furniture by itself.
   *
   * <p>A line without letters or digits is not judged: in a finished body it is structure (a
   * thematic break), not a separator left behind.
   *
   * @param line one line or paragraph of plain text (no Markdown markup)
   */
  public static Optional<String> ruleOf(String line) {
    Objects.requireNonNull(line, "line");
    LineShape shape = LineShape.of(LineNormalizer.normalize(line));
    if (shape.words() == 0) {
      return Optional.empty();
    }
    Optional<FurnitureRule> rule = FurnitureRules.match(shape);
    if (rule.isPresent()) {
      return Optional.of(rule.get().name().id());
    }
    if (RelatedBlockDetector.isHeader(shape) || RelatedBlockDetector.isInlineTeaser(shape)) {
      return Optional.of(RuleName.RELATED_BLOCK.id());
    }
    if (TagLineReader.parse(shape.text()).isPresent()) {
      return Optional.of(RuleName.TAG_LINE.id());
    }
    return Optional.empty();
  }
}
