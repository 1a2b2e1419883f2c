package dev.redazione.extract;

import dev.redazione.core.RemovedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The working sheet of one extraction: every line of the text with what it has become so far (still
 * open for the body, removed by a rule, taken as title or subtitle). Every removal is recorded with
 * its rule, so nothing leaves the body unaccounted. Mutable; confined to one extraction on one
 * thread.
 */
final class LineLedger {

  /** What a line has become. */
  enum Role {
    OPEN,
    REMOVED,
    TITLE,
    SUBTITLE
  }

  private final List<SourceLine> lines;
  private final StopWords stopWords;
  private final String[] texts;
  private final LineShape[] shapes;
  private final MetaLine[] metas;
  private final boolean[] metaRead;
  private final Boolean[] dated;
  private final Optional<String>[] signatures;
  private final Optional<List<String>>[] nameLists;
  private final Optional<List<String>>[] signedLists;
  private final Role[] roles;
  private final RuleName[] rules;
  private final List<RemovedLine> removed = new ArrayList<>();
  private final Map<String, LineShape> joinedShapes = new HashMap<>();

  LineLedger(List<SourceLine> lines, StopWords stopWords) {
    this.lines = List.copyOf(lines);
    this.stopWords = stopWords;
    this.texts = new String[lines.size()];
    this.shapes = new LineShape[lines.size()];
    this.metas = new MetaLine[lines.size()];
    this.metaRead = new boolean[lines.size()];
    this.dated = new Boolean[lines.size()];
    this.signatures = emptyMemo(lines.size());
    this.nameLists = emptyMemo(lines.size());
    this.signedLists = emptyMemo(lines.size());
    this.roles = new Role[lines.size()];
    this.rules = new RuleName[lines.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = lines.get(i).text();
      roles[i] = Role.OPEN;
    }
  }

  /** The function words of the text's language. */
  StopWords stopWords() {
    return stopWords;
  }

  int size() {
    return texts.length;
  }

  /** The 1-based source line number of an index. */
  int number(int index) {
    return lines.get(index).number();
  }

  /** The current normalised text of a line (a removed prefix is no longer part of it). */
  String text(int index) {
    return texts[index];
  }

  LineShape shape(int index) {
    if (shapes[index] == null) {
      shapes[index] = LineShape.of(texts[index], stopWords);
    }
    return shapes[index];
  }

  /**
   * The shape of a text joined from lines of this ledger, such as a hard-wrapped paragraph read
   * whole, remembered by its text: the main text is located several times in one extraction.
   */
  LineShape joinedShape(String text) {
    return joinedShapes.computeIfAbsent(text, joined -> LineShape.of(joined, stopWords));
  }

  /** The line read as a line of metadata (dates, byline), if it is one. */
  Optional<MetaLine> meta(int index) {
    if (!metaRead[index]) {
      metas[index] = MetaLine.parse(texts[index]).orElse(null);
      metaRead[index] = true;
    }
    return Optional.ofNullable(metas[index]);
  }

  /** The person's name the line signs, if it is one ({@link PersonName#signature}). */
  Optional<String> signature(int index) {
    if (signatures[index] == null) {
      signatures[index] = PersonName.signature(texts[index]);
    }
    return signatures[index];
  }

  /** The names of the line, if it is a bare list of names ({@link BylineParser#plainNames}). */
  Optional<List<String>> plainNames(int index) {
    if (nameLists[index] == null) {
      nameLists[index] = BylineParser.plainNames(texts[index]);
    }
    return nameLists[index];
  }

  /**
   * The names of the line, if it is a list of signatures, maybe with roles or outlets ({@link
   * BylineParser#names}).
   */
  Optional<List<String>> signedNames(int index) {
    if (signedLists[index] == null) {
      signedLists[index] = BylineParser.names(texts[index]);
    }
    return signedLists[index];
  }

  /** Whether a date is written in the line. */
  boolean hasDate(int index) {
    if (dated[index] == null) {
      dated[index] = !DateParser.scan(texts[index]).dates().isEmpty();
    }
    return dated[index];
  }

  Role role(int index) {
    return roles[index];
  }

  /** Whether the whole line was removed under this rule. */
  boolean isRemovedBy(int index, RuleName rule) {
    return roles[index] == Role.REMOVED && rules[index] == rule;
  }

  /** Whether the line is one part of a source line split in two ({@link GluedStandfirst}). */
  boolean isPartOfLine(int index) {
    int number = number(index);
    return index > 0 && number(index - 1) == number
        || index + 1 < size() && number(index + 1) == number;
  }

