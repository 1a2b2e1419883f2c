/**
 * Redazione extract: reads an article — title, dates, authors, tags and a clean Markdown body, each
 * with its provenance — out of text pasted from a news page or out of a saved HTML page. Depends on
 * core and jsoup.
 */
module dev.redazione.extract {
  requires transitive dev.redazione.core;
  requires org.jsoup;

  exports dev.redazione.extract;
  exports dev.redazione.extract.html;
}
