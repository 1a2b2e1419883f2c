package dev.redazione.core;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The read-only queries a site renders its article pages, listings and indexes with. {@link
 * Archive} answers them from memory; another implementation may answer them from a search cluster,
 * so that a server need not hold the archive. Answers follow the rules {@link Archive} documents
 * (archive order, the spelling a term is shown in, counts). Implementations are thread-safe.
 */
public interface ArchiveQueries {

  /** The number of articles. */
  int size();

  /** The article with this slug text, if any; text that is not a canonical slug finds nothing. */
  Optional<Article> findBySlug(String slug);

  /**
   * One page of a listing, in archive order, with the listing's size as its total; a page past the
   * end is empty.
   *
   * @param listing which articles
   * @param number the 1-based page number
   * @param size articles per page, at least 1
   */
  Page<Article> page(Listing listing, int number, int size);

  /** The article just before this one in archive order (older), if any. */
  Optional<Article> previous(Article article);

  /** The article just after this one in archive order (newer), if any. */
  Optional<Article> next(Article article);

  /** The tag of this key in the spelling it is shown in, if any article has it. */
  Optional<Tag> findTag(String key);

  /** The category of this key in the spelling it is shown in, if any article has it. */
  Optional<Category> findCategory(String key);

  /** The author of this key as shown (preferring one with a bio), if any article has it. */
  Optional<Author> findAuthor(String key);

  /** Every tag with its article count, most used first, then by key. */
  List<TermCount<Tag>> tags();

  /** Every category with its article count, most used first, then by key. */
  List<TermCount<Category>> categories();

  /** Every author with an article count, most prolific first, then by key. */
  List<TermCount<Author>> authors();

  /** Every year with dated articles and their count, newest year first. */
  List<TermCount<Integer>> years();

  /** Every month of a year with articles dated to the month or finer, newest month first. */
  List<TermCount<YearMonth>> months(int year);
}
