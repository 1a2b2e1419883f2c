package dev.redazione.cli;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Severity;
import dev.redazione.core.SourceFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbers {@code stats} prints: articles by format, year, tag and author, total words and
 * diagnostics by severity. Each map is in display order.
 *
 * @param articles published articles
 * @param drafts drafts kept out of the site
 * @param words words in all published bodies
 * @param formats articles by source format
 * @param years articles by year, newest first, then {@code undated}
 * @param tags articles by tag, most used first
 * @param authors articles by author, most prolific first
 * @param diagnostics diagnostics by severity, errors first
 */
record ArchiveStats(
    int articles,
    int drafts,
    long words,
    Map<String, Integer> formats,
    Map<String, Integer> years,
    Map<String, Integer> tags,
    Map<String, Integer> authors,
    Map<String, Long> diagnostics) {

  ArchiveStats {
    formats = Collections.unmodifiableMap(new LinkedHashMap<>(formats));
    years = Collections.unmodifiableMap(new LinkedHashMap<>(years));
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
    diagnostics = Collections.unmodifiableMap(new LinkedHashMap<>(diagnostics));
  }

  /** The JSON form, keys in the order of the record components. */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("articles", articles);
    json.put("drafts", drafts);
    json.put("words", words);
    json.put("formats", formats);
    json.put("years", years);
    json.put("tags", tags);
    json.put("authors", authors);
    json.put("diagnostics", diagnostics);
    return json;
  }

  /** Counts an archive and the report of its validation. */
  static ArchiveStats of(Archive archive, ValidationReport report) {
    Map<SourceFormat, Integer> byFormat = new EnumMap<>(SourceFormat.class);
    long words = 0;
    for (Article article : archive.articles()) {
      byFormat.merge(article.report().source().format(), 1, Integer::sum);
      words += article.wordCount();
    }
    Map<String, Integer> formats = new LinkedHashMap<>();
    byFormat.forEach((format, count) -> formats.put(format.name(), count));
    Map<String, Integer> years = new LinkedHashMap<>();
    archive.years().forEach(c -> years.put(Integer.toString(c.term()), c.count()));
    if (!archive.undated().isEmpty()) {
      years.put("undated", archive.undated().size());
    }
    Map<String, Integer> tags = new LinkedHashMap<>();
    archive.tags().forEach(c -> tags.put(c.term().name(), c.count()));
    Map<String, Integer> authors = new LinkedHashMap<>();
    archive.authors().forEach(c -> authors.put(c.term().name(), c.count()));
    Map<String, Long> diagnostics = new LinkedHashMap<>();
    for (Severity severity : Severity.values()) {
      diagnostics.put(severity.label(), report.count(severity));
    }
    return new ArchiveStats(
        archive.size(), report.drafts(), words, formats, years, tags, authors, diagnostics);
  }
}
