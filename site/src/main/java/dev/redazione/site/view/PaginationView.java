package dev.redazione.site.view;

/**
 * Position in a paginated listing, with links to the neighbouring pages.
 *
 * @param current the 1-based current page
 * @param total the number of pages, at least 1
 * @param previousUrl the previous page's path, or {@code null} on the first page
 * @param nextUrl the next page's path, or {@code null} on the last page
 */
public record PaginationView(int current, int total, String previousUrl, String nextUrl) {

  /** Validates the numbers. */
  public PaginationView {
    if (current < 1 || total < 1 || current > total) {
      throw new IllegalArgumentException(
          "page " + current + " of " + total + " is not a valid position");
    }
  }

  /** Whether there is more than one page. */
  public boolean paginated() {
    return total > 1;
  }
}
