package dev.redazione.ingest.raw;

/**
 * The bare label of a short line, the form in which furniture is compared: lowercase, without
 * surrounding decoration ({@code — Pubblicità —}, {@code [ADV]}, {@code Leggi anche...}) and with
 * typographic apostrophes folded to {@code '}.
 */
final class FurnitureLabel {

  private FurnitureLabel() {}

  static String of(LineShape line) {
    String folded = line.folded();
    int start = 0;
    int end = folded.length();
    while (start < end && !Character.isLetterOrDigit(folded.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetterOrDigit(folded.charAt(end - 1))) {
      end--;
    }
    return folded.substring(start, end);
  }
}
