package dev.redazione.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a short title from the first sentence of a text that has no headline, without the place
 * in capitals that opens it ({@code TERMOLI. È cominciata …}): the sentence itself when short, else
 * cut at a clause boundary (punctuation first, then a conjunction), else at a word boundary with an
 * ellipsis.
 */
final class TitleDeriver {

  static final int MAX_CHARS = 100;
  static final int MIN_CLAUSE_CHARS = 40;
  static final int WORD_CUT_CHARS = 80;
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[\\p{Ll}\\p{N}\\p{Pf}\"»)]{2})[.!?…](?=\\s+[\\p{Lu}\\p{N}\"“«‘])");
  private static final Pattern PUNCTUATION_BREAK =
      Pattern.compile(",\\s|\\s[–—-]\\s|:\\s|;\\s|\\s\\(");
  private static final Pattern CONJUNCTION_BREAK =
      Pattern.compile("\\s(?:e|ed|ma|mentre|perché|poiché|dopo che)\\s");

  /** The place in capitals opening a lead, with its full stop or dash: {@code TERMOLI. }. */
  private static final Pattern LEADING_PLACE =
      Pattern.compile("^\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,}){0,2}\\s*(?:\\.|\\s[–—-])\\s+(?=\\p{Lu})");

  private TitleDeriver() {}

  static String derive(String paragraph, StopWords stopWords) {
    String sentence = firstSentence(LEADING_PLACE.matcher(paragraph.strip()).replaceFirst(""));
    if (sentence.length() <= MAX_CHARS) {
      return sentence;
    }
    int cut = lastBreak(PUNCTUATION_BREAK, sentence);
    if (cut < 0) {
      cut = lastBreak(CONJUNCTION_BREAK, sentence);
    }
    if (cut > 0) {
      return sentence.substring(0, cut).strip();
    }
    return cutAtWord(sentence, stopWords) + "…";
  }

  /**
   * The start of the last break between {@value #MIN_CLAUSE_CHARS} and {@value #MAX_CHARS}
   * characters, or -1.
   */
  private static int lastBreak(Pattern breaks, String sentence) {
    int cut = -1;
    Matcher clause = breaks.matcher(sentence);
    while (clause.find() && clause.start() <= MAX_CHARS) {
      if (clause.start() >= MIN_CLAUSE_CHARS) {
        cut = clause.start();
      }
    }
    return cut;
  }

  private static String firstSentence(String text) {
    Matcher end = SENTENCE_END.matcher(text);
    String sentence = end.find() ? text.substring(0, end.start() + 1) : text;
    sentence = sentence.strip();
    while (sentence.endsWith(".") || sentence.endsWith("…")) {
      sentence = sentence.substring(0, sentence.length() - 1).strip();
    }
    return sentence;
  }

  private static String cutAtWord(String sentence, StopWords stopWords) {
    int space = sentence.lastIndexOf(' ', WORD_CUT_CHARS);
    String cut = space > 0 ? sentence.substring(0, space) : sentence.substring(0, WORD_CUT_CHARS);
    int last;
    while ((last = cut.lastIndexOf(' ')) > 0 && stopWords.isStopWord(cut.substring(last + 1))) {
      cut = cut.substring(0, last);
    }
    return cut.replaceAll("[,;:\\s]+$", "");
  }
}
