/**
 * Redazione site: every page of the site for an archive snapshot (Thymeleaf templates, view models,
 * feeds, sitemap, the public JSON API), shared by the server and the static export. Depends on core
 * only: the search backend and the image files are handed in.
 */
module dev.redazione.site {
  requires transitive dev.redazione.core;
  requires java.xml;
  requires com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires org.jsoup;
  requires org.slf4j;
  requires thymeleaf;
  requires ognl;

  exports dev.redazione.site;
  exports dev.redazione.site.api;
  exports dev.redazione.site.view;

  opens dev.redazione.site.internal to
      com.fasterxml.jackson.databind;
}
