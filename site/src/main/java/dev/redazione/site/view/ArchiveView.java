package dev.redazione.site.view;

import java.util.List;

/**
 * The archive index: years, each with its months, and the undated articles.
 *
 * @param years the years with articles, newest first
 * @param undated the link to the undated articles, or {@code null} when every article has a date
 */
public record ArchiveView(List<YearView> years, TermLink undated) {

  /** Copies the years. */
  public ArchiveView {
    years = List.copyOf(years);
  }

  /**
   * A year of the archive.
   *
   * @param year the year's link with its count
   * @param months its months with articles dated to the month, newest first
   */
  public record YearView(TermLink year, List<TermLink> months) {

    /** Copies the months. */
    public YearView {
      months = List.copyOf(months);
    }
  }
}
