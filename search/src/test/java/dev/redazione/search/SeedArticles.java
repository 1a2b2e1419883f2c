package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The seed articles of the repository's {@code content/} folder, read by a deliberately small
 * reader that is enough for search tests: front-matter title, subtitle, date and tags; for raw
 * text, the first line as title and an inline {@code date YYYY-MM} marker. The ingest module reads
 * them fully.
 */
final class SeedArticles {

  private static final Pattern INLINE_DATE = Pattern.compile("^\\s*date (\\d{4}-\\d{2})\\s+");
  private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.{20,}?[.!?])\\s");
  private static final Archive ARCHIVE = load();

  private SeedArticles() {}

  /** The archive of every seed. */
  static Archive archive() {
    return ARCHIVE;
  }

  /** The seed whose file name starts with this number, such as {@code "001"}. */
  static Article seed(String number) {
    return ARCHIVE.articles().stream()
        .filter(a -> a.source().path().startsWith(number + "_"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no seed " + number));
  }

  /** The seed number of an article read from the content folder, such as {@code "001"}. */
  static String number(Article article) {
    return article.source().path().substring(0, 3);
  }

  private static Archive load() {
    Path content = ContentFolder.locate();
    try (Stream<Path> files = Files.list(content)) {
      List<Article> articles = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(
            read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
      }
      return Archive.of(articles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Article read(String path, String text) {
    return text.startsWith("---") ? frontMatter(path, text) : raw(path, text);
  }

  private static Article frontMatter(String path, String text) {
    int end = text.indexOf("\n---", 3);
    Article.Builder builder =
        Article.builder().source(new Source(path, SourceFormat.FRONT_MATTER_MARKDOWN));
    for (String line : text.substring(3, end).split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "title" -> builder.title(value).slug(Slug.of(value));
        case "subtitle" -> builder.subtitle(value);
        case "date" -> builder.date(PublicationDate.parse(value));
        case "tags" -> builder.tags(tags(value));
        default -> {}
      }
    }
    return builder.body(body(text.substring(end + 4))).build();
  }

  private static List<Tag> tags(String list) {
    return Arrays.stream(list.replaceAll("[\\[\\]']", "").split(","))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .map(Tag::of)
        .toList();
  }

  private static Article raw(String path, String text) {
    Article.Builder builder = Article.builder().source(new Source(path, SourceFormat.RAW_TEXT));
    List<String> lines =
        new ArrayList<>(text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    lines.remove("back to top");
    String first = lines.get(0);
    Matcher date = INLINE_DATE.matcher(first);
    String title;
    if (date.find()) {
      builder.date(PublicationDate.parse(date.group(1)));
      String rest = first.substring(date.end());
      Matcher sentence = FIRST_SENTENCE.matcher(rest);
      title = sentence.find() ? sentence.group(1) : rest;
      lines.set(0, rest);
    } else {
      title = lines.remove(0);
    }
    return builder.title(title).slug(Slug.of(title)).body(body(String.join("\n\n", lines))).build();
  }

  private static Body body(String text) {
    String plain = text.strip();
    return new Body(plain, "<p>" + plain + "</p>", plain);
  }
}
