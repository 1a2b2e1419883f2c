package dev.redazione.ingest.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redazione.core.Article;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.SourceFormat;
import dev.redazione.ingest.internal.frontmatter.FrontMatterDecoder;
import dev.redazione.ingest.internal.frontmatter.FrontMatterMapper;
import dev.redazione.ingest.internal.markdown.RenderedMarkdown;
import java.util.Optional;

/**
 * Builds an article from a front-matter Markdown text: split, decode, map, render, then recover
 * what is missing. A broken block degrades the article instead of losing it when a title and a body
 * can still be found. Thread-safe.
 */
final class FrontMatterArticleAssembler {

  private final FrontMatterSplitter splitter = new FrontMatterSplitter();
  private final FrontMatterDecoder decoder = new FrontMatterDecoder();
  private final FrontMatterMapper mapper = new FrontMatterMapper();
  private final BodyRenderer bodyRenderer;

  FrontMatterArticleAssembler(BodyRenderer bodyRenderer) {
    this.bodyRenderer = bodyRenderer;
  }

  /**
   * The article, or empty when no title can be found, or when the block cannot be decoded and there
   * is no body either (the reason is in {@code log}).
   */
  Optional<Article> assemble(SourceText source, FrontMatterSyntax syntax, DiagnosticLog log) {
    SplitSource split = splitter.split(source.text(), syntax, log);
    ArticleDraft draft = new ArticleDraft();
    Optional<ObjectNode> tree = decoder.decode(split, log);
    if (tree.isPresent()) {
      mapper.map(tree.get(), split, draft, log);
    } else {
      TitleRecovery.fromBrokenFrontMatter(split, draft);
    }
    RenderedMarkdown body = bodyRenderer.render(split.body(), split.bodyLine(), draft, log);
    if (tree.isEmpty() && body.text().isBlank()) {
      log.error(
          0,
          DiagnosticCode.NO_ARTICLE.code(),
          "the front matter cannot be read and there is no body to recover an article from");
      return Optional.empty();
    }
    if (draft.title().isEmpty()) {
      TitleRecovery.fromBody(body.headings(), body.text(), split.bodyLine(), draft, log);
    }
    return ArticleFinisher.finish(
        draft, SourceFormat.FRONT_MATTER_MARKDOWN, body.text().isBlank(), log);
  }
}
