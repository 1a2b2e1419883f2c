package dev.redazione.extract;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.extract.DateParser.DateHit;
import dev.redazione.extract.DateParser.ImpossibleDate;
import java.util.List;

/**
 * Takes datelines and bylines out of the body into the metadata. A labelled line ({@code Pubblicato
 * il …}, {@code di Mario Rossi}) is read wherever it stands; a bare date only in the head (before
 * the body's first real paragraph) or the tail (after its last), because a date inside the article
 * — {@code nel 2019}, a timeline — does not date the article. A bare name or {@code Redazione} in
 * the head or tail is a byline when it stands next to a dateline, or when it signs the article as
 * its very last line; a bare name between the headline and the main text is a byline too. Runs
 * after the headline is taken, so a standfirst is not mistaken for the start of the body.
 */
final class DatelineReader {

  private DatelineReader() {}

  static void read(LineLedger ledger, ArticleMetadata metadata, MainText.Block block, int title) {
    int head = block.isEmpty() ? ledger.firstLongProse() : block.start();
    int tail = block.isEmpty() ? ledger.lastLongProse() : block.end();
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isOpen(i)) {
        continue;
      }
      var parsed = ledger.meta(i);
      if (parsed.isPresent() && (parsed.get().explicit() || i < head || i > tail)) {
        take(ledger, metadata, i, parsed.get());
      }
    }
    int last = ledger.previousOpen(ledger.size() - 1);
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.isOpen(i)
          && (i < head || i > tail)
          && PersonName.isSignature(ledger.text(i))
          && (nextToDateline(ledger, i, -1)
              || nextToDateline(ledger, i, 1)
              || i == last && i > tail
              || title >= 0 && i > title && i < head && PersonName.isPersonName(ledger.text(i)))) {
        ledger.remove(i, RuleName.BYLINE);
        metadata.addAuthors(
            List.of(PersonName.display(ledger.text(i))),
            Provenance.at(Origin.BYLINE, ledger.number(i)));
      }
    }
  }

  private static boolean nextToDateline(LineLedger ledger, int index, int step) {
    for (int i = index + step; i >= 0 && i < ledger.size(); i += step) {
      if (!ledger.isBlank(i)) {
        return ledger.role(i) == LineLedger.Role.REMOVED && ledger.meta(i).isPresent();
      }
    }
    return false;
  }

  private static void take(LineLedger ledger, ArticleMetadata metadata, int index, MetaLine meta) {
    int line = ledger.number(index);
    ledger.remove(index, meta.rule());
    for (DateHit hit : meta.dates()) {
      Provenance provenance = Provenance.at(Origin.DATELINE, line);
      if (hit.kind() == DateParser.Kind.UPDATED) {
        metadata.offerUpdated(hit.date(), provenance);
      } else {
        metadata.offerDate(hit.date(), provenance);
      }
    }
    for (ImpossibleDate impossible : meta.impossible()) {
      metadata.report(
          Diagnostic.warning(
              metadata.path(),
              line,
              "INVALID_DATE",
              "`"
                  + impossible.text()
                  + "` on line "
                  + line
                  + " is not a real date; expected a day such as 12 febbraio 2023 or 12/02/2023"));
    }
    if (!meta.authors().isEmpty()) {
      metadata.addAuthors(meta.authors(), Provenance.at(Origin.BYLINE, line));
    }
  }
}
