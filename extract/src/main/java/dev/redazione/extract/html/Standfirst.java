package dev.redazione.extract.html;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.extract.Extracted;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The standfirst of a page: the description its metadata gives (the JSON-LD article's {@code
 * description}, else {@code og:description}, {@code twitter:description} or the {@code description}
 * meta tag) when it reads as one: between {@value #MIN_LENGTH} and {@value #MAX_LENGTH} characters,
 * not the title, and not a copy of the body's opening (pages often fill it with the first
 * paragraph, cut). Stateless and thread-safe.
 */
final class Standfirst {

  private static final int MIN_LENGTH = 20;
  private static final int MAX_LENGTH = 300;
  private static final int OPENING = 2000;
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)]*\\)");

  private Standfirst() {}

  static Optional<Extracted<String>> choose(
      StructuredData ld, MetaTags meta, String title, String bodyMarkdown) {
    String start = bodyMarkdown.substring(0, Math.min(bodyMarkdown.length(), OPENING));
    String opening =
        Words.squeeze(LINK.matcher(start).replaceAll("$1").replaceAll("[*_>#\\\\]", ""))
            .toLowerCase(Locale.ROOT);
    Optional<Extracted<String>> fromLd =
        ld.text("description")
            .map(d -> new Extracted<>(d, Provenance.at(Origin.HTML_JSON_LD, ld.line())));
    Optional<Extracted<String>> fromMeta =
        meta.first(List.of("og:description", "twitter:description", "description"))
            .map(v -> new Extracted<>(v.content(), Provenance.at(Origin.HTML_META, v.line())));
    return fromLd
        .or(() -> fromMeta)
        .map(d -> new Extracted<>(Words.squeeze(d.value()), d.provenance()))
        .filter(d -> reads(d.value(), title, opening));
  }

  private static boolean reads(String text, String title, String opening) {
    if (text.length() < MIN_LENGTH || text.length() > MAX_LENGTH || text.equalsIgnoreCase(title)) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    String cut = lower.replaceAll("(\\s*(\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.]))+$", "");
    String head = cut.substring(0, Math.min(cut.length(), 80));
    return !opening.contains(head);
  }
}
