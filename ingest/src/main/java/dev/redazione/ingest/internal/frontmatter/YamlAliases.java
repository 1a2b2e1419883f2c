package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses YAML aliases ({@code *name}). Jackson's YAML parser does not expand them: it gives the
 * anchor's name as if it were the value, so {@code tags: *t} would read as the tag {@code t}.
 * Expanding them is the classic way to make a small file decode into a huge tree ("billion
 * laughs"), and front matter has no need of them; so each alias is found, removed from the tree
 * (the key then has no value) and reported as a {@code YAML_ALIAS} error at its line. Anchors
 * ({@code &name}) alone are harmless and kept. Stateless.
 */
final class YamlAliases {

  /** An alias in the block: where it sits in the tree and its line in the block (1-based). */
  record Alias(JsonPointer at, String name, int line) {}

  private YamlAliases() {}

  /**
   * The aliases of a YAML block, in order; none when it has no {@code *}.
   *
   * @throws IOException if the block cannot be parsed
   */
  static List<Alias> find(ObjectMapper yaml, String block) throws IOException {
    List<Alias> aliases = new ArrayList<>();
    if (block.indexOf('*') < 0) {
      return aliases;
    }
    try (JsonParser parser = yaml.createParser(block)) {
      while (parser.nextToken() != null) {
        if (parser instanceof YAMLParser yamlParser && yamlParser.isCurrentAlias()) {
          aliases.add(
              new Alias(
                  parser.getParsingContext().pathAsPointer(),
                  parser.getText(),
                  parser.currentTokenLocation().getLineNr()));
        }
      }
    }
    return aliases;
  }

  /**
   * Replaces the value at an alias with null: the alias's key then has no value. (A YAML alias
   * cannot be a key here: the parser refuses it.)
   */
  static void remove(ObjectNode tree, Alias alias) {
    JsonPointer at = alias.at();
    if (at.matches()) {
      return;
    }
    JsonNode parent = tree.at(at.head());
    String last = at.last().getMatchingProperty();
    if (parent instanceof ObjectNode object && object.has(last)) {
      object.set(last, NullNode.getInstance());
    } else if (parent instanceof ArrayNode array && at.last().getMatchingIndex() >= 0) {
      int index = at.last().getMatchingIndex();
      if (index < array.size()) {
        array.set(index, NullNode.getInstance());
      }
    }
  }
}
