package dev.redazione.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;

/**
 * The fields of an article's canonical JSON that must survive an import: everything an editor
 * wrote, not where it was read from.
 */
record CanonicalFields(
    String slug,
    Object title,
    Object subtitle,
    Object date,
    Object updated,
    Object authors,
    Object tags,
    Object categories,
    Object image,
    Object headings,
    Object bodyMarkdown) {

  /** Reads the fields from the canonical JSON printed by {@code inspect --json}. */
  static CanonicalFields of(String json) {
    try {
      Map<String, Object> map =
          JsonMapper.builder().build().readerForMapOf(Object.class).readValue(json);
      return new CanonicalFields(
          (String) map.get("slug"),
          map.get("title"),
          map.get("subtitle"),
          map.get("date"),
          map.get("updated"),
          map.get("authors"),
          map.get("tags"),
          map.get("categories"),
          map.get("image"),
          map.get("headings"),
          map.get("bodyMarkdown"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }
}
