package dev.redazione.extract;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads raw text pasted from a news page — no front matter — the way a careful editor would: finds
 * the headline, standfirst, section headings, dates, authors and tags, and removes page furniture
 * (ads, navigation, share and follow prompts, cookie banners, related-article blocks, author boxes,
 * disclaimers) into a record of removed lines, each with the rule that removed it.
 *
 * <p>It finds the article the way a reader does: the main text first ({@link MainText}), then the
 * headline, standfirst, byline and dateline around it; what lies outside it is furniture unless it
 * is metadata. The stages, in order: inline date markers; single-line furniture rules; reader
 * comments; tag lines; author boxes; related-article blocks; repeated lines; the main text; a date
 * glued to a line above it; headline and standfirst; datelines and bylines; lines outside the
 * article; body assembly with headings. A body much shorter than the text's longest run of prose is
 * reported ({@code MAIN_TEXT_LOST}). Missing or guessed values are reported as diagnostics, never
 * invented silently. Instances are stateless, immutable and thread-safe.
 */
public final class RawTextExtractor {

  private static final RawTextExtractor INSTANCE = new RawTextExtractor();
  private static final String NO_DATE =
      "nothing dates the article: no `date` marker and no dateline near the top or bottom"
          + " of the text";
  private static final String NO_TEXT =
      "the text has no prose to take a title or body from: every line is page furniture"
          + " or blank";
  private static final String EMPTY_BODY =
      "the article has a title but no body text left after removing page furniture";
  private static final String SENTENCE_SUBTITLE =
      "the short sentence under the title was taken as the standfirst; it may be the first"
          + " paragraph of the body";
  private static final String SENTENCE_TITLE =
      "the first line, taken as the title, ends with a full stop like a sentence; check that"
          + " it is a headline";

  /** A body keeps at least this share of the words of the text's longest run of prose. */
  static final double MAIN_TEXT_MIN_SHARE = 0.5;

  private RawTextExtractor() {}

  /** The extractor. */
  public static RawTextExtractor create() {
    return INSTANCE;
  }

  /**
   * Extracts an article from raw text.
   *
   * @param path the file's path relative to the content folder, for diagnostics
   * @param text the decoded text, BOM stripped, with {@code \n} line ends; line numbers in the
   *     result are 1-based lines of this text
   */
  public RawExtraction extract(String path, String text) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    List<SourceLine> lines = SourceLine.split(text);
    StopWords stopWords = StopWords.detect(lines.stream().map(SourceLine::text).toList());
    LineLedger ledger = new LineLedger(GluedStandfirst.split(lines, stopWords), stopWords);
    ArticleMetadata metadata = new ArticleMetadata(path);
    int proseRun = MainText.words(ledger, MainText.longestRun(ledger));
    DateMarkerReader.read(ledger, metadata);
    FurnitureRules.apply(ledger);
    MainText.Block core = MainText.longestRun(ledger);
    CommentThreadDetector.detect(ledger, core);
    TagLineReader.read(ledger, metadata);
    AuthorBoxDetector.detect(ledger, metadata);
    RelatedBlockDetector.detect(ledger, core);
    TableOfContentsDetector.detect(ledger, core);
    RepeatedLineRule.apply(ledger);
    MainText.Block block = MainText.locate(ledger);
    DatelineReader.readTrailing(ledger, metadata, block);
    HeadlineDetector.Headlines headlines = HeadlineDetector.detect(ledger, block);
    block = MainText.after(ledger, headlines.block(), headlines.subtitle());
    DatelineReader.read(ledger, metadata, block, headlines.title());
    OutsideArticleRule.apply(ledger, block, headlines.title());
    BodyAssembler.Assembled body = BodyAssembler.assemble(ledger, headlines.title() >= 0);

