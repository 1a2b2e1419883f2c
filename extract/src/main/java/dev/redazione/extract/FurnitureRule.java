package dev.redazione.extract;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A named test that recognises one kind of page furniture from a single line.
 *
 * @param name the rule name recorded with each line it removes
 * @param test whether a line is furniture of this kind
 */
record FurnitureRule(RuleName name, Predicate<LineShape> test) {

  FurnitureRule {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(test, "test");
  }

  boolean matches(LineShape line) {
    return test.test(line);
  }
}
