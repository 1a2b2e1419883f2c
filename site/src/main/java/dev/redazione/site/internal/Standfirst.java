package dev.redazione.site.internal;

import dev.redazione.core.Article;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subtitle shown as a standfirst, without an image credit written at its end in brackets
 * ({@code … potente. [Immagine presa dal blog ufficiale di OpenAI]}, {@code … (Foto: Ansa)}): the
 * credit belongs to the image, whose caption it becomes when the image has none and is shown.
 */
final class Standfirst {

  private static final Pattern CREDIT =
      Pattern.compile(
          "\\s*[\\[(]\\s*((?:immagin[ei]|foto|fotografia|credits?|crediti|ph|photo|image)\\b"
              + "[^\\[\\]()]*?)\\s*[\\])]\\s*$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private Standfirst() {}

  /** The subtitle without a trailing image credit; nothing when nothing else is left. */
  static Optional<String> of(Article article) {
    return article
        .subtitle()
        .map(subtitle -> CREDIT.matcher(subtitle).replaceFirst("").strip())
        .filter(text -> !text.isEmpty());
  }

  /** The image credit at the end of the subtitle, without its brackets. */
  static Optional<String> credit(Article article) {
    return article
        .subtitle()
        .map(CREDIT::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1).strip());
  }
}