    List<Diagnostic> diagnostics = new ArrayList<>(metadata.diagnostics());
    RawExtraction.Builder result = RawExtraction.builder();
    title(path, ledger, headlines, body, diagnostics).ifPresent(result::title);
    if (headlines.subtitle() >= 0) {
      result.subtitle(lineValue(ledger, headlines.subtitle(), Origin.HEADING_LINE));
      if (ledger.shape(headlines.subtitle()).isTerminated()) {
        diagnostics.add(
            Diagnostic.info(
                path,
                ledger.number(headlines.subtitle()),
                DiagnosticCode.AMBIGUOUS_SUBTITLE.code(),
                SENTENCE_SUBTITLE));
      }
    }
    if (metadata.date().isEmpty()) {
      diagnostics.add(Diagnostic.info(path, 0, DiagnosticCode.NO_DATE.code(), NO_DATE));
    }
    int bodyWords = body.words();
    if (bodyWords < proseRun * MAIN_TEXT_MIN_SHARE) {
      diagnostics.add(
          Diagnostic.warning(
              path,
              0,
              DiagnosticCode.MAIN_TEXT_LOST.code(),
              "the body has "
                  + bodyWords
                  + " words but the text has a run of "
                  + proseRun
                  + " words of prose; furniture rules removed part of the article's text"));
    }
    if (body.parts().isEmpty() && headlines.title() >= 0) {
      diagnostics.add(
          Diagnostic.warning(
              path,
              ledger.number(headlines.title()),
              DiagnosticCode.EMPTY_BODY.code(),
              EMPTY_BODY));
    }
    metadata.date().ifPresent(result::date);
    metadata.updated().ifPresent(result::updated);
    return result
        .authors(metadata.authors(), metadata.authorsProvenance().orElse(null))
        .tags(metadata.tags(), metadata.tagsProvenance().orElse(null))
        .bodyMarkdown(body.markdown())
        .removed(ledger.removed())
        .diagnostics(diagnostics)
        .build();
  }

  /**
   * The headline line as title; without one, a title derived from the first sentence and a {@code
   * MISSING_TITLE} warning; without prose, no title and a {@code NO_TEXT} warning.
   */
  private static Optional<Extracted<String>> title(
      String path,
      LineLedger ledger,
      HeadlineDetector.Headlines headlines,
      BodyAssembler.Assembled body,
      List<Diagnostic> diagnostics) {
    if (headlines.title() >= 0) {
      int line = ledger.number(headlines.title());
      if (ledger.shape(headlines.title()).lastMark() == '.') {
        diagnostics.add(
            Diagnostic.info(path, line, DiagnosticCode.AMBIGUOUS_TITLE.code(), SENTENCE_TITLE));
      }
      if (ledger.isPartOfLine(headlines.title())) {
        diagnostics.add(
            Diagnostic.info(
                path,
                line,
                DiagnosticCode.GLUED_HEADLINE.code(),
                "the headline `"
                    + ledger.text(headlines.title())
                    + "` was split from the standfirst glued to it on line "
                    + line));
        return Optional.of(lineValue(ledger, headlines.title(), Origin.DERIVED));
      }
      return Optional.of(lineValue(ledger, headlines.title(), Origin.FIRST_LINE));
    }
    Optional<Paragraph> first = body.firstProse();
    if (first.isEmpty()) {
      diagnostics.add(Diagnostic.warning(path, 0, DiagnosticCode.NO_TEXT.code(), NO_TEXT));
      return Optional.empty();
    }
    int line = first.get().firstLine();
    String derived = TitleDeriver.derive(first.get().text(), ledger.stopWords());
    diagnostics.add(
        Diagnostic.warning(
            path,
            line,
            DiagnosticCode.MISSING_TITLE.code(),
            "no line reads as a headline; the title `"
                + derived
                + "` was derived from the first sentence (line "
                + line
                + ")"));
    return Optional.of(new Extracted<>(derived, Provenance.at(Origin.DERIVED, line)));
  }

  private static Extracted<String> lineValue(LineLedger ledger, int index, Origin origin) {
    return new Extracted<>(ledger.text(index), Provenance.at(origin, ledger.number(index)));
  }
}
