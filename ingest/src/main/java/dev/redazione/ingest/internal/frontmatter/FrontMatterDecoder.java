package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.DiagnosticLog;
import dev.redazione.ingest.internal.FrontMatterSyntax;
import dev.redazione.ingest.internal.SplitSource;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Decodes a front-matter block with Jackson into a tree of keys. Syntax errors become an {@code
 * INVALID_FRONT_MATTER} error at the file line Jackson points to; YAML aliases are refused with a
 * {@code YAML_ALIAS} error (see {@link YamlAliases}). Thread-safe: the mappers are configured once
 * and only read from.
 */
public final class FrontMatterDecoder {

  private static final ObjectMapper YAML = new YAMLMapper();
  private static final ObjectMapper TOML = new TomlMapper();
  private static final ObjectMapper JSON = new JsonMapper();

  /** The keys of the block, or empty when it cannot be decoded (the reason is in {@code log}). */
  public Optional<ObjectNode> decode(SplitSource split, DiagnosticLog log) {
    if (split.frontMatter().isBlank()) {
      return Optional.of(JSON.createObjectNode());
    }
    try {
      JsonNode tree = mapper(split.syntax()).readTree(split.frontMatter());
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return Optional.of(JSON.createObjectNode());
      }
      if (tree instanceof ObjectNode object) {
        if (split.syntax() == FrontMatterSyntax.YAML) {
          refuseAliases(object, split, log);
        }
        return Optional.of(object);
      }
      log.error(
          split.frontMatterLine(),
          DiagnosticCode.INVALID_FRONT_MATTER.code(),
          "the front matter is " + JsonKinds.describe(tree) + "; expected `key: value` pairs");
      return Optional.empty();
    } catch (JacksonException e) {
      log.error(
          fileLine(split, e.getLocation()),
          DiagnosticCode.INVALID_FRONT_MATTER.code(),
          "the "
              + split.syntax()
              + " front matter cannot be read: "
              + summary(e.getOriginalMessage()));
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      log.error(
          split.frontMatterLine(),
          DiagnosticCode.INVALID_FRONT_MATTER.code(),
          "the " + split.syntax() + " front matter cannot be read: " + summary(e.getMessage()));
      return Optional.empty();
    }
  }

  private static void refuseAliases(ObjectNode tree, SplitSource split, DiagnosticLog log)
      throws IOException {
    List<YamlAliases.Alias> aliases = YamlAliases.find(YAML, split.frontMatter());
    if (aliases.isEmpty()) {
      return;
    }
    aliases.forEach(alias -> YamlAliases.remove(tree, alias));
    YamlAliases.Alias first = aliases.get(0);
    int line = fileLine(split, first.line());
    log.error(
        line,
        DiagnosticCode.YAML_ALIAS.code(),
        "`*"
            + first.name()
            + "` (line "
            + line
            + ") is a YAML alias"
            + (aliases.size() == 1 ? "" : ", one of " + aliases.size())
            + "; aliases are not expanded, so their values were ignored; write each value in full");
  }

  private static ObjectMapper mapper(FrontMatterSyntax syntax) {
    return switch (syntax) {
      case YAML -> YAML;
      case TOML -> TOML;
      case JSON -> JSON;
    };
  }

  private static int fileLine(SplitSource split, JsonLocation location) {
    return fileLine(split, location == null ? 0 : location.getLineNr());
  }

  /** The file line of a 1-based line of the block; the block's first line when unknown. */
  private static int fileLine(SplitSource split, int line) {
    return line < 1 ? split.frontMatterLine() : split.frontMatterLine() + line - 1;
  }

  /**
   * The unindented lines of a parser message (YAML messages indent their locations and snippets).
   */
  private static String summary(String message) {
    if (message == null || message.isBlank()) {
      return "syntax error";
    }
    String summary =
        String.join(
            ": ",
            message
                .strip()
                .lines()
                .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                .toList());
    return summary.length() > 200 ? summary.substring(0, 200) + "…" : summary;
  }
}
