package dev.redazione.extract;

/**
 * The stable names of the rules that take a line out of the body, as recorded in {@link
 * dev.redazione.core.RemovedLine#rule()}. Lines read as metadata (date, author, tags) are recorded
 * too, under the rule that read them, so every non-blank line is accounted for.
 */
enum RuleName {
  /**
   * A line without letters or digits: {@code * * *}, {@code ———}; a separator left dangling at the
   * end of the headline line: {@code Titolo /}.
   */
  SEPARATOR("separator"),
  /**
   * An advertising label: {@code Pubblicità}, {@code Advertisement}, {@code Contenuto
   * sponsorizzato}.
   */
  AD_LABEL("ad-label"),
  /**
   * A one-sentence shop offer: {@code … è disponibile online da Amazon a 199 euro}, {@code Vedi
   * offerta}.
   */
  AFFILIATE_OFFER("affiliate-offer"),
  /** A paywall prompt: {@code Abbonati per continuare a leggere}, {@code Sei già abbonato?}. */
  PAYWALL("paywall"),
  /** A timestamp without a calendar date: {@code 2 ore fa}, {@code Aggiornato alle 15:40}. */
  RELATIVE_DATE("relative-date"),
  /** Site navigation: {@code back to top}, {@code Menu}, breadcrumbs {@code Home › Sezione › …}. */
  NAVIGATION("navigation"),
  /** A page tool: {@code Ascolta l’articolo}, {@code Stampa}, {@code Copia link}. */
  PAGE_TOOL("page-tool"),
  /** The shortcode of an embedded gallery, video or post: {@code [fotogallery id="12"]}. */
  EMBED("embed"),
  /** A table of contents: its header ({@code Indice}, {@code Contents}) and its entries. */
  TABLE_OF_CONTENTS("table-of-contents"),
  /** A reading time: {@code 3 minuti di lettura}. */
  READING_TIME("reading-time"),
  /** A cookie consent banner and its buttons. */
  COOKIE_BANNER("cookie-banner"),
  /**
   * A share bar or a prompt to follow or subscribe: Google News, newsletter, channels, {@code
   * Seguici}.
   */
  SOCIAL_PROMPT("social-prompt"),
  /** A comment prompt, counter or control, and a reader comment thread after a comments header. */
  COMMENT_PROMPT("comment-prompt"),
  /** A copyright or publisher notice: {@code Riproduzione riservata ©}, {@code P.IVA …}. */
  COPYRIGHT("copyright"),
  /** A community, opinion or affiliate disclaimer. */
  DISCLAIMER("disclaimer"),
  /** A photo credit or caption ending with one: {@code Foto: Ansa}, {@code … (ANSA/…)}. */
  IMAGE_CREDIT("image-credit"),
  /**
   * A "related articles" header with its teaser titles and truncated excerpts, or an inline teaser.
   */
  RELATED_BLOCK("related-block"),
  /** An author box: the name (often twice), the bio and a "tutti gli articoli" link. */
  AUTHOR_BOX("author-box"),
  /** A byline, alone or with the date: {@code di Mario Rossi | 12 febbraio 2023}. */
  BYLINE("byline"),
  /** A dateline: {@code Pubblicato il 12/02/2023 alle 10:41}, {@code lunedì 3 marzo 2025}. */
  DATELINE("dateline"),
  /** An inline date marker at a line start: {@code date 2025-01}; only the marker is removed. */
  DATE_MARKER("date-marker"),
  /**
   * A tag line: {@code Tag: a, b, c}, hashtags, or an {@code Argomenti} header with one tag per
   * line.
   */
  TAG_LINE("tag-line"),
  /** A site name, menu entry or section label above the headline. */
  MASTHEAD("masthead"),
  /**
   * A line outside the article's main text that is not its metadata: menus and teasers above the
   * headline, widgets and image credits between the headline and the text, the page after it.
   */
  OUTSIDE_ARTICLE("outside-article"),
  /** A short non-prose line printed more than once: menus at the top and bottom of the page. */
  REPEATED_LINE("repeated-line");

  private static final java.util.Set<RuleName> PAGE_CHROME =
      java.util.EnumSet.of(
          SOCIAL_PROMPT,
          COMMENT_PROMPT,
          RELATED_BLOCK,
          AUTHOR_BOX,
          COPYRIGHT,
          COOKIE_BANNER,
          NAVIGATION,
          PAYWALL,
          DISCLAIMER,
          TAG_LINE,
          TABLE_OF_CONTENTS,
          REPEATED_LINE);

  private final String id;

  RuleName(String id) {
    this.id = id;
  }

  /**
   * Whether the rule removes furniture that frames an article on a page — navigation, share bars,
   * related articles, comments, notices — rather than furniture found inside the text itself (ads,
   * image credits, separators).
   */
  boolean isPageChrome() {
    return PAGE_CHROME.contains(this);
  }

  /** The kebab-case name recorded with each removed line. */
  String id() {
    return id;
  }
}
