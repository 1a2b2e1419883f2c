package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by lower-cased name ({@code name}, {@code property}, {@code
 * itemprop} or {@code http-equiv}), each with its content and line. Immutable after construction.
 */
final class MetaTags {

  /** One meta value. */
  record Value(String content, int line) {}

  private final Map<String, List<Value>> byName = new HashMap<>();

  MetaTags(Document document) {
    for (Element meta : document.getElementsByTag("meta")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String name = meta.attr(key).strip().toLowerCase(Locale.ROOT);
        if (!name.isEmpty()) {
          byName
              .computeIfAbsent(name, k -> new ArrayList<>(2))
              .add(new Value(content, SourceLines.of(meta)));
        }
      }
    }
  }

  /** The first value under any of the names, in the order of the names. */
  Optional<Value> first(List<String> names) {
    for (String name : names) {
      List<Value> values = byName.get(name);
      if (values != null) {
        return Optional.of(values.get(0));
      }
    }
    return Optional.empty();
  }

  /** Every value under a name, in page order. */
  List<Value> all(String name) {
    return byName.getOrDefault(name, List.of());
  }
}
