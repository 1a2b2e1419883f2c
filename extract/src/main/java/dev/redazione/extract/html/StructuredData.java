package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a page describes in its JSON-LD: the first object whose {@code @type} is an article
 * type ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, …), looked for in every {@code
 * <script type="application/ld+json">}, inside arrays, {@code @graph} and {@code mainEntity};
 * failing that, the first object with a {@code datePublished}. Authors given as {@code {"@id": …}}
 * are resolved against the other objects. Immutable after construction.
 */
final class StructuredData {

  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "reviewnewsarticle",
          "backgroundnewsarticle",
          "askpublicnewsarticle",
          "blogposting",
          "liveblogposting",
          "socialmediaposting",
          "techarticle",
          "scholarlyarticle",
          "report",
          "review",
          "satiricalarticle",
          "medicalscholarlyarticle");

  private final List<Map<String, Object>> objects = new ArrayList<>();
  private final Map<String, Map<String, Object>> byId = new HashMap<>();
  private final Map<Map<String, Object>, Integer> lines = new java.util.IdentityHashMap<>();
  private final Map<String, Object> article;

  StructuredData(Document document) {
    for (Element script : document.getElementsByTag("script")) {
      if (!script.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
        continue;
      }
      String json = script.data().strip();
      json = json.replace("<![CDATA[", "").replace("]]>", "").replace("<!--", "");
      int line = SourceLines.of(script);
      JsonReader.read(json).ifPresent(value -> collect(value, line, 0));
    }
    this.article =
        objects.stream()
            .filter(StructuredData::isArticle)
            .findFirst()
            .or(() -> objects.stream().filter(o -> o.get("datePublished") != null).findFirst())
            .orElse(null);
  }

  @SuppressWarnings("unchecked")
  private void collect(Object value, int line, int depth) {
    if (depth > 8) {
      return;
    }
    if (value instanceof List<?> list) {
      list.forEach(item -> collect(item, line, depth + 1));
    } else if (value instanceof Map<?, ?> map) {
      Map<String, Object> object = (Map<String, Object>) map;
      objects.add(object);
      lines.put(object, line);
      if (object.get("@id") instanceof String id) {
        byId.putIfAbsent(id, object);
      }
      for (String key : new String[] {"@graph", "mainEntity", "itemListElement"}) {
        Object inner = object.get(key);
        if (inner != null) {
          collect(inner, line, depth + 1);
        }
      }
    }
  }

  private static boolean isArticle(Map<String, Object> object) {
    Object type = object.get("@type");
    if (type instanceof String name) {
      return ARTICLE_TYPES.contains(name.toLowerCase(Locale.ROOT));
    }
    return type instanceof List<?> names
        && names.stream()
            .anyMatch(
                n -> n instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT)));
  }

  /** Whether the page describes an article. */
  boolean hasArticle() {
    return article != null;
  }

  /** The line of the script that holds the article. */
  int line() {
    return article == null ? 1 : lines.get(article);
  }

  /** A text property of the article. */
  Optional<String> text(String key) {
    if (article == null) {
      return Optional.empty();
    }
    Object value = article.get(key);
    if (value instanceof List<?> list && !list.isEmpty()) {
      value = list.get(0);
    }
    return value instanceof String s && !s.isBlank() ? Optional.of(s.strip()) : Optional.empty();
  }

  /**
   * The texts of a property of the article: a text, the texts of a list, or each {@code name} (or
   * {@code url}, for images) of objects; a comma-separated text stays whole.
   */
  List<String> texts(String key) {
    List<String> texts = new ArrayList<>();
    if (article != null) {
      addTexts(article.get(key), texts, 0);
    }
    return texts;
  }

  private void addTexts(Object value, List<String> texts, int depth) {
    Object resolved = resolve(value);
    if (resolved instanceof String text && !text.isBlank()) {
      texts.add(text.strip());
    } else if (resolved instanceof List<?> list && depth < 2) {
      list.forEach(item -> addTexts(item, texts, depth + 1));
    } else if (resolved instanceof Map<?, ?> map && depth < 2) {
      Object inner = map.get("url") != null ? map.get("url") : map.get("name");
      if (inner instanceof String || inner instanceof List<?>) {
        addTexts(inner, texts, depth + 1);
      }
    }
  }

  /**
   * The article's author names, in order: text, objects with a name, or references to them;
   * organisations (a newsroom or the publisher as author) are left out.
   */
  List<String> authors() {
    List<String> names = new ArrayList<>();
    if (article != null) {
      addNames(article.get("author"), names);
    }
    return names;
  }

  /** The name of the site: the article's publisher, or a {@code WebSite} object's name. */
  Optional<String> siteName() {
    if (article != null
        && resolve(article.get("publisher")) instanceof Map<?, ?> publisher
        && publisher.get("name") instanceof String name) {
      return Optional.of(name.strip());
    }
    return objects.stream()
        .filter(o -> "WebSite".equals(o.get("@type")) && o.get("name") instanceof String)
        .map(o -> ((String) o.get("name")).strip())
        .findFirst();
  }

  private void addNames(Object value, List<String> names) {
    Object resolved = resolve(value);
    if (resolved instanceof String text) {
      names.add(text);
    } else if (resolved instanceof List<?> list) {
      list.forEach(item -> addNames(item, names));
    } else if (resolved instanceof Map<?, ?> map && !isOrganization(map)) {
      Object name = map.get("name");
      if (name instanceof List<?> list && !list.isEmpty()) {
        name = list.get(0);
      }
      if (name instanceof String text) {
        names.add(text);
      }
    }
  }

  /** Whether an object's type names an organisation and not a person. */
  private static boolean isOrganization(Map<?, ?> object) {
    String type = String.valueOf(object.get("@type"));
    return type.contains("Organization") && !type.contains("Person");
  }

  private Object resolve(Object value) {
    if (value instanceof Map<?, ?> map
        && map.get("name") == null
        && map.get("@id") instanceof String id
        && byId.containsKey(id)) {
      return byId.get(id);
    }
    return value;
  }
}
