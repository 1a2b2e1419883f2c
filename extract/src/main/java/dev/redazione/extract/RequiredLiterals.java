package dev.redazione.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal texts one of which every match of a regular expression contains, read from the
 * expression itself: for each alternative, its longest run of literal characters or the required
 * group whose shortest literal is longest. What cannot be read (a quantified group, a class, a
 * back-reference) only ever makes the set smaller in reach, never wrong: an alternative with no
 * required literal at all makes the whole expression have none. Stateless and thread-safe.
 *
 * <p>It reads the syntax the extractor's rules use — literals, escapes, classes, groups of every
 * kind, alternation and quantifiers; inline {@code \Q…\E} quoting is not read and yields none.
 */
final class RequiredLiterals {

  /** An inline flag that reaches the alternatives after it, or a back-reference. */
  private static final Pattern TIED = Pattern.compile("\\(\\?[a-zA-Z-]+\\)|\\\\[1-9k]");

  private final String regex;
  private int at;

  private RequiredLiterals(String regex) {
    this.regex = regex;
  }

  /**
   * The literals, lowercase, none containing another, one of which every match contains; empty when
   * some match may contain none.
   */
  static Optional<List<String>> of(String regex) {
    RequiredLiterals reader = new RequiredLiterals(regex);
    Set<String> found = reader.alternation();
    if (reader.at != regex.length()) {
      throw new IllegalArgumentException("unbalanced `)` at " + reader.at + " in " + regex);
    }
    return Optional.ofNullable(found).map(RequiredLiterals::minimal);
  }

  /**
   * The top-level alternatives of an expression, as written: {@code a|(b|c)d} gives {@code a} and
   * {@code (b|c)d}. A text holds a match of the expression exactly when it holds a match of one of
   * them, unless an inline flag or a back-reference ties them together: then the whole expression
   * is its only alternative.
   */
  static List<String> alternatives(String regex) {
    if (TIED.matcher(regex).find()) {
      return List.of(regex);
    }
    RequiredLiterals reader = new RequiredLiterals(regex);
    List<String> alternatives = new ArrayList<>();
    int start = 0;
    while (true) {
      reader.sequence();
      alternatives.add(regex.substring(start, reader.at));
      if (reader.at < regex.length() && regex.charAt(reader.at) == '|') {
        start = ++reader.at;
        continue;
      }
      if (reader.at != regex.length()) {
        throw new IllegalArgumentException("unbalanced `)` at " + reader.at + " in " + regex);
      }
      return List.copyOf(alternatives);
    }
  }

  /** The alternatives up to a closing bracket or the end; null when one has no literal. */
  private Set<String> alternation() {
    Set<String> union = new LinkedHashSet<>();
    boolean unknown = false;
    while (true) {
      Set<String> alternative = sequence();
      if (alternative == null) {
        unknown = true;
      } else {
        union.addAll(alternative);
      }
      if (at < regex.length() && regex.charAt(at) == '|') {
        at++;
        continue;
      }
      return unknown ? null : union;
    }
  }

  /** One alternative: its best candidate among literal runs and required groups, or null. */
  private Set<String> sequence() {
    List<Set<String>> candidates = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
      int start = at;
      Set<String> atom = atom();
      boolean literal = atom != null && atom.size() == 1 && at - start <= 2 && isLiteralAtom(start);
      int min = quantifierMin();
      if (literal && min == 1) {
        run.append(atom.iterator().next());
        continue;
      }
      flush(run, candidates);
      if (atom != null && min >= 1) {
        candidates.add(atom);
      }
    }
    flush(run, candidates);
    return candidates.stream()
        .max(Comparator.comparingInt(RequiredLiterals::shortest).thenComparing(set -> -set.size()))
        .orElse(null);
  }

  private boolean isLiteralAtom(int start) {
    char c = regex.charAt(start);
    return c != '(' && c != '[';
  }

  private static void flush(StringBuilder run, List<Set<String>> candidates) {
    if (run.length() > 0) {
      candidates.add(Set.of(run.toString()));
      run.setLength(0);
    }
  }

  /**
   * Reads one atom: a literal character (as a one-element set), a group (its literals, or null), or
   * anything else that matches no fixed text (null). Zero-width atoms also give null.
   */
  private Set<String> atom() {
    char c = regex.charAt(at++);
    switch (c) {
      case '(':
        return group();
      case '[':
        skipClass();
        return null;
      case '.':
      case '^':
      case '$':
        return null;
      case '\\':
        return escape();
      default:
        return Set.of(String.valueOf(c));
    }
  }

  private Set<String> group() {
    boolean capturesText = true;
    if (regex.startsWith("?", at)) {
      at++;
      char kind = regex.charAt(at);
      if (kind == ':' || kind == '>') {
        at++;
      } else if (kind == '=' || kind == '!') {
        at++;
        capturesText = false;
      } else if (kind == '<') {
        at++;
        char next = regex.charAt(at);
        if (next == '=' || next == '!') {
          at++;
          capturesText = false;
        } else {
          at = regex.indexOf('>', at) + 1;
        }
      } else {
        // inline flags: (?i) alone, or (?-i:…) around a group
        while (at < regex.length() && regex.charAt(at) != ':' && regex.charAt(at) != ')') {
          at++;
        }
        if (regex.charAt(at) == ')') {
          at++;
          return null;
        }
        at++;
      }
    }
    Set<String> inner = alternation();
    if (at >= regex.length() || regex.charAt(at) != ')') {
      throw new IllegalArgumentException("unclosed group in " + regex);
    }
    at++;
    return capturesText ? inner : null;
  }

  private void skipClass() {
    int depth = 1;
    if (regex.startsWith("^", at)) {
      at++;
    }
    if (regex.startsWith("]", at)) {
      at++;
    }
    while (depth > 0) {
      char c = regex.charAt(at++);
      if (c == '\\') {
        at++;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      }
    }
  }

  private Set<String> escape() {
    char c = regex.charAt(at++);
    if (c == 'p' || c == 'P') {
      at = regex.charAt(at) == '{' ? regex.indexOf('}', at) + 1 : at + 1;
      return null;
    }
    if (c == 'k') {
      at = regex.indexOf('>', at) + 1;
      return null;
    }
    if (c == 'Q') {
      throw new IllegalArgumentException("\\Q quoting is not read, in " + regex);
    }
    if (Character.isLetterOrDigit(c)) {
      return null; // \b \s \d \w \S, back-references…
    }
    return Set.of(String.valueOf(c));
  }

  /** The least repetition of the quantifier after an atom (1 without one). */
  private int quantifierMin() {
    if (at >= regex.length()) {
      return 1;
    }
    char c = regex.charAt(at);
    int min;
    if (c == '?' || c == '*') {
      at++;
      min = 0;
    } else if (c == '+') {
      at++;
      min = 2; // required, but not one run with its neighbours
    } else if (c == '{') {
      int close = regex.indexOf('}', at);
      String bounds = regex.substring(at + 1, close);
      at = close + 1;
      int low = Integer.parseInt(bounds.split(",", -1)[0]);
      min = low == 0 ? 0 : bounds.equals("1") ? 1 : 2;
    } else {
      return 1;
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++;
    }
    return min;
  }

  private static int shortest(Set<String> literals) {
    return literals.stream().mapToInt(String::length).min().orElse(0);
  }

  /** Lowercase, without a literal that contains another (the shorter one already admits it). */
  private static List<String> minimal(Set<String> literals) {
    List<String> lower = literals.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
    return lower.stream()
        .filter(s -> lower.stream().noneMatch(o -> !o.equals(s) && s.contains(o)))
        .sorted()
        .toList();
  }
}
