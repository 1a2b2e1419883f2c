package dev.redazione.testkit.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic generator of realistic Italian tech articles of 800 to 1,000 words, in both
 * formats the ingest reads: YAML (and some TOML) front-matter Markdown with headings and lead
 * images, and raw pasted text with headings and page furniture. Article {@code i} of a seed is the
 * same whatever the count. Used by benchmarks and load tests. Immutable and thread-safe.
 */
public final class ArticleGenerator {

  private static final int PARAGRAPHS = 10;
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 7 * 365;

  /** Creates a generator. */
  public ArticleGenerator() {}

  /**
   * Generates articles in memory.
   *
   * @param count how many
   * @param seed the seed; the same seed gives the same articles
   */
  public List<GeneratedArticle> generate(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative, was " + count);
    }
    List<GeneratedArticle> articles = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      articles.add(article(i, new Random(seed * 1_000_003L + i)));
    }
    return articles;
  }

  /**
   * Writes generated articles into a folder, creating it if needed.
   *
   * @param folder the target folder
   * @param count how many
   * @param seed the seed; the same seed gives the same files
   * @throws IOException if a file cannot be written
   */
  public void writeTo(Path folder, int count, long seed) throws IOException {
    Files.createDirectories(folder);
    for (GeneratedArticle article : generate(count, seed)) {
      Files.writeString(folder.resolve(article.fileName()), article.text(), StandardCharsets.UTF_8);
    }
  }

  private static GeneratedArticle article(int index, Random random) {
    int kind = random.nextInt(10);
    if (kind < 3) {
      return new GeneratedArticle(String.format("%05d.txt", index), raw(random));
    }
    return new GeneratedArticle(
        String.format("%05d.md", index), kind == 3 ? toml(index, random) : yaml(index, random));
  }

  private static String yaml(int index, Random random) {
    String title = ItalianProse.title(random);
    LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
    return "---\n"
        + "title: \""
        + title
        + "\"\n"
        + "subtitle: \""
        + ItalianProse.subtitle(random)
        + "\"\n"
        + "date: "
        + date
        + (random.nextBoolean() ? " 10:" + (10 + random.nextInt(50)) + ":00 +0200" : "")
        + "\n"
        + "author: "
        + ItalianProse.pick(ItalianProse.AUTHORS, random)
        + "\n"
        + "categories: ["
        + ItalianProse.pick(ItalianProse.CATEGORIES, random)
        + "]\n"
        + "tags: ["
        + String.join(", ", tags(random))
        + "]\n"
        + "image: ../images/articolo-"
        + index
        + ".jpg\n"
        + "alt: Immagine di copertina dell’articolo\n"
        + "slug: articolo-"
        + index
        + "\n"
        + "---\n\n"
        + markdownBody(random);
  }

  private static String toml(int index, Random random) {
    return "+++\n"
        + "title = \""
        + ItalianProse.title(random)
        + "\"\n"
        + "date = "
        + FIRST_DAY.plusDays(random.nextInt(DAYS))
        + "\n"
        + "tags = [\""
        + String.join("\", \"", tags(random))
        + "\"]\n"
        + "slug = \"articolo-"
        + index
        + "\"\n"
        + "+++\n\n"
        + markdownBody(random);
  }

  private static String markdownBody(Random random) {
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < PARAGRAPHS; p++) {
      if (p == 3 || p == 7) {
        body.append("## ").append(ItalianProse.heading(random)).append("\n\n");
      }
      if (p == 4) {
        body.append(
            "![Un grafico sul mercato](../images/grafico.png)\n*Il mercato in un grafico.*\n\n");
      }
      body.append(ItalianProse.paragraph(random).replaceFirst("accordo", "**accordo**"))
          .append("\n\n");
    }
    return body.toString();
  }

  private static String raw(Random random) {
    StringBuilder text = new StringBuilder(ItalianProse.title(random)).append("\n\n");
    if (random.nextBoolean()) {
      LocalDate date = FIRST_DAY.plusDays(random.nextInt(DAYS));
      text.append(
          String.format(
              "Pubblicato il %02d/%02d/%d%n%n",
              date.getDayOfMonth(), date.getMonthValue(), date.getYear()));
    }
    text.append(ItalianProse.subtitle(random)).append("\n\n");
    for (int p = 0; p < PARAGRAPHS; p++) {
      if (p == 3 || p == 7) {
        text.append(ItalianProse.heading(random)).append("\n\n");
      }
      if (p == 5) {
        text.append("Pubblicità\n\n");
      }
      if (p == 8) {
        text.append("Leggi anche: ").append(ItalianProse.title(random)).append("\n\n");
      }
      text.append(ItalianProse.paragraph(random)).append("\n\n");
    }
    text.append(ItalianProse.pick(ItalianProse.AUTHORS, random)).append('\n');
    return text.toString();
  }

  private static List<String> tags(Random random) {
    Set<String> tags = new LinkedHashSet<>();
    int count = 2 + random.nextInt(4);
    while (tags.size() < count) {
      tags.add(ItalianProse.pick(ItalianProse.TAGS, random));
    }
    return List.copyOf(tags);
  }
}
