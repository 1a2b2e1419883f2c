package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Heading;
import dev.redazione.core.Image;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.RemovedLine;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints an article as extracted, for {@code inspect} and {@code import}: each field with its value
 * and provenance, the headings, the lines cleaning removed with their rule, and the diagnostics.
 */
final class ArticlePrinter {

  private static final String NONE = "(none)";

  private final PrintWriter out;
  private final Terminal terminal;
  private final DiagnosticPrinter diagnostics;

  ArticlePrinter(PrintWriter out, Terminal terminal, DiagnosticPrinter diagnostics) {
    this.out = out;
    this.terminal = terminal;
    this.diagnostics = diagnostics;
  }

  /** Prints the whole report of an article read from the file shown as {@code shownPath}. */
  void print(Article article, String shownPath) {
    out.println(
        terminal.bold(shownPath)
            + " ("
            + article.report().source().format()
            + (article.draft() ? ", draft" : "")
            + ")");
    field("slug", article.slug().value(), article, ArticleField.SLUG);
    field("title", article.title(), article, ArticleField.TITLE);
    field("subtitle", article.subtitle().orElse(NONE), article, ArticleField.SUBTITLE);
    field(
        "date",
        article.date().map(PublicationDate::toIso).orElse(NONE),
        article,
        ArticleField.DATE);
    field(
        "updated",
        article.updated().map(PublicationDate::toIso).orElse(NONE),
        article,
        ArticleField.UPDATED);
    field(
        "authors",
        join(article.authors().stream().map(Author::name).toList()),
        article,
        ArticleField.AUTHORS);
    for (Author author : article.authors()) {
      author.bio().ifPresent(bio -> row("", author.name() + ": " + bio, ""));
    }
    field(
        "tags",
        join(article.tags().stream().map(Object::toString).toList()),
        article,
        ArticleField.TAGS);
    field(
        "categories",
        join(article.categories().stream().map(Object::toString).toList()),
        article,
        ArticleField.CATEGORIES);
    field(
        "image",
        article.image().map(ArticlePrinter::describe).orElse(NONE),
        article,
        ArticleField.IMAGE);
    field("summary", article.summary().orElse(NONE), article, ArticleField.SUMMARY);
    row("words", article.wordCount() + " (" + article.readingMinutes() + " min)", "");
    headings(article.headings());
    removed(article.report().removed());
    diagnostics(article.report().diagnostics());
    out.flush();
  }

  private void field(String label, String value, Article article, ArticleField field) {
    row(
        label,
        value,
        article
            .report()
            .provenance(field)
            .map(ArticlePrinter::describe)
            .map(terminal::dim)
            .orElse(""));
  }

  private void row(String label, String value, String provenance) {
    String line = String.format("  %-11s %s", label, value);
    out.println(provenance.isEmpty() ? line : line + "  " + provenance);
  }

  private void headings(List<Heading> headings) {
    out.println("headings (" + headings.size() + ")");
    headings.forEach(h -> out.println("  " + "#".repeat(h.level()) + " " + h.text()));
  }

  private void removed(List<RemovedLine> removed) {
    out.println("removed lines (" + removed.size() + ")");
    int ruleWidth = removed.stream().mapToInt(r -> r.rule().length()).max().orElse(0);
    removed.forEach(
        r ->
            out.println(
                String.format("  %4d  %-" + ruleWidth + "s  %s", r.line(), r.rule(), r.text())));
  }

  private void diagnostics(List<Diagnostic> list) {
    out.println("diagnostics (" + list.size() + ")");
    list.stream().sorted().forEach(d -> out.println("  " + diagnostics.line(d)));
  }

  private static String describe(Provenance provenance) {
    return provenance.line().isPresent()
        ? "[" + provenance.origin() + ", line " + provenance.lineNumber() + "]"
        : "[" + provenance.origin() + "]";
  }

  private static String describe(Image image) {
    return image.src()
        + image.alt().map(alt -> " alt=\"" + alt + "\"").orElse("")
        + image.caption().map(caption -> " caption=\"" + caption + "\"").orElse("");
  }

  private static String join(List<String> values) {
    return values.isEmpty() ? NONE : values.stream().collect(Collectors.joining(", "));
  }
}
