package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Image;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editorial checks {@code validate} adds to the ingest diagnostics of one article: missing
 * images, empty or very short bodies, undated articles, derived titles, titles too long for a
 * headline and leftover furniture. A check stays silent when ingest already reported the same
 * problem. Immutable and thread-safe.
 */
final class ArticleChecks {

  /** Bodies with fewer words are reported as very short. */
  static final int MIN_WORDS = 80;

  /** Titles longer than this (in characters) are too long for a headline. */
  static final int MAX_TITLE_LENGTH = 110;

  private static final Pattern BODY_IMAGE = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]+)\"");

  private final Path contentFolder;

  ArticleChecks(Path contentFolder) {
    this.contentFolder =
        Objects.requireNonNull(contentFolder, "contentFolder").toAbsolutePath().normalize();
  }

  /** The diagnostics of this article that ingest did not already report. */
  List<Diagnostic> check(Article article) {
    String path = article.source().path();
    List<Diagnostic> found = new ArrayList<>();
    if (article.body().isEmpty()) {
      found.add(Diagnostic.warning(path, 0, "EMPTY_BODY", "the article has no body text"));
    } else if (article.wordCount() < MIN_WORDS) {
      found.add(
          Diagnostic.warning(
              path,
              0,
              "SHORT_BODY",
              "the body has " + article.wordCount() + " words; expected at least " + MIN_WORDS));
    }
    if (article.date().isEmpty()) {
      found.add(
          Diagnostic.warning(
              path, 0, "UNDATED", "the article has no publication date; add `date: YYYY-MM-DD`"));
    }
    Provenance title = article.provenance(ArticleField.TITLE).orElse(Provenance.of(Origin.DEFAULT));
    if (title.origin() == Origin.DERIVED) {
      found.add(
          Diagnostic.warning(
              path,
              title.lineNumber(),
              "DERIVED_TITLE",
              "the title `"
                  + article.title()
                  + "` was derived from the first sentence; write a real headline"));
    }
    int titleLength = article.title().codePointCount(0, article.title().length());
    if (titleLength > MAX_TITLE_LENGTH) {
      found.add(
          Diagnostic.warning(
              path,
              title.lineNumber(),
              "TITLE_TOO_LONG",
              "the title has "
                  + titleLength
                  + " characters; a headline should have at most "
                  + MAX_TITLE_LENGTH));
    }
    found.addAll(missingImages(article));
    found.addAll(leftoverFurniture(article));
    return withoutRepeats(article, found);
  }

  private List<Diagnostic> missingImages(Article article) {
    String path = article.source().path();
    Set<String> sources = new LinkedHashSet<>();
    article.image().filter(image -> !image.isRemote()).map(Image::src).ifPresent(sources::add);
    Matcher matcher = BODY_IMAGE.matcher(article.body().html());
    while (matcher.find()) {
      String src = matcher.group(1).replace("&amp;", "&");
      if (!src.contains(":") && !src.startsWith("//")) {
        sources.add(src);
      }
    }
    int line = article.provenance(ArticleField.IMAGE).map(Provenance::lineNumber).orElse(0);
    List<Diagnostic> missing = new ArrayList<>();
    for (String src : sources) {
      Path folder = contentFolder.resolve(path).getParent();
      Path file =
          (src.startsWith("/") ? contentFolder.resolve(src.substring(1)) : folder.resolve(src))
              .normalize();
      if (!file.startsWith(contentFolder)) {
        missing.add(
            Diagnostic.warning(
                path,
                line,
                "MISSING_IMAGE",
                "image `"
                    + src
                    + "` points outside the content folder; copy it into the content folder"));
      } else if (!Files.isRegularFile(file)) {
        missing.add(
            Diagnostic.warning(
                path,
                line,
                "MISSING_IMAGE",
                "image `"
                    + src
                    + "` does not exist (looked for `"
                    + contentFolder.relativize(file)
                    + "`)"));
      }
    }
    return missing;
  }

  private List<Diagnostic> leftoverFurniture(Article article) {
    List<String> paragraphs = LeftoverFurniture.find(article.body().markdown());
    if (paragraphs.isEmpty()) {
      return List.of();
    }
    List<String> lines = sourceLines(article);
    List<Diagnostic> found = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String firstLine = paragraph.lines().findFirst().orElse(paragraph);
      found.add(
          Diagnostic.warning(
              article.source().path(),
              lineOf(lines, firstLine),
              "LEFTOVER_FURNITURE",
              "`" + firstLine + "` looks like page furniture left in the body; remove it"));
    }
    return found;
  }

  private List<String> sourceLines(Article article) {
    try {
      return Files.readAllLines(
          contentFolder.resolve(article.source().path()), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unreadable) {
      return List.of();
    }
  }

  /**
   * The 1-based line of the source that contains the text, or 0 when it is not found as written.
   */
  private static int lineOf(List<String> lines, String text) {
    String wanted = text.replaceFirst("^#{1,6}\\s+", "").strip();
    for (int i = 0; i < lines.size(); i++) {
      if (!wanted.isEmpty() && lines.get(i).contains(wanted)) {
        return i + 1;
      }
    }
    return 0;
  }

  private static List<Diagnostic> withoutRepeats(Article article, List<Diagnostic> found) {
    Set<String> reported = new LinkedHashSet<>();
    article.diagnostics().forEach(d -> reported.add(d.code()));
    if (reported.contains("MISSING_TITLE")) {
      reported.add("DERIVED_TITLE");
    }
    return found.stream().filter(d -> !reported.contains(d.code())).toList();
  }
}
