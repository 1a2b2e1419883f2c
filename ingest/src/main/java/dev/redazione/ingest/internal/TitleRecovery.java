package dev.redazione.ingest.internal;

import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Heading;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers a title for a front-matter article that has none: the {@code title} line of a block that
 * could not be decoded, else the body's first heading, else a short title derived from the first
 * sentence (with a {@code MISSING_TITLE} warning, since it is not the author's). Stateless and
 * thread-safe.
 */
final class TitleRecovery {

  private static final Pattern TITLE_LINE =
      Pattern.compile(
          "^\\s*\"?(?:title|titolo)\"?\\s*[:=]\\s*[\"']?(.*?)[\"']?\\s*,?\\s*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=\\s|$)");
  private static final int MAX_DERIVED_LENGTH = 80;

  private TitleRecovery() {}

  /** Looks for a title line in a front-matter block that could not be decoded. */
  static void fromBrokenFrontMatter(SplitSource split, ArticleDraft draft) {
    String[] lines = split.frontMatter().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = TITLE_LINE.matcher(lines[i]);
      if (m.matches() && !m.group(1).isBlank()) {
        draft.title(
            m.group(1).strip(), Provenance.at(Origin.FRONT_MATTER, split.frontMatterLine() + i));
        return;
      }
    }
  }

  /**
   * Takes the first heading, else derives a title from the body text; no-op if there is no text.
   */
  static void fromBody(
      List<Heading> headings,
      String bodyText,
      int bodyLine,
      ArticleDraft draft,
      DiagnosticLog log) {
    if (!headings.isEmpty()) {
      draft.title(headings.get(0).text(), Provenance.of(Origin.HEADING_LINE));
      log.warning(
          0,
          DiagnosticCode.MISSING_TITLE.code(),
          "the article has no title; its first heading `" + headings.get(0).text() + "` is used");
      return;
    }
    derive(bodyText)
        .ifPresent(
            title -> {
              draft.title(title, Provenance.at(Origin.DERIVED, bodyLine));
              log.warning(
                  0,
                  DiagnosticCode.MISSING_TITLE.code(),
                  "the article has no title; `"
                      + title
                      + "` was derived from its first sentence; add a title");
            });
  }

  private static Optional<String> derive(String text) {
    String firstBlock = text.strip().split("\n", 2)[0].strip();
    if (firstBlock.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.empty();
    }
    Matcher end = SENTENCE_END.matcher(firstBlock);
    String sentence = end.find() ? firstBlock.substring(0, end.start()) : firstBlock;
    if (sentence.codePoints().noneMatch(Character::isLetterOrDigit)) {
      sentence = firstBlock;
    }
    if (sentence.length() <= MAX_DERIVED_LENGTH) {
      return Optional.of(sentence.strip());
    }
    int cut = sentence.lastIndexOf(' ', MAX_DERIVED_LENGTH);
    return Optional.of(sentence.substring(0, cut > 0 ? cut : MAX_DERIVED_LENGTH).strip() + "…");
  }
}
