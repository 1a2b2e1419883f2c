package dev.redazione.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;

/**
 * Sorts hits by their article's archive position, newer first, read from the snapshot's {@link
 * ArticleIndex} rather than from the index: a bucket shared by several snapshots holds no
 * positions, which change as articles come and go. Immutable and thread-safe.
 */
final class NewerFirst extends FieldComparatorSource {

  private final ArticleIndex index;

  private NewerFirst(ArticleIndex index) {
    this.index = index;
  }

  /** The sort field of this index's archive order. */
  static SortField of(ArticleIndex index) {
    return new SortField("archive order", new NewerFirst(index));
  }

  @Override
  public FieldComparator<Integer> newComparator(
      String field, int hits, Pruning pruning, boolean reversed) {
    return new PositionComparator(index, hits);
  }

  private static final class PositionComparator extends FieldComparator<Integer>
      implements LeafFieldComparator {

    private final ArticleIndex index;
    private final int[] slots;
    private int bottom;
    private int top;
    private int docBase;

    PositionComparator(ArticleIndex index, int hits) {
      this.index = index;
      this.slots = new int[hits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      return Integer.compare(slots[slot1], slots[slot2]);
    }

    @Override
    public void setTopValue(Integer value) {
      top = value;
    }

    @Override
    public Integer value(int slot) {
      return slots[slot];
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) {
      docBase = context.docBase;
      return this;
    }

    @Override
    public void setBottom(int slot) {
      bottom = slots[slot];
    }

    @Override
    public int compareBottom(int doc) {
      return Integer.compare(bottom, index.position(docBase + doc));
    }

    @Override
    public int compareTop(int doc) {
      return Integer.compare(top, index.position(docBase + doc));
    }

    @Override
    public void copy(int slot, int doc) {
      slots[slot] = index.position(docBase + doc);
    }

    @Override
    public void setScorer(Scorable scorer) throws IOException {}
  }
}
