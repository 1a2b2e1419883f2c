package dev.redazione.core;

import java.util.List;
import java.util.Objects;

/**
 * One page of a longer list. A page number beyond the last gives an empty page, not an exception.
 * Immutable and thread-safe.
 *
 * @param items the items on this page
 * @param number the 1-based page number
 * @param size the page size
 * @param totalItems items in the whole list
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int number, int size, int totalItems) {

  /** Validates the numbers and copies the items. */
  public Page {
    items = List.copyOf(items);
    if (number < 1) {
      throw new IllegalArgumentException("page number must be at least 1, was " + number);
    }
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1, was " + size);
    }
    if (totalItems < 0 || items.size() > size) {
      throw new IllegalArgumentException(
          "page of "
              + items.size()
              + " items does not fit size "
              + size
              + " and total "
              + totalItems);
    }
  }

  /**
   * Cuts page {@code number} out of a list.
   *
   * @param all the whole list
   * @param number 1-based page number; past the end gives an empty page
   * @param size items per page, at least 1
   */
  public static <T> Page<T> of(List<T> all, int number, int size) {
    Objects.requireNonNull(all, "all");
    if (number < 1) {
      throw new IllegalArgumentException("page number must be at least 1, was " + number);
    }
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1, was " + size);
    }
    long from = (long) (number - 1) * size;
    List<T> items =
        from >= all.size()
            ? List.of()
            : all.subList((int) from, (int) Math.min(all.size(), from + size));
    return new Page<>(items, number, size, all.size());
  }

  /** Pages in the whole list; at least 1, so an empty list has one empty page. */
  public int totalPages() {
    return Math.max(1, (totalItems + size - 1) / size);
  }

  /** Whether a page exists before this one. */
  public boolean hasPrevious() {
    return number > 1 && number <= totalPages() + 1;
  }

  /** Whether a page exists after this one. */
  public boolean hasNext() {
    return number < totalPages();
  }

  /** Whether this page number lies beyond the last page. */
  public boolean isBeyondEnd() {
    return number > totalPages();
  }
}
