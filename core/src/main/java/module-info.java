/** Redazione core: the domain model and the archive query API, with no dependencies. */
module dev.redazione.core {
  exports dev.redazione.core;
}
