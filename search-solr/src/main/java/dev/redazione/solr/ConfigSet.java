package dev.redazione.solr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The collection's config set, shipped in this module: the schema with the Italian analysis, the
 * Solr configuration and the word lists they name. The query builder reads the same word lists, so
 * the analysis is stated once. Stateless.
 */
final class ConfigSet {

  /** The name the config set is uploaded under. */
  static final String NAME = "redazione";

  private static final String FOLDER = "configset/";

  /** Every file of the config set, relative to its folder. */
  static final List<String> FILES =
      List.of("schema.xml", "solrconfig.xml", "lang/stopwords_it.txt", "lang/elisions_it.txt");

  private static final Set<String> STOP_WORDS = words("lang/stopwords_it.txt");
  private static final Set<String> ELISIONS = words("lang/elisions_it.txt");

  private ConfigSet() {}

  /** The Italian stop words, lower case and accents folded. */
  static Set<String> stopWords() {
    return STOP_WORDS;
  }

  /** The words elided before an apostrophe, lower case. */
  static Set<String> elisions() {
    return ELISIONS;
  }

  /** The bytes of a file of the config set. */
  static byte[] read(String file) {
    try (InputStream in = ConfigSet.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("config set file " + file + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read config set file " + file, e);
    }
  }

  /** Writes the config set into a folder, as ZooKeeper's upload wants files. */
  static void writeTo(Path folder) throws IOException {
    for (String file : FILES) {
      Path target = folder.resolve(file);
      Files.createDirectories(target.getParent());
      Files.write(target, read(file));
    }
  }

  private static Set<String> words(String file) {
    return new String(read(file), StandardCharsets.UTF_8)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(line -> line.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
