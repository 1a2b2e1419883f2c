package dev.redazione.testkit;

import java.util.List;

/** Italian words for the tests of text analysis. */
public final class ItalianWords {

  /**
   * Words and phrases that exercise analysis: elisions, accents, plurals, stop words and odd
   * characters. The static export's script must analyse each as the server does.
   */
  public static final List<String> ANALYSIS_TABLE =
      List.of(
          "accordo",
          "accordi",
          "l’accordo",
          "l'accordo",
          "dell’intelligenza artificiale",
          "nell'ambito dell’Unione europea",
          "all’università",
          "Società",
          "societa",
          "perché",
          "perche",
          "città più belle",
          "Né questo né quello",
          "quell’anno",
          "un’azienda",
          "gl’italiani",
          "c’è",
          "E’ così",
          "è stato",
          "Il Governo e le Regioni",
          "aziende",
          "aziendale",
          "chiamiamo",
          "banche",
          "amiche",
          "dirigenti",
          "studio",
          "studi",
          "farmacia",
          "farmacie",
          "OpenAI",
          "ChatGPT-4o",
          "GPT‑5",
          "3,5 miliardi",
          "2025",
          "Microsoft/OpenAI",
          "e-mail",
          "Crème brûlée",
          "Ærø",
          "straße",
          "naïve",
          "«virgolette» “doppie”",
          "Ⅻ secolo",
          "ﬁnanza",
          "Satya Nadella",
          "rock’n’roll",
          "dell’“accordo”",
          "x_y_z",
          "L’ANNO DELL’IA");

  private ItalianWords() {}
}
