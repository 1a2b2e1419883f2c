package dev.redazione.ingest.internal;

import dev.redazione.core.Tag;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Finds which known tags a text mentions: whole-word, case-insensitive matches of the tag names.
 * Short or all-capital names ({@code AI}, {@code API}) must match their exact spelling, since in
 * Italian lowercase {@code ai} is a preposition. Immutable and thread-safe.
 */
public final class TagInference {

  private static final TagInference NONE = new TagInference(List.of());

  private record Candidate(Tag tag, String needle, boolean exactCase) {}

  private final List<Candidate> candidates;

  private TagInference(List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** An inference that finds nothing. */
  public static TagInference none() {
    return NONE;
  }

  /** An inference over the given known tags. */
  public static TagInference of(Collection<Tag> knownTags) {
    List<Candidate> candidates = new ArrayList<>();
    for (Tag tag : knownTags) {
      String name = tag.name();
      boolean exactCase = name.length() <= 3 || name.equals(name.toUpperCase(Locale.ROOT));
      candidates.add(
          new Candidate(tag, exactCase ? name : name.toLowerCase(Locale.ROOT), exactCase));
    }
    return new TagInference(candidates);
  }

  /** The known tags the text mentions, in the order they were given. */
  public List<Tag> mentionedIn(String text) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    List<Tag> found = new ArrayList<>();
    for (Candidate candidate : candidates) {
      if (containsWord(candidate.exactCase() ? text : lower, candidate.needle())) {
        found.add(candidate.tag());
      }
    }
    return found;
  }

  private static boolean containsWord(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !isWordChar(text.codePointBefore(at)))
          && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }
}
