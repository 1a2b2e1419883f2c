package dev.redazione.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The function words (articles, prepositions, conjunctions, pronouns, common auxiliaries) of one
 * language, whose share of a line tells running prose from labels, names and menus: real prose is
 * typically 35–50% function words, page furniture and teaser titles far fewer. The lists are
 * resources ({@code stopwords/LANG.txt}); the language of a text is the one whose function words it
 * uses most. Immutable and thread-safe.
 */
final class StopWords {

  /** The languages with a list, Italian first: it wins ties and is the default. */
  enum Language {
    IT(true),
    EN(true),
    DE(true),
    ES(true),
    FR(true),
    PT(true),
    NL(false),
    DA(false),
    NO(false),
    SV(false),
    FI(false),
    ID(false),
    RU(false);

    private final boolean screensNames;

    Language(boolean screensNames) {
      this.screensNames = screensNames;
    }

    /**
     * Whether a word of its list rules out a person's name ({@code Über Anna Neri} is a heading):
     * true for the languages of most bylines read here. The other lists hold words that are also
     * common names or parts of names ({@code Har}, {@code Min}, {@code Hans}, {@code Van}), and
     * serve to tell the language and the prose of a text only.
     */
    boolean screensNames() {
      return screensNames;
    }
  }

  /** Words looked at to tell the language of a text; more change nothing but the cost. */
  static final int DETECTION_WORDS = 150;

  /** The language is told by lines of at least this many words, sentences rather than labels. */
  static final int DETECTION_LINE_MIN_WORDS = 6;

  /** Function words of one language the sentence-long lines hold at least, to tell it alone. */
  static final int DETECTION_MIN_HITS = 10;

  private static final Map<Language, StopWords> LISTS = load();
  private static final Map<String, Integer> LANGUAGES_OF_WORD = languagesOfWords();

  /** {@link #LANGUAGES_OF_WORD} looked up by a region of a line, without copying the word. */
  private static final WordTable LANGUAGE_TABLE = new WordTable(LANGUAGES_OF_WORD);

  private static final int NAME_SCREENING_LANGUAGES = nameScreeningLanguages();

  /** Italian, the language of the site, also used when a text gives no clue. */
  static final StopWords ITALIAN = LISTS.get(Language.IT);

  private final Language language;
  private final Set<String> words;

  /** Elided forms without their apostrophe: {@code l}, {@code dell}. */
  private final Set<String> elided;

  /** Whether some function words are written with an apostrophe ({@code don't}). */
  private final boolean apostropheWords;

  private final WordTable wordTable;
  private final WordTable elidedTable;

  private StopWords(Language language, Set<String> words, Set<String> elided) {
    this.language = language;
    this.words = Set.copyOf(words);
    this.elided = Set.copyOf(elided);
    this.apostropheWords = words.stream().anyMatch(w -> w.indexOf('\'') >= 0);
    this.wordTable = new WordTable(this.words);
    this.elidedTable = new WordTable(this.elided);
  }

  static StopWords of(Language language) {
    return LISTS.get(language);
  }

  Language language() {
    return language;
  }

  /**
   * The list of the language whose function words the lines use most, looking at the first {@value
   * #DETECTION_WORDS} words of its lines of at least {@value #DETECTION_LINE_MIN_WORDS} words when
   * they hold at least {@value #DETECTION_MIN_HITS} function words of one language, else at the
   * first words of all its lines; Italian when none is used. A whole page opens with menus, whose
   * labels hold no function words.
   */
  static StopWords detect(List<String> lines) {
    int[] hits = hits(lines.stream().filter(StopWords::isSentenceLong).toList());
    if (Arrays.stream(hits).max().orElse(0) < DETECTION_MIN_HITS) {
      hits = hits(lines);
    }
    Language best = Language.IT;
    for (Language language : Language.values()) {
      if (hits[language.ordinal()] > hits[best.ordinal()]) {
        best = language;
      }
    }
    return LISTS.get(best);
  }

  private static boolean isSentenceLong(String line) {
    int words = 0;
    for (int start = 0; start < line.length(); start++) {
      if (line.charAt(start) != ' '
          && (start == 0 || line.charAt(start - 1) == ' ')
          && ++words >= DETECTION_LINE_MIN_WORDS) {
        return true;
      }
    }
    return false;
  }