  /** Whether a part of the line was taken out under this rule ({@link #removePrefix}). */
  boolean lostPartTo(int index, RuleName rule) {
    int number = number(index);
    return removed.stream()
        .anyMatch(line -> line.line() == number && line.rule().equals(rule.id()));
  }

  /** Whether the line was removed as furniture that frames an article (see {@link RuleName}). */
  boolean isRemovedAsPageChrome(int index) {
    return roles[index] == Role.REMOVED && rules[index].isPageChrome();
  }

  boolean isBlank(int index) {
    return texts[index].isEmpty();
  }

  /** A line with text that no rule has taken yet. */
  boolean isOpen(int index) {
    return roles[index] == Role.OPEN && !texts[index].isEmpty();
  }

  /** The first open line at or after {@code from}, or -1. */
  int nextOpen(int from) {
    for (int i = Math.max(from, 0); i < texts.length; i++) {
      if (isOpen(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The last open line at or before {@code from}, or -1. */
  int previousOpen(int from) {
    for (int i = Math.min(from, texts.length - 1); i >= 0; i--) {
      if (isOpen(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The last line with text before {@code index}, open or not, or -1. */
  int previousNonBlank(int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!texts[i].isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /** The first line with text after {@code index}, open or not, or -1. */
  int nextNonBlank(int index) {
    for (int i = index + 1; i < texts.length; i++) {
      if (!texts[i].isEmpty()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Takes a whole line out of the body under a rule; of a line whose start was already taken, the
   * rest.
   */
  void remove(int index, RuleName rule) {
    roles[index] = Role.REMOVED;
    rules[index] = rule;
    SourceLine line = lines.get(index);
    String text = texts[index].equals(line.text()) ? line.raw() : texts[index];
    removed.add(new RemovedLine(number(index), text, rule.id()));
  }

  /** Takes the first {@code length} characters of a line's text out of the body under a rule. */
  void removePrefix(int index, int length, RuleName rule) {
    String fragment = texts[index].substring(0, length).strip();
    String rest = texts[index].substring(length).strip();
    if (rest.isEmpty()) {
      remove(index, rule);
      return;
    }
    removed.add(new RemovedLine(number(index), fragment, rule.id()));
    texts[index] = rest;
    forgetReadings(index);
  }

  /** Takes the characters of a line's text from {@code start} on out of the body under a rule. */
  void removeSuffix(int index, int start, RuleName rule) {
    String fragment = texts[index].substring(start).strip();
    String rest = texts[index].substring(0, start).strip();
    if (rest.isEmpty()) {
      remove(index, rule);
      return;
    }
    removed.add(new RemovedLine(number(index), fragment, rule.id()));
    texts[index] = rest;
    forgetReadings(index);
  }

  /** Gives back a whole line a rule removed: a repeated line found to be the headline. */
  void restore(int index) {
    int number = number(index);
    roles[index] = Role.OPEN;
    rules[index] = null;
    removed.removeIf(line -> line.line() == number);
  }

  /** Takes a line as title or subtitle. */
  void assign(int index, Role role) {
    roles[index] = role;
  }

  /** Every removal so far, in line order. */
  List<RemovedLine> removed() {
    List<RemovedLine> sorted = new ArrayList<>(removed);
    sorted.sort(Comparator.comparingInt(RemovedLine::line));
    return List.copyOf(sorted);
  }

  /** The index of the first open line that is long prose, or {@code size()} when there is none. */
  int firstLongProse() {
    return first(LineShape::isLongProse);
  }

  /** The index of the last open line that is long prose, or -1 when there is none. */
  int lastLongProse() {
    return last(LineShape::isLongProse);
  }

  /** The index of the first open line of this shape, or {@code size()} when there is none. */
  int first(Predicate<LineShape> shaped) {
    for (int i = 0; i < texts.length; i++) {
      if (isOpen(i) && shaped.test(shape(i))) {
        return i;
      }
    }
    return texts.length;
  }

  /** The index of the last open line of this shape, or -1 when there is none. */
  int last(Predicate<LineShape> shaped) {
    for (int i = texts.length - 1; i >= 0; i--) {
      if (isOpen(i) && shaped.test(shape(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Drops what was read from a line's text, once the text has changed. */
  private void forgetReadings(int index) {
    shapes[index] = null;
    metaRead[index] = false;
    dated[index] = null;
    signatures[index] = null;
    nameLists[index] = null;
    signedLists[index] = null;
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T>[] emptyMemo(int size) {
    return (Optional<T>[]) new Optional<?>[size];
  }
}
