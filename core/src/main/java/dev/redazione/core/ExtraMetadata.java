package dev.redazione.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Deep, order-preserving, unmodifiable copies of front-matter values that have no typed field. */
final class ExtraMetadata {

  private ExtraMetadata() {}

  /**
   * Copies a map whose values are strings, numbers, booleans, nulls, lists or maps of the same,
   * making every level unmodifiable.
   */
  static Map<String, Object> copyOf(Map<String, ?> extra) {
    Map<String, Object> copy = new LinkedHashMap<>();
    extra.forEach((key, value) -> copy.put(key, copyValue(key, value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object copyValue(String key, Object value) {
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(String.valueOf(k), copyValue(key, v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<Object> copy = new ArrayList<>(list.size());
      list.forEach(v -> copy.add(copyValue(key, v)));
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "extra metadata `"
            + key
            + "` has a value of type "
            + value.getClass().getName()
            + "; expected a string, number, boolean, list or map");
  }
}
