package dev.redazione.ingest.internal.frontmatter;

import java.util.List;

/**
 * The front-matter keys understood for each field, folded as {@link FrontMatterValues#fold}, in
 * order of preference: the names used by Jekyll, Hugo, Astro, Eleventy and WordPress exporters,
 * plus the Italian names seen in the wild.
 */
final class FrontMatterKeys {

  static final List<String> TITLE = List.of("title", "titolo");
  static final List<String> SUBTITLE =
      List.of("subtitle", "sottotitolo", "description", "summary", "sommario", "excerpt");
  static final List<String> SUMMARY = List.of("summary", "sommario", "excerpt", "description");
  static final List<String> DATE =
      List.of("date", "data", "pubdate", "published", "publishdate", "datepublished");
  static final List<String> UPDATED =
      List.of("lastmod", "updated", "modified", "lastmodified", "datemodified", "aggiornato");
  static final List<String> AUTHORS = List.of("authors", "author", "autori", "autore");
  static final List<String> TAGS = List.of("tags", "tag", "etichette");
  static final List<String> CATEGORIES =
      List.of("categories", "category", "categorie", "categoria");
  static final List<String> IMAGE =
      List.of("image", "cover", "featuredimage", "featureimage", "immagine");
  static final List<String> IMAGE_SRC = List.of("src", "path", "url", "image", "file", "filename");
  static final List<String> IMAGE_ALT = List.of("alt", "imagealt");
  static final List<String> IMAGE_CAPTION = List.of("caption", "imagecaption", "didascalia");
  static final List<String> SLUG = List.of("slug", "path", "permalink", "url");

  /** Hugo's {@code aliases}, Jekyll's {@code redirect_from} (jekyll-redirect-from). */
  static final List<String> ALIASES = List.of("aliases", "alias", "redirectfrom");

  static final List<String> DRAFT = List.of("draft", "bozza");
  static final List<String> PUBLISHED = List.of("published");
  static final List<String> LANGUAGE = List.of("lang", "language", "lingua");
  static final List<String> PROVENANCE = List.of("provenance");
  static final List<String> NAME = List.of("name", "nome", "title");
  static final List<String> BIO = List.of("bio", "description", "biografia");

  private FrontMatterKeys() {}
}
