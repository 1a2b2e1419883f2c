package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the person names of a byline as a page prints it: a label first ({@code By}, {@code Written
 * by}, {@code di}, {@code Von}, {@code Autor:}, {@code Text:}, …), names joined by commas or {@code
 * and}, and often the date, a role or a time after them ({@code Jane Doe Tech Reporter}, {@code
 * Jane Doe Updated May 2}, {@code Jane Doe @ 12:00}), which are cut off. A name is one to four
 * capitalised words (or all in capitals), with name particles ({@code de}, {@code van}) between
 * them; a single word only after a label. Credentials after a name ({@code Jane Doe, MS, RDN}) are
 * left out, a month alone (the date, cut at its day) ends the names, and labels and buttons ({@code
 * The Author}, {@code Learn more}) are no names. Stateless and thread-safe.
 */
final class BylineNames {

  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?iu:(?:posted|written|published|reported|veröffentlicht|geschrieben|erstellt|publié"
              + "|écrit|publicado|escrito|pubblicato|scritto|a\\s+cura|un\\s+articolo)\\s+(?:by|von"
              + "|par|por|da|di)|by|von|por|par|door|texte?|autore|autor|auteur|author|redaktion"
              + "|text\\s+und\\s+fotos?)|di|da|de|av)(?:\\s*[:：]\\s*|\\s+)(?=\\p{L})"
              + "|^责任编辑\\s*[:：]\\s*");
  private static final Pattern ONLY_LABEL =
      Pattern.compile(
          "(?i)(?:(?:posted|written|published|veröffentlicht|geschrieben|erstellt|publié|écrit"
              + "|publicado|escrito|pubblicato|scritto|a\\s+cura)"
              + "\\s+)?(?:by|von|por|par|di|da|de|door|text|autor|autore|auteur|author)\\s*[:：]?");
  private static final Pattern TAIL =
      Pattern.compile(
          "(?i)\\s*(?:\\||·|•|—|–|\\s-\\s|@|\\(|(?<!\\p{L})\\d|\\b(?:on|am|le|el|il|updated|published|posted"
              + "|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato"
              + "|aggiornato|tech reporter|reporter|staff writer|senior|editor|correspondent"
              + "|co-founder|founder|chief|writer|redakteur|in)\\b).*$");
  private static final Pattern SPLIT =
      Pattern.compile("\\s*(?:,|;|/|\\s(?:and|und|et|y|e|&)\\s)\\s*", Pattern.CASE_INSENSITIVE);
  private static final Set<String> PARTICLES =
      Set.of("de", "di", "da", "del", "della", "van", "von", "der", "den", "la", "le", "du", "dos");
  private static final Pattern WORD = Pattern.compile("[\\p{Lu}][\\p{L}'’.\\-]*|\\p{Lu}\\.");

  /** Particles in capitals, which are no labels alone. */
  private static final Set<String> CAPITAL_PARTICLES = Set.of("DI", "DA", "DE", "AV");

  private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’._\\-]*");

  /** Words no name holds: labels and buttons printed where a byline stands. */
  private static final Set<String> NON_NAMES =
      Set.of(
          "author",
          "authors",
          "autor",
          "autoren",
          "autore",
          "autori",
          "auteur",
          "auteurs",
          "link",
          "links",
          "date",
          "datum",
          "more",
          "learn",
          "read",
          "view",
          "profile",
          "profil",
          "posts",
          "menu",
          "search",
          "share",
          "follow",
          "login",
          "mon",
          "mehr",
          "leggi",
          "altro",
          "articles",
          "article",
          "stories",
          "artikel",
          "articoli",
          "beiträge");

  /**
   * Month names and abbreviations of the corpus languages: what is left of a date after the names.
   */
  private static final Set<String> MONTHS =
      Set.of(
          "jan",
          "feb",
          "mar",
          "apr",
          "may",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "januar",
          "februar",
          "märz",
          "mai",
          "juni",
          "juli",
          "oktober",
          "dezember",
          "gennaio",
          "febbraio",
          "marzo",
          "aprile",
          "maggio",
          "giugno",
          "luglio",
          "agosto",
          "settembre",
          "ottobre",
          "dicembre",
          "janvier",
          "février",
          "mars",
          "avril",
          "juin",
          "juillet",
          "août",
          "septembre",
          "octobre",
          "décembre",
          "enero",
          "febrero",
          "abril",
          "mayo",
          "junio",
          "julio",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre");

  /** A professional credential after a name ({@code MS}, {@code RDN}, {@code PhD}, {@code MD}). */
  private static final Pattern CREDENTIAL = Pattern.compile("\\p{Lu}{2,5}|Ph\\.?D\\.?|M\\.D\\.");

  private static final int MAX_WORDS = 4;
  private static final int MAX_LENGTH = 60;

  private BylineNames() {}

  /** Whether a text starts with a byline label, such as {@code By Jane Doe}. */
  static boolean isLabelled(String text) {
    return LABEL.matcher(Words.squeeze(text)).lookingAt();
  }

  /**
   * Whether a text is a byline label alone, such as {@code By} or {@code Autor:}; a particle in
   * capitals ({@code DE}, {@code DA}: a language switch, an abbreviation) is none.
   */
  static boolean isLabel(String text) {
    String label = text.strip();
    return ONLY_LABEL.matcher(label).matches() && !CAPITAL_PARTICLES.contains(label);
  }

  /** Whether a text is professional credentials alone ({@code MS, RDN}, {@code MD}). */
  static boolean isCredentials(String text) {
    String[] parts = text.strip().split("\\s*,\\s*");
    for (String part : parts) {
      if (!CREDENTIAL.matcher(part).matches()) {
        return false;
      }
    }
    return parts.length > 0;
  }

  /**
   * The names of a byline text.
   *
   * @param labelled whether a label precedes the text (in it or just before it), which lets a
   *     single word be a name
   * @param lenient whether the element is marked as the author, which lets a user name such as
   *     {@code jdoe42} be a name
   */
  static List<String> parse(String text, boolean labelled, boolean lenient) {
    String squeezed = Words.squeeze(text);
    Matcher label = LABEL.matcher(squeezed);
    if (label.lookingAt()) {
      squeezed = squeezed.substring(label.end());
      labelled = true;
    }
    String names = TAIL.matcher(squeezed).replaceFirst("");
    List<String> found = new ArrayList<>();
    for (String part : SPLIT.split(names)) {
      String name = part.strip();
      if (!found.isEmpty() && CREDENTIAL.matcher(name).matches()) {
        continue;
      }
      if (MONTHS.contains(name.toLowerCase(Locale.ROOT))) {
        break;
      }
      if (isName(name, labelled, lenient)) {
        found.add(name);
      } else if (!name.isEmpty()) {
        break;
      }
    }
    return found;
  }

  private static boolean isName(String name, boolean labelled, boolean lenient) {
    if (name.isEmpty() || name.length() > MAX_LENGTH) {
      return false;
    }
    String[] words = name.split(" ");
    int named = 0;
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String lower = word.toLowerCase(Locale.ROOT);
      if (i > 0 && PARTICLES.contains(lower)) {
        continue;
      }
      if (NON_NAMES.contains(lower)) {
        return false;
      }
      if (!(lenient ? HANDLE : WORD).matcher(word).matches()) {
        return false;
      }
      named++;
    }
    return named >= (labelled ? 1 : 2) && named <= MAX_WORDS;
  }
}
