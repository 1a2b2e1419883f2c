package dev.redazione.extract.html;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.Tag;
import dev.redazione.extract.Extracted;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tags a page gives its article: the {@code article:tag} meta tags, else the JSON-LD article's
 * {@code keywords} (a list, or one text separated by commas), else {@code news_keywords}. The
 * generic {@code keywords} meta tag is not read: pages fill it for search engines. A tag longer
 * than {@value #MAX_WORDS} words is no tag. Stateless and thread-safe.
 */
final class PageTags {

  private static final int MAX_WORDS = 5;

  private PageTags() {}

  static Optional<Extracted<List<Tag>>> choose(StructuredData ld, MetaTags meta) {
    List<MetaTags.Value> articleTags = meta.all("article:tag");
    if (!articleTags.isEmpty()) {
      List<String> names = new ArrayList<>();
      articleTags.forEach(v -> names.addAll(split(v.content())));
      return of(names, Provenance.at(Origin.HTML_META, articleTags.get(0).line()));
    }
    List<String> keywords = new ArrayList<>();
    ld.texts("keywords").forEach(k -> keywords.addAll(split(k)));
    if (!keywords.isEmpty()) {
      return of(keywords, Provenance.at(Origin.HTML_JSON_LD, ld.line()));
    }
    return meta.first(List.of("news_keywords"))
        .flatMap(v -> of(split(v.content()), Provenance.at(Origin.HTML_META, v.line())));
  }

  private static List<String> split(String text) {
    return List.of(text.split("\\s*[,;]\\s*"));
  }

  private static Optional<Extracted<List<Tag>>> of(List<String> names, Provenance provenance) {
    Set<Tag> tags = new LinkedHashSet<>();
    for (String name : names) {
      String squeezed = Words.squeeze(name);
      if (squeezed.isEmpty() || squeezed.split(" ").length > MAX_WORDS) {
        continue;
      }
      try {
        tags.add(Tag.of(squeezed));
      } catch (IllegalArgumentException e) {
        // no letter or digit: not a tag
      }
    }
    return tags.isEmpty()
        ? Optional.empty()
        : Optional.of(new Extracted<>(List.copyOf(tags), provenance));
  }
}
