package dev.redazione.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code build} wrote.
 *
 * @param pages files rendered from routes (pages, feeds, sitemap, robots rules, stylesheet, JSON
 *     API, 404, search page, redirect pages)
 * @param images image files copied
 * @param bytes bytes written
 * @param searchIndexBytes bytes of the search index, of those written
 * @param millis wall time of rendering and writing, in milliseconds
 * @param warnings what went wrong without stopping the build, such as a previous build that could
 *     not be deleted
 */
record ExportSummary(
    int pages, int images, long bytes, long searchIndexBytes, long millis, List<String> warnings) {

  /** Copies the warnings. */
  ExportSummary {
    warnings = List.copyOf(warnings);
  }

  /** The JSON form. */
  Map<String, Object> json() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("pages", pages);
    json.put("images", images);
    json.put("bytes", bytes);
    json.put("searchIndexBytes", searchIndexBytes);
    json.put("millis", millis);
    json.put("warnings", warnings);
    return json;
  }
}
