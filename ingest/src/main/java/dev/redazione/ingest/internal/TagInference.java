package dev.redazione.ingest.internal;

import dev.redazione.core.Tag;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds which known tags a text mentions: whole-word, case-insensitive matches of the tag names.
 * Short or all-capital names ({@code AI}, {@code API}) must match their exact spelling, since in
 * Italian lowercase {@code ai} is a preposition. Immutable and thread-safe.
 *
 * <p>The text is read once whatever the number of known tags: each word of the text is looked up
 * among the first words of the names, and only the names it starts are compared in full.
 */
public final class TagInference {

  private static final TagInference NONE = new TagInference(List.of());

  private record Candidate(int order, Tag tag, String needle, boolean exactCase) {

    /** Whether the name is written in the text at {@code at}, ending a word there. */
    boolean matchesAt(String text, int at) {
      int end = at + needle.length();
      return text.regionMatches(!exactCase, at, needle, 0, needle.length())
          && (end == text.length() || !isWordChar(text.codePointAt(end)));
    }
  }

  private final List<Candidate> candidates;
  private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
  private final List<Candidate> withoutFirstWord = new ArrayList<>();

  /** Lengths and lowercase initials of the first words, to skip most words without a lookup. */
  private final BitSet firstWordLengths = new BitSet();

  private final BitSet firstWordInitials = new BitSet();

  private TagInference(List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
    for (Candidate candidate : this.candidates) {
      int end = wordEnd(candidate.needle(), 0);
      if (end == 0) {
        withoutFirstWord.add(candidate);
      } else {
        String key = candidate.needle().substring(0, end).toLowerCase(Locale.ROOT);
        byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
        firstWordLengths.set(end);
        firstWordInitials.set(Character.toLowerCase(candidate.needle().charAt(0)));
      }
    }
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
      candidates.add(new Candidate(candidates.size(), tag, name, exactCase));
    }
    return new TagInference(candidates);
  }

  /** The known tags the text mentions, in the order they were given. */
  public List<Tag> mentionedIn(String text) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    BitSet found = new BitSet(candidates.size());
    for (int at = 0; at < text.length(); ) {
      int end = wordEnd(text, at);
      if (end == at) {
        at += Character.charCount(text.codePointAt(at));
        continue;
      }
      List<Candidate> starting =
          firstWordLengths.get(end - at)
                  && firstWordInitials.get(Character.toLowerCase(text.charAt(at)))
              ? byFirstWord.get(text.substring(at, end).toLowerCase(Locale.ROOT))
              : null;
      if (starting != null) {
        for (Candidate candidate : starting) {
          if (!found.get(candidate.order()) && candidate.matchesAt(text, at)) {
            found.set(candidate.order());
          }
        }
      }
      at = end;
    }
    for (Candidate candidate : withoutFirstWord) {
      if (containsWord(text, candidate)) {
        found.set(candidate.order());
      }
    }
    return found.stream().mapToObj(i -> candidates.get(i).tag()).toList();
  }

  /** The end of the run of letters and digits starting at {@code start}; {@code start} if none. */
  private static int wordEnd(String text, int start) {
    int end = start;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (!Character.isSurrogate(c)) {
        if (!isWordChar(c)) {
          break;
        }
        end++;
      } else {
        int codePoint = text.codePointAt(end);
        if (!isWordChar(codePoint)) {
          break;
        }
        end += Character.charCount(codePoint);
      }
    }
    return end;
  }

  private static boolean containsWord(String text, Candidate candidate) {
    for (int at = 0; at < text.length(); at++) {
      if ((at == 0 || !isWordChar(text.codePointBefore(at))) && candidate.matchesAt(text, at)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint);
  }
}
