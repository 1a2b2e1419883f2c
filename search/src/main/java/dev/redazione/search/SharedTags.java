package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Tag;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** The tags two articles share, the rarest in the archive first. Immutable and thread-safe. */
final class SharedTags {

  private final Archive archive;

  SharedTags(Archive archive) {
    this.archive = archive;
  }

  /** The tags both articles have, the rarest in the archive first, then in the first's order. */
  List<Tag> of(Article article, Article other) {
    Set<Tag> theirs = Set.copyOf(other.tags());
    return article.tags().stream()
        .filter(theirs::contains)
        .sorted(Comparator.comparingInt((Tag t) -> archive.byTag(t.key()).size()))
        .toList();
  }
}