  /** How many of the first words of the lines are function words, by language. */
  private static int[] hits(List<String> lines) {
    int[] hits = new int[Language.values().length];
    int seen = 0;
    for (String line : lines) {
      int length = line.length();
      int start = 0;
      while (start < length && seen < DETECTION_WORDS) {
        int end = line.indexOf(' ', start);
        if (end < 0) {
          end = length;
        }
        if (end > start) {
          seen++;
          int languages = languagesOf(line, start, end);
          if (languages != 0) {
            for (Language language : Language.values()) {
              if ((languages & 1 << language.ordinal()) != 0) {
                hits[language.ordinal()]++;
              }
            }
          }
        }
        start = end + 1;
      }
      if (seen >= DETECTION_WORDS) {
        break;
      }
    }
    return hits;
  }

  /**
   * Whether a lowercase word is a function word of any of the languages that screen names ({@link
   * Language#screensNames()}).
   */
  static boolean isFunctionWordOfAnyLanguage(String lower) {
    Integer languages = LANGUAGES_OF_WORD.get(lower);
    return languages != null && (languages & NAME_SCREENING_LANGUAGES) != 0;
  }

  /** Whether a word (any case, surrounding punctuation ignored) is a function word. */
  boolean isStopWord(String word) {
    return isStopWord(word, 0, word.length());
  }

  /** As {@link #isStopWord(String)}, for the word between two indexes of a text. */
  boolean isStopWord(String text, int from, int to) {
    int start = from;
    while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int apostrophe = indexOfApostrophe(text, start, to);
    if (apostrophe > start) {
      return elidedTable.contains(text, start, apostrophe)
          || apostropheWords && wordTable.contains(text, start, end);
    }
    return wordTable.contains(text, start, end);
  }

  /** The share of the words of a text that are function words, 0 for text without words. */
  double density(String text) {
    return LineShape.of(text, this).stopDensity();
  }

  /**
   * The languages whose function word is the word between two indexes of a text, one bit each,
   * surrounding punctuation ignored; an elided form by its letters and apostrophe ({@code dell'}).
   */
  private static int languagesOf(String text, int from, int to) {
    int start = from;
    while (start < to && !Character.isLetterOrDigit(text.charAt(start))) {
      start++;
    }
    int end = to;
    while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    int apostrophe = indexOfApostrophe(text, start, end);
    return LANGUAGE_TABLE.valueOf(text, start, apostrophe > start ? apostrophe + 1 : end);
  }

  /** The index of the first apostrophe, straight or typographic, between two indexes, or -1. */
  static int indexOfApostrophe(String word, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '’') {
        return i;
      }
    }
    return -1;
  }

  private static Map<Language, StopWords> load() {
    Map<Language, StopWords> lists = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String resource = "stopwords/" + language.name().toLowerCase(Locale.ROOT) + ".txt";
      Set<String> words = new HashSet<>();
      Set<String> elided = new HashSet<>();
      try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + resource);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String word = line.strip();
          if (word.isEmpty() || word.startsWith("#")) {
            continue;
          }
          if (word.endsWith("'")) {
            elided.add(word.substring(0, word.length() - 1));
          } else {
            words.add(word);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      lists.put(language, new StopWords(language, words, elided));
    }
    return lists;
  }

  private static int nameScreeningLanguages() {
    int bits = 0;
    for (Language language : Language.values()) {
      bits |= language.screensNames() ? 1 << language.ordinal() : 0;
    }
    return bits;
  }

  /** Each function word with the languages it belongs to, one bit per language. */
  private static Map<String, Integer> languagesOfWords() {
    Map<String, Integer> languages = new HashMap<>();
    for (StopWords list : LISTS.values()) {
      int bit = 1 << list.language.ordinal();
      for (String word : list.words) {
        languages.merge(word, bit, (a, b) -> a | b);
      }
      for (String form : list.elided) {
        languages.merge(form + "'", bit, (a, b) -> a | b);
      }
    }
    return Map.copyOf(languages);
  }
}
