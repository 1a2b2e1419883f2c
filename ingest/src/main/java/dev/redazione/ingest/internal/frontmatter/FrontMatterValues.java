package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.DiagnosticLog;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The decoded keys of one front-matter block, looked up by alias and read as typed values. Each key
 * that gives a field is consumed; the others become extra metadata. Wrong types are reported at the
 * key's line. Mutable; confined to one read.
 */
final class FrontMatterValues {

  private static final ObjectMapper PLAIN = new JsonMapper();

  /** A key of the block with its value and file line. */
  record Entry(String key, JsonNode value, int line) {}

  private final ObjectNode tree;
  private final KeyLines lines;
  private final DiagnosticLog log;
  private final Set<String> consumed = new HashSet<>();

  FrontMatterValues(ObjectNode tree, KeyLines lines, DiagnosticLog log) {
    this.tree = tree;
    this.lines = lines;
    this.log = log;
  }

  DiagnosticLog log() {
    return log;
  }

  /** The key name folded for alias matching: lowercase, without {@code _} and {@code -}. */
  static String fold(String key) {
    return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /**
   * The first key, in alias order, that is not consumed. A key without a value ({@code tags:},
   * {@code subtitle: null}) says the field has none: it is consumed and the search stops there.
   */
  Optional<Entry> first(List<String> aliases) {
    for (String alias : aliases) {
      for (Map.Entry<String, JsonNode> field : tree.properties()) {
        if (consumed.contains(field.getKey()) || !fold(field.getKey()).equals(alias)) {
          continue;
        }
        if (isEmpty(field.getValue())) {
          consumed.add(field.getKey());
          return Optional.empty();
        }
        return Optional.of(
            new Entry(field.getKey(), field.getValue(), lines.lineOf(field.getKey())));
      }
    }
    return Optional.empty();
  }

  private static boolean isEmpty(JsonNode value) {
    return value.isNull()
        || value.isMissingNode()
        || (value.isTextual() && value.asText().isBlank())
        || (value.isContainerNode() && value.isEmpty());
  }

  /** Marks a key as used by a field. */
  void consume(Entry entry) {
    consumed.add(entry.key());
  }

  /** A scalar as text, entities decoded; a list or map is reported as a wrong type. */
  Optional<String> text(Entry entry) {
    Optional<String> text = scalarText(entry.value());
    if (text.isEmpty()) {
      wrongType(entry, "text");
    }
    return text;
  }

  static Optional<String> scalarText(JsonNode value) {
    if (!value.isValueNode() || value.isNull()) {
      return Optional.empty();
    }
    String text = HtmlEntities.decode(value.asText()).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** The first member of an object, in alias order, that has a scalar value. */
  static Optional<String> member(JsonNode object, List<String> aliases) {
    for (String alias : aliases) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (fold(field.getKey()).equals(alias)) {
          Optional<String> text = scalarText(field.getValue());
          if (text.isPresent()) {
            return text;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A list of names: a list of scalars or a comma-separated text; other forms are reported. */
  List<String> names(Entry entry) {
    JsonNode value = entry.value();
    List<String> names = new ArrayList<>();
    if (value.isTextual()) {
      for (String part : HtmlEntities.decode(value.asText()).split(",")) {
        if (!part.isBlank()) {
          names.add(part.strip());
        }
      }
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        scalarText(item)
            .ifPresentOrElse(
                names::add,
                () ->
                    log.warning(
                        entry.line(),
                        DiagnosticCode.WRONG_TYPE.code(),
                        "an item of `"
                            + entry.key()
                            + "` is "
                            + JsonKinds.describe(item)
                            + "; expected a name; it was ignored"));
      }
    } else {
      wrongType(entry, "a list of names or a comma-separated text");
    }
    return names;
  }

  /** Reports a value of the wrong type, which is then ignored. */
  void wrongType(Entry entry, String expected) {
    log.error(
        entry.line(),
        DiagnosticCode.WRONG_TYPE.code(),
        "`"
            + entry.key()
            + "` is "
            + JsonKinds.describe(entry.value())
            + "; expected "
            + expected
            + "; the value was ignored");
  }

  /** The keys no field consumed, as plain Java values in source order. */
  Map<String, Object> remaining() {
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : tree.properties()) {
      if (!consumed.contains(field.getKey())) {
        extra.put(field.getKey(), PLAIN.convertValue(field.getValue(), Object.class));
      }
    }
    return extra;
  }
}
