/**
 * Redazione extract: reads an article — title, dates, authors, tags and a clean Markdown body, each
 * with its provenance — out of text pasted from a news page. Depends on core only.
 */
module dev.redazione.extract {
  requires transitive dev.redazione.core;

  exports dev.redazione.extract;
}
