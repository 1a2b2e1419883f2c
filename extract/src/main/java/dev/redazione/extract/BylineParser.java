package dev.redazione.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a byline — {@code di Mario Rossi}, {@code a cura di Anna Neri e Luca Bianchi}, {@code
 * Autore: Mario Rossi}, {@code di Redazione}, {@code Scritto da …} — into the names it signs. Only
 * whole-text bylines are read, so prose that happens to start with "di" is not.
 */
final class BylineParser {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?:(?:articolo|testo|post|scritto|redatto|firmato|pubblicato) (?:di|da)|a cura (?:di"
              + "|della|del)"
              + "|servizio di|intervista di|di|by|autore|autrice|autori|author|authors|written by|posted by|published by"
              + "|reporting by|firma|von|text|autor|autorin|geschrieben von|por|escrito por"
              + "|publicado por|par|écrit par|publié par)\\s*:?\\s+(?<names>.+)",
          FLAGS);
  private static final Pattern NAME_SEPARATOR =
      Pattern.compile(
          "\\s*(?:,|;|&|\\be\\b|\\band\\b|\\bcon\\b|\\bund\\b|\\by\\b|\\bet\\b)\\s*", FLAGS);

  private BylineParser() {}

  /** The names a whole-text byline signs, if the text is one. */
  static Optional<List<String>> parse(String text) {
    Matcher m = BYLINE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return names(m.group("names"));
  }

  /** The names of a list such as {@code Mario Rossi e Anna Neri}, if every item is a signature. */
  static Optional<List<String>> names(String list) {
    List<String> names = new ArrayList<>();
    for (String part : NAME_SEPARATOR.split(list.strip())) {
      if (part.isBlank()) {
        continue;
      }
      if (!PersonName.isSignature(part)) {
        return Optional.empty();
      }
      names.add(PersonName.display(part));
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }
}
