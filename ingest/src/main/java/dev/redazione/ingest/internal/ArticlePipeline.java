package dev.redazione.ingest.internal;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.SourceFormat;
import dev.redazione.extract.RawTextExtractor;
import dev.redazione.extract.html.HtmlPageExtractor;
import dev.redazione.ingest.ReadResult;
import java.util.List;
import java.util.Optional;

/**
 * The ingest pipeline in two steps, so a loader can decode every file before assembling raw
 * articles with the tags of the others: {@link #decode} (bytes, encoding, format) then {@link
 * #assemble} (front matter, raw text or an HTML page; body, article). Never throws on bad content:
 * an unexpected failure becomes an {@code INTERNAL_ERROR} diagnostic. Immutable and thread-safe.
 */
public final class ArticlePipeline {

  private final TextDecoder decoder = new TextDecoder();
  private final FormatDetector detector = new FormatDetector();
  private final FrontMatterArticleAssembler frontMatter;
  private final RawTextExtractor raw = RawTextExtractor.create();
  private final HtmlPageExtractor html = HtmlPageExtractor.create();
  private final ExtractionAssembler extracted;

  /** A pipeline with its stages. */
  public ArticlePipeline() {
    BodyRenderer bodyRenderer = new BodyRenderer();
    this.frontMatter = new FrontMatterArticleAssembler(bodyRenderer);
    this.extracted = new ExtractionAssembler(bodyRenderer);
  }

  /** Decodes a file's bytes and detects its format. */
  public DecodedFile decode(String path, byte[] bytes) {
    DiagnosticLog log = new DiagnosticLog(path);
    try {
      Optional<SourceText> text = decoder.decode(bytes, log);
      FrontMatterSyntax syntax = text.flatMap(t -> detector.detect(t.text())).orElse(null);
      boolean htmlPage =
          syntax == null && text.map(t -> detector.isHtmlPage(t.text())).orElse(false);
      return new DecodedFile(path, text.orElse(null), syntax, htmlPage, log.diagnostics());
    } catch (RuntimeException | StackOverflowError e) {
      log.error(
          0,
          DiagnosticCode.INTERNAL_ERROR.code(),
          "the file could not be decoded because of an unexpected error: " + e);
      return new DecodedFile(path, null, null, false, log.diagnostics());
    }
  }

  /** A file that could not be read from disk, for the reason given in words. */
  public DecodedFile unreadable(String path, String reason) {
    DiagnosticLog log = new DiagnosticLog(path);
    log.error(0, DiagnosticCode.READ_ERROR.code(), "the file cannot be read (" + reason + ")");
    return new DecodedFile(path, null, null, false, log.diagnostics());
  }

  /** A file that was not read, with the diagnostic that says why. */
  public DecodedFile skipped(String path, Diagnostic why) {
    return new DecodedFile(path, null, null, false, List.of(why));
  }

  /** Assembles the article of a decoded file, inferring tags of raw text with {@code inference}. */
  public ReadResult assemble(DecodedFile file, TagInference inference) {
    if (file.text().isEmpty()) {
      return ReadResult.failed(file.diagnostics());
    }
    DiagnosticLog log = new DiagnosticLog(file.path());
    log.addAll(file.diagnostics());
    try {
      SourceText text = file.text().get();
      Optional<Article> article =
          file.syntax().isPresent()
              ? frontMatter.assemble(text, file.syntax().get(), log)
              : file.isHtmlPage()
                  ? extracted.assemble(
                      html.extract(text.path(), text.text()),
                      SourceFormat.HTML_PAGE,
                      inference,
                      log)
                  : extracted.assemble(
                      raw.extract(text.path(), text.text()), SourceFormat.RAW_TEXT, inference, log);
      return article.map(ReadResult::of).orElseGet(() -> ReadResult.failed(log.diagnostics()));
    } catch (RuntimeException | StackOverflowError e) {
      log.error(
          0,
          DiagnosticCode.INTERNAL_ERROR.code(),
          "the article could not be read because of an unexpected error: " + e);
      return ReadResult.failed(log.diagnostics());
    }
  }
}
