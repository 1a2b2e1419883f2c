package dev.redazione.extract;

import java.util.ArrayList;
import java.util.Iterator;
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

  /**
   * The words that label a byline, in the languages of {@link StopWords}; a longer label before a
   * shorter one it starts with ({@code von unserem Korrespondenten} before {@code von}).
   */
  private static final String LABEL =
      "(?:(?:dal nostro|dalla nostra|dai nostri|dalle nostre) (?:inviat[oaie]|corrispondent[ei])"
          + "|von unser(?:em|er) (?:korrespondent(?:en|in)|reporter(?:in)?)"
          + "|from our (?:correspondent|reporter)s?"
          + "|(?:articolo|testo|post|scritto|redatto|firmato|pubblicato) (?:di|da)|(?:veröffentlicht|erstellt|gepostet) von|a cura (?:di"
          + "|della|del)"
          + "|servizio di|intervista di|di|by|autore|autrice|autori|author|authors|written by|posted by|published by"
          + "|reporting by|firma|von|text|autor|autorin|autor/in|autoren|geschrieben von|verfasst von"
          + "|por|escrito por|publicado por|par|écrit par|publié par|auteur|auteurs)";

  /**
   * A byline: its label, maybe printed twice in lower case ({@code di di Anna Neri}, a paste of the
   * label and the link that repeats it), and the names.
   */
  private static final Pattern BYLINE =
      Pattern.compile(
          "(?<label>"
              + LABEL
              + ")(?-i:\\s+(?:di|by))?\\s*:?\\s+(?<names>.+)"
              + "|(?-i:By|Por|Von|Par)(?<glued>\\p{Lu}\\p{Ll}.+)",
          FLAGS);

  /**
   * A byline's label standing alone on its line, the names on the next: {@code Autore:}; or glued
   * to the section printed before it, capitalised: {@code Politik Von} — a sponsor's label ({@code
   * Sponsored By}, {@code Offerto da}) signs nothing.
   */
  private static final Pattern LABEL_ALONE =
      Pattern.compile(
          "(?:"
              + LABEL
              + "|(?!(?:sponsored|presented|powered|brought|supported|offered|gesponsert|präsentiert"
              + "|sponsorizzato|offerto|presentato|patrocinado)\\s)"
              + "\\p{Lu}[\\p{L}-]+\\s+(?-i:Von|By|Di|Por|Par))\\s*:?",
          FLAGS);

  /**
   * What a byline prints after the names to reach the author: a handle ending it or a piece of it
   * ({@code @annaneri}, {@code Anna Neri @annaneri / 2 days}), an e-mail address, a phone number.
   */
  private static final Pattern CONTACT =
      Pattern.compile(
          "\\s*@[\\p{L}\\p{N}_]+(?=\\s*(?:$|[/|•·,]))|\\s*[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}"
              + "|\\s*(?:\\+\\d{1,3}[ .-]?)?\\(\\d{2,4}\\)\\s?\\d{3}[-. ]?\\d{4}");

  /** A handle signing a blog post: one word of letters and digits, {@code jdadmin}, {@code oz}. */
  private static final Pattern HANDLE = Pattern.compile("[\\p{L}][\\p{L}\\p{N}_.-]{1,24}");

  /**
   * A handle no word of a language is: in lower case, with a digit or with a capital inside ({@code
   * hansg}, {@code anna83}, {@code AnnaN}), where a capitalised word may be a publisher or a place.
   */
  private static final Pattern USER_NAME =
      Pattern.compile("\\p{Ll}.*|.*\\p{N}.*|\\p{Lu}\\p{Ll}*\\p{Lu}.*");

  private static final Pattern NAME_SEPARATOR =
      Pattern.compile("\\s*(?:,|;|&|\\b(?:e|and|con|und|y|et)\\b(?!\\.))\\s*", FLAGS);

  /**
   * The author after a labelled date, in Italian: {@code Pubblicato il 4 maggio 2022 da Anna Neri},
   * where "da" alone would be a place or a time ({@code da Roma}, {@code da ieri}).
   */
  private static final Pattern AFTER_DATE = Pattern.compile("(?i:da)\\s+(?<names>.+)");

  /**
   * A link to the comments glued to the end of a byline by the paste ({@code di Anna Neri
   * Commenta}): no part of the name.
   */
  private static final Pattern TRAILING_COMMENTS_LINK =
      Pattern.compile(
          "\\s+(?:\\d+\\s+)?(?-i:Commenta|Commenti|Comment|Comments|Kommentieren|Kommentare|Comentar"
              + "|Comentarios|Commenter|Commentaires)\\s*$");

  private BylineParser() {}

  /** Whether the text goes on with another name of a list: {@code and Kevin McCoy}, {@code e …}. */
  static boolean continuesList(String text) {
    return NAME_SEPARATOR.matcher(text).lookingAt();
  }

  /** The names a whole-text byline signs, if the text is one. */
  static Optional<List<String>> parse(String text) {
    Matcher m = BYLINE.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    String names = m.group("names") != null ? m.group("names") : m.group("glued");
    Optional<List<String>> read =
        names(TRAILING_COMMENTS_LINK.matcher(withoutContacts(names)).replaceFirst(""));
    if (read.isPresent() || m.group("label") == null || m.group("label").indexOf(' ') < 0) {
      return read;
    }
    // a label of two words or more ("Scritto da", "Veröffentlicht von") is no prose: a user signs
    return handle(text).filter(handle -> USER_NAME.matcher(handle).matches()).map(List::of);
  }

  /**
   * The names a piece of a line signs when it follows a labelled publication date ({@code da Anna
   * Neri} in {@code Pubblicato il 4 maggio 2022 da Anna Neri}), if it is a byline there.
   */
  static Optional<List<String>> parseAfterDate(String text) {
    Matcher m = AFTER_DATE.matcher(text.strip());
    return m.matches() ? names(withoutContacts(m.group("names"))) : parse(text);
  }

  /**
   * The text without the contacts a byline prints after the names: an e-mail address, a phone
   * number with its area code in brackets, a handle ending it.
   */
  static String withoutContacts(String text) {
    if (text.indexOf('@') < 0 && text.indexOf('(') < 0) {
      return text;
    }
    return CONTACT.matcher(text).replaceAll(" ").strip();
  }

  /** Whether the text is a byline's label alone ({@code Autore:}, {@code By}, {@code Von}). */
  static boolean isLabel(String text) {
    return LABEL_ALONE.matcher(text.strip()).matches();
  }

  /**
   * The handle a labelled byline signs with ({@code by jdadmin}, {@code von Creeny}), as blogs sign
   * beside the date, if the text is one.
   */
  static Optional<String> handle(String text) {
    Matcher m = BYLINE.matcher(text.strip());
    if (!m.matches() || m.group("names") == null) {
      return Optional.empty();
    }
    String handle = m.group("names").strip();
    return HANDLE.matcher(handle).matches()
            && !StopWords.isFunctionWordOfAnyLanguage(handle.toLowerCase(java.util.Locale.ROOT))
        ? Optional.of(handle)
        : Optional.empty();
  }

  /**
   * The names of a bare list of two or more people's names ({@code Anna Neri, Luca Bianchi e Marta
   * Verdi}), with nothing else on the line: no label, role, outlet or credit.
   */
  static Optional<List<String>> plainNames(String text) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> parts = parts(text); parts.hasNext(); ) {
      String part = parts.next();
      if (!PersonName.isPersonName(part)) {
        return Optional.empty();
      }
      names.add(PersonName.display(part.strip()));
    }
    return names.size() < 2 ? Optional.empty() : Optional.of(List.copyOf(names));
  }

  /**
   * The parts of a stripped list between its name separators, as {@link Pattern#split} gives them,
   * taken one at a time: the first part decides most lines, and a paragraph of prose has many.
   */
  private static Iterator<String> parts(String list) {
    return NAME_SEPARATOR.splitAsStream(list.strip()).iterator();
  }

  /**
   * The names of a list such as {@code Mario Rossi e Anna Neri}, if every item is a signature or,
   * after the first, a role or outlet ({@code Anna Neri, Staff Writer}), which is left out with the
   * place that may follow it ({@code Anna Neri, Staff Writer, New York}).
   */
  static Optional<List<String>> names(String list) {
    List<String> names = new ArrayList<>();
    boolean affiliated = false;
    for (Iterator<String> parts = parts(list); parts.hasNext(); ) {
      String part = parts.next();
      if (part.isBlank()) {
        continue;
      }
      if (!names.isEmpty() && !affiliated && PersonName.isCredentials(part)) {
        names.set(names.size() - 1, names.get(names.size() - 1) + ", " + part.strip());
        continue; // "Ann Lee CPP, PSP": credentials stay with the name they follow
      }
      Optional<String> name = PersonName.signature(part);
      if (name.isPresent() && !affiliated) {
        names.add(name.get());
      } else if (names.isEmpty() || name.isEmpty() && !PersonName.isAffiliation(part)) {
        return Optional.empty();
      } else {
        affiliated = true; // what follows an outlet is its place: "BBC News, New York"
      }
    }
    return names.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(names));
  }
}
