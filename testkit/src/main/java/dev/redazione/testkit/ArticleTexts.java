package dev.redazione.testkit;

/**
 * Front-matter Markdown articles as text, whose extraction is known, for tests that assert exact
 * output. Stateless.
 */
public final class ArticleTexts {

  /** A paragraph of ordinary Italian prose: 40 words. */
  public static final String PARAGRAPH =
      "Il consiglio comunale ha approvato ieri sera il nuovo piano per la mobilità sostenibile,"
          + " che prevede piste ciclabili lungo i viali principali, parcheggi di scambio alle porte"
          + " della città e un servizio di autobus elettrici attivo anche nelle ore notturne.";

  private ArticleTexts() {}

  /**
   * A dated front-matter article with tags and an author, and a body of {@code paragraphs}
   * paragraphs.
   *
   * @param tags the tags as YAML flow items, such as {@code "Trasporti, Comune"}
   */
  public static String dated(String title, String date, String tags, int paragraphs) {
    return "---\ntitle: "
        + title
        + "\ndate: "
        + date
        + "\nauthor: Giulia Neri\ntags: ["
        + tags
        + "]\n---\n\n"
        + body(paragraphs);
  }

  /** The body: {@code paragraphs} copies of {@link #PARAGRAPH}. */
  public static String body(int paragraphs) {
    return (PARAGRAPH + "\n\n").repeat(paragraphs);
  }
}
