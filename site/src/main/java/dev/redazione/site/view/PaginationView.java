package dev.redazione.site.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Position in a paginated listing, with links to the neighbouring pages and page numbers.
 *
 * @param current the 1-based current page
 * @param total the number of pages, at least 1
 * @param previousUrl the previous page's path, or {@code null} on the first page
 * @param nextUrl the next page's path, or {@code null} on the last page
 * @param pages the page numbers to show: the first, the last, and those near the current one, with
 *     a gap where numbers are left out
 */
public record PaginationView(
    int current, int total, String previousUrl, String nextUrl, List<PageLink> pages) {

  /** Pages shown on each side of the current one. */
  static final int NEIGHBOURS = 2;

  /** Validates the numbers and copies the page links. */
  public PaginationView {
    if (current < 1 || total < 1 || current > total) {
      throw new IllegalArgumentException(
          "page " + current + " of " + total + " is not a valid position");
    }
    pages = List.copyOf(pages);
  }

  /** The position on page {@code current} of {@code total}, whose paths {@code path} gives. */
  public static PaginationView of(int current, int total, IntFunction<String> path) {
    List<PageLink> pages = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= total; n++) {
      boolean shown = n == 1 || n == total || Math.abs(n - current) <= NEIGHBOURS;
      if (!shown) {
        continue;
      }
      if (n == last + 2) {
        pages.add(new PageLink(last + 1, path.apply(last + 1), false));
      } else if (n > last + 2) {
        pages.add(PageLink.GAP);
      }
      pages.add(new PageLink(n, path.apply(n), n == current));
      last = n;
    }
    return new PaginationView(
        current,
        total,
        current > 1 ? path.apply(current - 1) : null,
        current < total ? path.apply(current + 1) : null,
        pages);
  }

  /** Whether there is more than one page. */
  public boolean paginated() {
    return total > 1;
  }

  /**
   * A page number in the pagination, or the gap between two that are far apart.
   *
   * @param number the page number, 0 for the gap
   * @param url the page's path, or {@code null} for the gap
   * @param current whether it is the page shown
   */
  public record PageLink(int number, String url, boolean current) {

    /** Numbers left out. */
    public static final PageLink GAP = new PageLink(0, null, false);

    /** What the template draws: {@code GAP}, {@code CURRENT} or {@code PAGE}. */
    public String kind() {
      return number == 0 ? "GAP" : current ? "CURRENT" : "PAGE";
    }
  }
}
