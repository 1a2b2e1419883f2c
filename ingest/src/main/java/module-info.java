/**
 * Redazione ingest: reads a content folder into core values (format detection, front matter, raw
 * text and saved pages through extract, Markdown rendering, sanitising, the content checks) and
 * lists its images. Only the reading API is exported; every stage stays in {@code internal}.
 */
module dev.redazione.ingest {
  requires transitive dev.redazione.core;
  requires dev.redazione.extract;
  requires java.xml;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.toml;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.commonmark.ext.gfm.strikethrough;
  requires org.commonmark.ext.heading.anchor;
  requires org.nibor.autolink;
  requires owasp.java.html.sanitizer;

  exports dev.redazione.ingest;
}
