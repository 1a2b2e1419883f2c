package dev.redazione.extract;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named test that recognises one kind of page furniture from a single line.
 *
 * @param name the rule name recorded with each line it removes
 * @param maxWords the most words a line of this kind has: longer lines are not tested
 * @param test whether a line of at most {@code maxWords} words is furniture of this kind
 */
record FurnitureRule(RuleName name, int maxWords, Predicate<LineShape> test) {

  FurnitureRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(test, "test");
  }

  boolean matches(LineShape line) {
    return line.words() <= maxWords && test.test(line);
  }
}
