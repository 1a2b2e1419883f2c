package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.ingest.ArticleReader;
import dev.redazione.ingest.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the files of one {@code import} in parallel, as the content loader would read them in one
 * folder: raw texts get, as inferred tags, the tags they mention among those of the target folder
 * and of the front-matter files of the same batch.
 */
final class ImportBatch {

  private ImportBatch() {}

  /**
   * Reads every existing file of the list, in list order.
   *
   * @param files the files to import; missing ones are left out of the result
   * @param targetTags the tags of the articles already in the target folder
   */
  static Map<Path, ReadResult> read(List<Path> files, Collection<Tag> targetTags) {
    ArticleReader plain = ArticleReader.create();
    Map<Path, ReadResult> results = readAll(plain, files);
    Set<Tag> known = new LinkedHashSet<>(targetTags);
    results.values().stream()
        .flatMap(r -> r.article().stream())
        .filter(a -> a.source().format() == SourceFormat.FRONT_MATTER_MARKDOWN)
        .forEach(a -> known.addAll(a.tags()));
    if (known.isEmpty()) {
      return results;
    }
    List<Path> raw =
        results.entrySet().stream()
            .filter(e -> e.getValue().article().map(ImportBatch::isRaw).orElse(false))
            .map(Map.Entry::getKey)
            .toList();
    results.putAll(readAll(plain.withKnownTags(known), raw));
    return results;
  }

  private static boolean isRaw(Article article) {
    return article.source().format() == SourceFormat.RAW_TEXT;
  }

  /**
   * Reads a file named on the command line. The user chose it, so a symbolic link is followed: the
   * file is read where it really is, as the only file of its folder.
   */
  static ReadResult readNamed(ArticleReader reader, Path file) {
    Path absolute = file.toAbsolutePath();
    Path real;
    try {
      real = absolute.toRealPath();
    } catch (IOException unreadable) {
      real = absolute;
    }
    return reader.read(real.getParent(), real);
  }

  private static Map<Path, ReadResult> readAll(ArticleReader reader, List<Path> files) {
    return files.parallelStream()
        .filter(Files::isRegularFile)
        .collect(
            Collectors.toMap(
                file -> file,
                file -> readNamed(reader, file),
                (first, same) -> first,
                LinkedHashMap::new));
  }
}
