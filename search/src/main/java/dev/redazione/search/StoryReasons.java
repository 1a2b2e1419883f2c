package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.core.DatePrecision;
import dev.redazione.core.PublicationDate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Says why two articles are on the same story, in Italian: the words and phrases they share that
 * are rarest in the archive, as the first article writes them, and the month of the news, such as
 * {@code stessa notizia: progetto Stargate, diritto di prelazione, gennaio 2025}.
 *
 * <p>A shared term weighs its TF-IDF weight in each text times how rare it is, {@code ln(N / df)}
 * (with the vectors' {@link StoryStatistics}), so a term that every article has says nothing. Two
 * consecutive terms (stop words between them allowed, punctuation not) that both texts have in that
 * order make a phrase, which counts as the sum of its terms; the reason names the {@value #ITEMS}
 * heaviest phrases or terms without repeating a term. Stateless apart from the index it reads;
 * thread-safe.
 */
final class StoryReasons {

  static final int ITEMS = 2;

  private static final String PREFIX = "stessa notizia";
  private static final String BREAKS = ".,;:!?()[]{}\"“”«»\n";
  private static final Set<String> CONJUNCTIONS = Set.of("e", "ed", "o", "od", "ma", "né");
  private static final Pattern ELIDED = Pattern.compile("(\\p{L}{1,6})['’](?=\\p{L})");

  private final ArticleIndex index;
  private final StoryVectors vectors;

  StoryReasons(ArticleIndex index, StoryVectors vectors) {
    this.index = index;
    this.vectors = vectors;
  }

  /** The reason the article at {@code position} shares its story with the one at {@code other}. */
  String of(int position, int other) {
    Map<String, Double> shared = sharedWeights(position, other);
    List<Token> tokens = tokens(index.storyText(position));
    Set<String> theirPhrases = new HashSet<>();
    List<Token> theirs = tokens(index.storyText(other));
    for (int i = 1; i < theirs.size(); i++) {
      if (theirs.get(i).follows(theirs.get(i - 1))) {
        theirPhrases.add(theirs.get(i - 1).term() + " " + theirs.get(i).term());
      }
    }
    Map<String, Item> items = new LinkedHashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      Double weight = shared.get(token.term());
      if (weight == null) {
        continue;
      }
      add(items, List.of(token.term()), weight, token.through(token));
      if (i > 0 && token.follows(tokens.get(i - 1))) {
        Token before = tokens.get(i - 1);
        Double previous = shared.get(before.term());
        if (previous != null && theirPhrases.contains(before.term() + " " + token.term())) {
          add(
              items,
              List.of(before.term(), token.term()),
              previous + weight,
              before.through(token));
        }
      }
    }
    List<String> parts = new ArrayList<>();
    Set<String> named = new HashSet<>();
    items.values().stream()
        .sorted(Comparator.comparingDouble(Item::weight).reversed())
        .filter(item -> item.terms().stream().noneMatch(named::contains))
        .limit(ITEMS)
        .forEach(
            item -> {
              named.addAll(item.terms());
              parts.add(item.surface());
            });
    month(index.articleAt(position), index.articleAt(other)).ifPresent(parts::add);
    return parts.isEmpty() ? PREFIX : PREFIX + ": " + String.join(", ", parts);
  }

  private static void add(
      Map<String, Item> items, List<String> terms, double weight, String surface) {
    items.putIfAbsent(String.join(" ", terms), new Item(terms, weight, surface));
  }

  /** Each term both articles have, weighted by both weights and its rarity. */
  private Map<String, Double> sharedWeights(int one, int other) {
    int[] a = vectors.terms(one);
    int[] b = vectors.terms(other);
    float[] wa = vectors.weights(one);
    float[] wb = vectors.weights(other);
    StoryStatistics statistics = vectors.statistics();
    Map<String, Double> shared = new HashMap<>();
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        double rarity = Math.log(statistics.documents() / statistics.documentFrequency(a[i]));
        if (rarity > 0) {
          shared.put(vectors.term(a[i]), wa[i] * wb[j] * rarity);
        }
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The month (or the year) of the news: the first article's date, else the other's. */
  private static Optional<String> month(Article one, Article other) {
    return one.date()
        .or(other::date)
        .map(
            date ->
                date.precision() == DatePrecision.YEAR
                    ? Integer.toString(date.year())
                    : PublicationDate.italianMonthName(
                            date.yearMonth().orElseThrow().getMonthValue())
                        + " "
                        + date.year());
  }

  private List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = index.analyzer().tokenStream(ArticleFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = -1;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        tokens.add(
            new Token(text, term.toString(), offset.startOffset(), offset.endOffset(), position));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
    return tokens;
  }

  /** An analysed term where the text has it. */
  private record Token(String text, String term, int start, int end, int position) {

    /** The text from this token to the end of another, without an elided article before it. */
    String through(Token last) {
      String words = text.substring(start, last.end());
      Matcher elided = ELIDED.matcher(words);
      return elided.lookingAt() && ItalianTextAnalyzer.ELISIONS.contains(elided.group(1))
          ? words.substring(elided.end())
          : words;
    }

    /**
     * Whether this token follows the other in one phrase: next to it or past one stop word that is
     * not a conjunction, with no punctuation between.
     */
    boolean follows(Token before) {
      if (position - before.position() > 2) {
        return false;
      }
      String between = text.substring(before.end(), start);
      return between.chars().noneMatch(c -> BREAKS.indexOf(c) >= 0)
          && !CONJUNCTIONS.contains(between.strip().toLowerCase(Locale.ROOT));
    }
  }

  /** A term or phrase both texts have, with its weight and how the first text first writes it. */
  private record Item(List<String> terms, double weight, String surface) {}
}
