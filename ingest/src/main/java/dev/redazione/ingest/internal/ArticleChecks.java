package dev.redazione.ingest.internal;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.ImagePath;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.ingest.ContentTree;
import dev.redazione.ingest.ImageCatalog;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * The editorial checks that loading adds to the diagnostics of each article of a folder: missing
 * images (outside the content folder, refused by the image catalog, not a format the site
 * publishes, or absent), empty or very short bodies, undated articles, derived titles, titles too
 * long for a headline and page furniture left in the body. Images are resolved by {@link
 * ImagePath}'s rule and looked up in the same {@link ImageCatalog} the site publishes, so a check
 * and a page never disagree. A check stays silent when reading already reported the same problem.
 * Immutable and thread-safe.
 */
public final class ArticleChecks {

  /** Bodies with fewer words are reported as very short. */
  public static final int MIN_WORDS = 80;

  /** Titles longer than this (in characters) are too long for a headline. */
  public static final int MAX_TITLE_LENGTH = 110;

  private final ContentTree tree;
  private final ImageCatalog images;

  /**
   * Checks for the articles of a folder.
   *
   * @param tree the content folder
   * @param images the images of the folder, as the site will publish them
   */
  public ArticleChecks(ContentTree tree, ImageCatalog images) {
    this.tree = Objects.requireNonNull(tree, "tree");
    this.images = Objects.requireNonNull(images, "images");
  }

  /**
   * The article with the diagnostics of these checks that reading did not already report; its file
   * is read again if a diagnostic needs a line.
   */
  public Article check(Article article) {
    return check(
        article, SourceLines.read(tree, tree.root().resolve(article.report().source().path())));
  }

  /**
   * The article with the diagnostics of these checks that reading did not already report.
   *
   * @param source the bytes of the article's file, as read to give the article
   */
  public Article check(Article article, byte[] source) {
    return check(article, SourceLines.of(source));
  }

  private Article check(Article article, SourceLines source) {
    List<Diagnostic> found = findings(article, source);
    if (found.isEmpty()) {
      return article;
    }
    List<Diagnostic> all = new ArrayList<>(article.report().diagnostics());
    all.addAll(found);
    return article.toBuilder().diagnostics(all).build();
  }

  private List<Diagnostic> findings(Article article, SourceLines source) {
    List<Diagnostic> found = new ArrayList<>();
    body(article, found);
    title(article, found);
    if (article.date().isEmpty()) {
      found.add(
          warning(
              article,
              0,
              DiagnosticCode.UNDATED.code(),
              "the article has no publication date; add `date: YYYY-MM-DD`"));
    }
    missingImages(article, source, found);
    for (String paragraph : LeftoverFurniture.find(article.body().markdown())) {
      String firstLine = paragraph.lines().findFirst().orElse(paragraph);
      found.add(
          warning(
              article,
              source.lineOf(firstLine.replaceFirst("^#{1,6}\\s+", "")),
              DiagnosticCode.LEFTOVER_FURNITURE.code(),
              "`" + firstLine + "` looks like page furniture left in the body; remove it"));
    }
    return withoutRepeats(article, found);
  }

  private static void body(Article article, List<Diagnostic> found) {
    if (article.body().isEmpty()) {
      found.add(
          warning(article, 0, DiagnosticCode.EMPTY_BODY.code(), "the article has no body text"));
    } else if (article.wordCount() < MIN_WORDS) {
      found.add(
          warning(
              article,
              0,
              DiagnosticCode.SHORT_BODY.code(),
              "the body has "
                  + article.wordCount()
                  + (article.wordCount() == 1 ? " word" : " words")
                  + "; expected at least "
                  + MIN_WORDS));
    }
  }

  private static void title(Article article, List<Diagnostic> found) {
    Provenance provenance =
        article.report().provenance(ArticleField.TITLE).orElse(Provenance.of(Origin.DEFAULT));
    if (provenance.origin() == Origin.DERIVED) {
      found.add(
          warning(
              article,
              provenance.lineNumber(),
              DiagnosticCode.DERIVED_TITLE.code(),
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
              DiagnosticCode.TITLE_TOO_LONG.code(),
              "the title has "
                  + length
                  + " characters; a headline has at most "
                  + MAX_TITLE_LENGTH));
    }
  }

  private void missingImages(Article article, SourceLines source, List<Diagnostic> found) {
    Map<String, IntSupplier> lineBySrc = new LinkedHashMap<>();
    article
        .image()
        .filter(image -> !ImagePath.isRemote(image.src()))
        .ifPresent(
            image ->
                lineBySrc.put(
                    image.src(),
                    () ->
                        article
                            .report()
                            .provenance(ArticleField.IMAGE)
                            .map(Provenance::lineNumber)
                            .orElse(0)));
    for (String written : article.body().imageSources()) {
      String src = written.replace("&amp;", "&");
      if (!ImagePath.isRemote(src)) {
        lineBySrc.putIfAbsent(src, () -> source.lineOfImage(src));
      }
    }
    lineBySrc.forEach(
        (src, line) ->
            problem(src, ImagePath.resolve(article, src))
                .ifPresent(
                    message ->
                        found.add(
                            warning(
                                article,
                                line.getAsInt(),
                                DiagnosticCode.MISSING_IMAGE.code(),
                                message))));
  }

  /** Why an image reference shows no image on the site, or nothing when it shows one. */
  private Optional<String> problem(String src, Optional<String> resolved) {
    if (resolved.isEmpty()) {
      return Optional.of(
          "image `" + src + "` is outside the content folder; copy it into the folder");
    }
    String path = resolved.get();
    if (images.paths().contains(path)) {
      return Optional.empty();
    }
    Optional<Diagnostic> refusal = images.refusal(path);
    if (refusal.isPresent()) {
      return Optional.of(
          "image `"
              + src
              + "` is not published: `"
              + refusal.get().path()
              + "` is refused ("
              + refusal.get().code()
              + "; see that file's diagnostic)");
    }
    if (Files.isRegularFile(tree.root().resolve(path))) {
      return Optional.of(
          "image `"
              + src
              + "` is not published: `"
              + path
              + "` is not an image the site shows; expected one of "
              + String.join(", ", ImageCatalog.EXTENSIONS));
    }
    return Optional.of("image `" + src + "` does not exist (no file `" + path + "`)");
  }

  private static Diagnostic warning(Article article, int line, String code, String message) {
    return Diagnostic.warning(article.report().source().path(), line, code, message);
  }

  private static List<Diagnostic> withoutRepeats(Article article, List<Diagnostic> found) {
    Set<String> reported =
        article.report().diagnostics().stream().map(Diagnostic::code).collect(Collectors.toSet());
    boolean titleReported =
        reported.contains(DiagnosticCode.MISSING_TITLE.code())
            || reported.contains(DiagnosticCode.GLUED_HEADLINE.code());
    return found.stream()
        .filter(d -> !reported.contains(d.code()))
        .filter(d -> !(titleReported && d.code().equals(DiagnosticCode.DERIVED_TITLE.code())))
        .toList();
  }
}
