package dev.redazione.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A case-insensitive regular expression of alternatives ({@link Pattern#CASE_INSENSITIVE} with
 * {@link Pattern#UNICODE_CASE}) matched against a whole text ({@link
 * java.util.regex.Matcher#matches()}), its literal alternatives ({@code staff|writer|…}) looked up
 * in a set instead of tried one by one: the answer is the expression's, at the cost of one lookup
 * of the text with its case folded as the expression folds it, character by character. The other
 * alternatives, if any, run as one expression, and only on a text that holds one of the literals
 * they require ({@link RequiredLiterals}). Immutable and thread-safe.
 */
final class WordAlternation {

  private static final String METACHARACTERS = "\\[](){}.*+?^$|";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private final Pattern pattern;
  private final Set<String> literals;
  private final Pattern rest;
  private final List<String> restKeywords;

  private WordAlternation(
      Pattern pattern, Set<String> literals, Pattern rest, List<String> restKeywords) {
    this.pattern = pattern;
    this.literals = Set.copyOf(literals);
    this.rest = rest;
    this.restKeywords = restKeywords;
  }

  /**
   * The expression with its flags, which must be {@link Pattern#CASE_INSENSITIVE} with {@link
   * Pattern#UNICODE_CASE}.
   */
  static WordAlternation of(String regex, int flags) {
    if (flags != FLAGS) {
      throw new IllegalArgumentException("only case-insensitive expressions, not flags " + flags);
    }
    Set<String> literals = new HashSet<>();
    List<String> others = new ArrayList<>();
    for (String alternative : RequiredLiterals.alternatives(regex)) {
      if (isLiteral(alternative) && fold(alternative).equals(alternative)) {
        literals.add(alternative);
      } else {
        others.add(alternative);
      }
    }
    Pattern pattern = Pattern.compile(regex, FLAGS);
    if (others.isEmpty()) {
      return new WordAlternation(pattern, literals, null, List.of());
    }
    String rest = String.join("|", others);
    // the literals of the folded expression are what the expression compares folded text with
    List<String> keywords = RequiredLiterals.of(fold(rest)).orElse(List.of());
    if (keywords.stream().anyMatch(k -> !fold(k).equals(k))) {
      keywords = List.of();
    }
    return new WordAlternation(pattern, literals, Pattern.compile(rest, FLAGS), keywords);
  }

  /** The whole expression, which {@link #matches} answers for. */
  Pattern pattern() {
    return pattern;
  }

  /** Whether the whole text matches the expression. */
  boolean matches(String text) {
    String key = fold(text);
    if (literals.contains(key)) {
      return true;
    }
    return rest != null && mayMatchRest(key) && rest.matcher(text).matches();
  }

  private boolean mayMatchRest(String key) {
    if (restKeywords.isEmpty()) {
      return true;
    }
    for (String keyword : restKeywords) {
      if (key.contains(keyword)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLiteral(String alternative) {
    for (int i = 0; i < alternative.length(); i++) {
      if (METACHARACTERS.indexOf(alternative.charAt(i)) >= 0) {
        return false;
      }
    }
    return !alternative.isEmpty();
  }

  /**
   * Each character as a case-insensitive expression compares it: its uppercase form's lowercase
   * form. ASCII lowercase text, the usual case, is returned as it is.
   */
  static String fold(String text) {
    int i = 0;
    while (i < text.length() && isFoldedAscii(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder folded = new StringBuilder(text.length()).append(text, 0, i);
    while (i < text.length()) {
      int c = text.codePointAt(i);
      folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c)));
      i += Character.charCount(c);
    }
    return folded.toString();
  }

  private static boolean isFoldedAscii(char c) {
    return c < 0x80 && (c < 'A' || c > 'Z');
  }
}
