package dev.redazione.ingest.raw;

import java.util.regex.Pattern;

/**
 * The bare label of a short line, the form in which furniture is compared: lowercase, without
 * surrounding decoration ({@code — Pubblicità —}, {@code [ADV]}, {@code Leggi anche...}) and with
 * typographic apostrophes folded to {@code '}.
 */
final class FurnitureLabel {

  private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private FurnitureLabel() {}

  static String of(LineShape line) {
    String folded = line.lower().replace('’', '\'').replace('‘', '\'');
    return SPACES.matcher(EDGES.matcher(folded).replaceAll("")).replaceAll(" ");
  }
}
