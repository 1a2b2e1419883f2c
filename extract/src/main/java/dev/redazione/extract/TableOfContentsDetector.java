package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * Removes a table of contents printed over a guide: its header ({@code Indice}, {@code Indice dei
 * contenuti}, {@code Contents hide}, {@code Inhaltsverzeichnis}), maybe with its show or hide
 * button, and the run of entries right under it — short lines that are no statements (a question
 * may be one), the titles of the sections below. A header without at least {@value #MIN_ENTRIES}
 * entries stays: it may be a section's own heading.
 */
final class TableOfContentsDetector {

  private static final Pattern HEADER =
      Pattern.compile(
          "(?:indice(?: dei contenuti| degli argomenti)?|sommario|contents|table of contents"
              + "|in this article|inhaltsverzeichnis|índice(?: de contenidos)?|contenidos"
              + "|sommaire|table des matières|conteúdo|índice)"
              + "(?:\\s*[\\[(]?(?:hide|show|toggle|nascondi|mostra|ausblenden|einblenden|anzeigen"
              + "|ocultar|mostrar|masquer|afficher)[\\])]?)?");

  private static final int HEADER_MAX_WORDS = 5;

  /** A header needs at least this many entries under it. */
  static final int MIN_ENTRIES = 2;

  /** An entry has at most this many words. */
  static final int ENTRY_MAX_WORDS = 15;

  private TableOfContentsDetector() {}

  static void detect(LineLedger ledger, MainText.Block mainText) {
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.isOpen(i) && isHeader(ledger.shape(i))) {
        int end = entriesEnd(ledger, i + 1, mainText);
        if (end - i - 1 >= MIN_ENTRIES && !(end < ledger.size() && ledger.hasDate(end))) {
          for (int j = i; j < end; j++) {
            ledger.remove(j, RuleName.TABLE_OF_CONTENTS);
          }
          i = end - 1;
        }
      }
    }
  }

  static boolean isHeader(LineShape line) {
    return line.words() <= HEADER_MAX_WORDS && HEADER.matcher(line.label()).matches();
  }

  /**
   * The index after the run of entries that starts at {@code from}, with no blank line in it. A
   * dated line ends it: a table of contents has no dates, so a run that stops at one is a headline
   * with its byline under a label, and stays.
   */
  private static int entriesEnd(LineLedger ledger, int from, MainText.Block mainText) {
    int j = from;
    while (j < ledger.size()
        && ledger.isOpen(j)
        && !ledger.hasDate(j)
        && isEntry(ledger.shape(j), mainText, j)) {
      j++;
    }
    return j;
  }

  private static boolean isEntry(LineShape line, MainText.Block mainText, int index) {
    return line.words() <= ENTRY_MAX_WORDS
        && !line.isStatement()
        && !line.isTruncated()
        && !(mainText.contains(index) && MainText.isGood(line));
  }
}
