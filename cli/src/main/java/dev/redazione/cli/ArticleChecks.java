package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.ingest.ContentTree;
import dev.redazione.site.ImageCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The editorial checks {@code validate} adds to the ingest diagnostics of one article: missing
 * images (absent, outside the content folder, or refused by the image catalog), empty or very short
 * bodies, undated articles, derived titles, titles too long for a headline and leftover furniture.
 * A check stays silent when ingest already reported the same problem. Immutable and thread-safe.
 */
final class ArticleChecks {

  /** Bodies with fewer words are reported as very short. */
  static final int MIN_WORDS = 80;

  /** Titles longer than this (in characters) are too long for a headline. */
  static final int MAX_TITLE_LENGTH = 110;

  private static final Pattern BODY_IMAGE = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]+)\"");

  private final Path contentFolder;
  private final ContentTree tree;
  private final ImageCatalog images;

  /**
   * Checks for the articles of a folder.
   *
   * @throws UncheckedIOException if the folder cannot be opened
   */
  ArticleChecks(Path contentFolder, ImageCatalog images) {
    this.contentFolder =
        Objects.requireNonNull(contentFolder, "contentFolder").toAbsolutePath().normalize();
    this.images = Objects.requireNonNull(images, "images");
    try {
      this.tree = ContentTree.open(contentFolder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the content folder " + contentFolder, e);
    }
  }

  /** The diagnostics of this article that ingest did not already report. */
  List<Diagnostic> check(Article article) {
    SourceLines source = new SourceLines(tree, contentFolder.resolve(article.source().path()));
    List<Diagnostic> found = new ArrayList<>();
    body(article, found);
    title(article, found);
    if (article.date().isEmpty()) {
      found.add(
          warning(
              article,
              0,
              "UNDATED",
              "the article has no publication date; add `date: YYYY-MM-DD`"));
    }
    missingImages(article, source, found);
    for (String paragraph : LeftoverFurniture.find(article.body().markdown())) {
      String firstLine = paragraph.lines().findFirst().orElse(paragraph);
      found.add(
          warning(
              article,
              source.lineOf(firstLine.replaceFirst("^#{1,6}\\s+", "")),
              "LEFTOVER_FURNITURE",
              "`" + firstLine + "` looks like page furniture left in the body; remove it"));
    }
    return withoutRepeats(article, found);
  }

  private static void body(Article article, List<Diagnostic> found) {
    if (article.body().isEmpty()) {
      found.add(warning(article, 0, "EMPTY_BODY", "the article has no body text"));
    } else if (article.wordCount() < MIN_WORDS) {
      found.add(
          warning(
              article,
              0,
              "SHORT_BODY",
              "the body has "
                  + article.wordCount()
                  + (article.wordCount() == 1 ? " word" : " words")
                  + "; expected at least "
                  + MIN_WORDS));
    }
  }

  private static void title(Article article, List<Diagnostic> found) {
    Provenance provenance =
        article.provenance(ArticleField.TITLE).orElse(Provenance.of(Origin.DEFAULT));
    if (provenance.origin() == Origin.DERIVED) {
      found.add(
          warning(
              article,
              provenance.lineNumber(),
              "DERIVED_TITLE",
              "the title `"
                  + article.title()
                  + "` was derived from the first sentence; write a headline"));
    }
    int length = article.title().codePointCount(0, article.title().length());
    if (length > MAX_TITLE_LENGTH) {
      found.add(
          warning(
              article,
              provenance.lineNumber(),
              "TITLE_TOO_LONG",
              "the title has "
                  + length
                  + " characters; a headline has at most "
                  + MAX_TITLE_LENGTH));
    }
  }

  private void missingImages(Article article, SourceLines source, List<Diagnostic> found) {
    Map<String, Integer> lineBySrc = new LinkedHashMap<>();
    article
        .image()
        .filter(image -> !image.isRemote())
        .ifPresent(
            image ->
                lineBySrc.put(
                    image.src(),
                    article.provenance(ArticleField.IMAGE).map(Provenance::lineNumber).orElse(0)));
    Matcher matcher = BODY_IMAGE.matcher(article.body().html());
    while (matcher.find()) {
      String src = matcher.group(1).replace("&amp;", "&");
      if (!src.contains(":") && !src.startsWith("//")) {
        lineBySrc.putIfAbsent(src, source.lineOfImage(src));
      }
    }
    Path articleFolder = contentFolder.resolve(article.source().path()).getParent();
    lineBySrc.forEach(
        (src, line) -> {
          Path file =
              (src.startsWith("/")
                      ? contentFolder.resolve(src.substring(1))
                      : articleFolder.resolve(src))
                  .normalize();
          Optional<Diagnostic> refusal =
              file.startsWith(contentFolder)
                  ? images.refusal(toSlashes(contentFolder.relativize(file)))
                  : Optional.empty();
          if (!file.startsWith(contentFolder)) {
            found.add(
                warning(
                    article,
                    line,
                    "MISSING_IMAGE",
                    "image `" + src + "` is outside the content folder; copy it into the folder"));
          } else if (refusal.isPresent()) {
            found.add(
                warning(
                    article,
                    line,
                    "MISSING_IMAGE",
                    "image `"
                        + src
                        + "` is not published: `"
                        + refusal.get().path()
                        + "` is refused ("
                        + refusal.get().code()
                        + "; see that file's diagnostic)"));
          } else if (!Files.isRegularFile(file)) {
            found.add(
                warning(
                    article,
                    line,
                    "MISSING_IMAGE",
                    "image `"
                        + src
                        + "` does not exist (no file `"
                        + contentFolder.relativize(file)
                        + "`)"));
          }
        });
  }

  private static String toSlashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  private static Diagnostic warning(Article article, int line, String code, String message) {
    return Diagnostic.warning(article.source().path(), line, code, message);
  }

  private static List<Diagnostic> withoutRepeats(Article article, List<Diagnostic> found) {
    Set<String> reported =
        article.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toSet());
    boolean titleReported = reported.contains("MISSING_TITLE");
    return found.stream()
        .filter(d -> !reported.contains(d.code()))
        .filter(d -> !(titleReported && d.code().equals("DERIVED_TITLE")))
        .toList();
  }
}
