package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;

/** Plain-language names of the kinds of decoded values, for diagnostics. */
final class JsonKinds {

  private JsonKinds() {}

  /** "a list", "a map", "a number", … */
  static String describe(JsonNode node) {
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "a map";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNull()) {
      return "empty";
    }
    return "text";
  }
}
