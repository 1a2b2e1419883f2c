/**
 * Redazione core: the domain model, the archive query API and the search API, with no dependencies.
 */
module dev.redazione.core {
  exports dev.redazione.core;
  exports dev.redazione.core.search;
}
