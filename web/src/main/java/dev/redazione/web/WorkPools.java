package dev.redazione.web;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Makes the two {@link WorkPool}s: {@value #SEARCH} for searches, which are CPU-heavy, and {@value
 * #PAGES} for renders of pages not rendered yet and image reads, which are short. Apart, so that a
 * flood of searches never delays a page. Searches run at a lower priority than the event loops
 * ({@link ThreadPriority#SEARCH}), so that they take the cores only when pages leave them. Each has
 * {@code redazione.workers.NAME.threads} threads (default: one per core) and a queue of {@code
 * redazione.workers.NAME.queue} (default 64 and 256).
 */
@Factory
final class WorkPools {

  /** The name of the search pool. */
  static final String SEARCH = "search";

  /** The name of the pool for pages and images. */
  static final String PAGES = "pages";

  @Singleton
  @Named(SEARCH)
  @Bean(preDestroy = "close")
  WorkPool search(
      @Value("${redazione.workers.search.threads:0}") int threads,
      @Value("${redazione.workers.search.queue:64}") int queue) {
    return new WorkPool(SEARCH, orCores(threads), queue, ThreadPriority.SEARCH);
  }

  @Singleton
  @Named(PAGES)
  @Bean(preDestroy = "close")
  WorkPool pages(
      @Value("${redazione.workers.pages.threads:0}") int threads,
      @Value("${redazione.workers.pages.queue:256}") int queue) {
    return new WorkPool(PAGES, orCores(threads), queue, 0);
  }

  private static int orCores(int threads) {
    return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
  }
}
