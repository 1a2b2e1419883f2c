package dev.redazione.extract.html;

/**
 * The rules that leave a block of a saved HTML page out of the body, by their stable names in
 * {@link dev.redazione.core.RemovedLine#rule()}.
 */
enum HtmlRule {
  /** An element hidden by a {@code hidden} attribute or an inline {@code display: none}. */
  HIDDEN("html-hidden"),
  /**
   * Page chrome: {@code <nav>}, {@code <header>}, {@code <footer>}, {@code <aside>}, dialogs,
   * forms, and elements whose ARIA role or class names navigation, menus or breadcrumbs.
   */
  PAGE_CHROME("html-page-chrome"),
  /** Reader comments and comment forms. */
  COMMENTS("html-comments"),
  /** Related, recommended, popular or trending article lists. */
  RELATED("html-related"),
  /** Share and follow bars. */
  SHARE("html-share"),
  /** Advertising and sponsored blocks. */
  AD("html-ad"),
  /** Newsletter, subscription and other promotions; cookie banners and pop-ups. */
  PROMO("html-promo"),
  /** A block whose class names it as furniture: sidebars, widgets, tags, bylines, pagination. */
  FURNITURE("html-furniture"),
  /** A block of the content that is mostly links, or holds no text. */
  LINK_BLOCK("html-link-block"),
  /** The byline in the content, whose author the metadata names. */
  BYLINE("html-byline"),
  /** The headline inside the content, taken as the title. */
  HEADLINE("html-headline"),
  /** Text outside the main content block. */
  OUTSIDE_CONTENT("html-outside-content");

  private final String ruleName;

  HtmlRule(String ruleName) {
    this.ruleName = ruleName;
  }

  /** The name recorded in removed lines. */
  String ruleName() {
    return ruleName;
  }
}
