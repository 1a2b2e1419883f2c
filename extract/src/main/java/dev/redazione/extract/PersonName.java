package dev.redazione.extract;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises text shaped like a person's name ({@code Claudio Garau}, {@code Maria De Santis},
 * {@code Jean-Luc D’Amico}) or a newsroom signature ({@code Redazione}, {@code la Redazione di
 * Wired}).
 */
final class PersonName {

  private static final int MAX_LENGTH = 50;
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}’'\\-]*\\.?|\\p{Lu}\\.");
  private static final Set<String> PARTICLES =
      Set.of(
          "de", "di", "da", "del", "della", "dello", "dal", "van", "von", "der", "den", "la", "lo",
          "le", "mc");
  private static final Pattern NEWSROOM =
      Pattern.compile(
          "(?:la\\s+)?(?:redazione|staff|team editoriale)(?:\\s+(?:di\\s+)?\\p{Lu}[\\p{L}.]*){0,3}",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern ARTICLE = Pattern.compile("^la\\s+", Pattern.CASE_INSENSITIVE);

  private PersonName() {}

  /**
   * Two to five capitalised words (name particles allowed between them), none a function word of a
   * language ({@code View All}, {@code Pin It} are buttons), no digits, no sentence.
   */
  static boolean isPersonName(String text) {
    String name = text.strip();
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int capitalised = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      boolean particle =
          i > 0
              && i < words.length - 1
              && PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT));
      if (particle) {
        continue;
      }
      if (!NAME_WORD.matcher(word).matches()
          || StopWords.isFunctionWordOfAnyLanguage(word.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
      capitalised++;
    }
    return capitalised >= 2 && !name.endsWith(".");
  }

  /** A newsroom signature such as {@code Redazione} or {@code la Redazione di Wired}. */
  static boolean isNewsroom(String text) {
    return NEWSROOM.matcher(text.strip()).matches();
  }

  /** A person's name or a newsroom signature. */
  static boolean isSignature(String text) {
    return isPersonName(text) || isNewsroom(text);
  }

  /**
   * The name as displayed: a leading article of a newsroom signature dropped, first letter
   * capitalised.
   */
  static String display(String text) {
    String name = ARTICLE.matcher(text.strip()).replaceFirst("");
    return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
