package dev.redazione.extract;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.extract.DateParser.DateHit;
import dev.redazione.extract.DateParser.ImpossibleDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** A line with a byline or dateline glued to its end has at most this many words. */
  static final int TRAILING_MAX_WORDS = 40;

  private static final Pattern TRAILING_BYLINE =
      Pattern.compile(" (?i:by|di|von|por|par)\\s+(?=\\p{Lu})");

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

  /**
   * Splits the byline or dateline off the end of a line above the main text, as pages glue them to
   * the headline ({@code Titolo di Mario Rossi 12 febbraio 2023}, {@code Title by Ann Lee on May 2,
   * 2019}): the line keeps the words before it, and the rest is read as metadata. Only a rest with
   * a date is split off: "di" and "by" alone end many headlines ({@code Udienza di Papa
   * Francesco}).
   */
  static void readTrailing(LineLedger ledger, ArticleMetadata metadata, MainText.Block block) {
    int limit = block.isEmpty() ? 0 : block.start();
    for (int i = 0; i < limit; i++) {
      if (!ledger.isOpen(i)
          || ledger.meta(i).isPresent()
          || ledger.shape(i).words() > TRAILING_MAX_WORDS) {
        continue;
      }
      String text = ledger.text(i);
      for (int split : splitPoints(text)) {
        String head = text.substring(0, split).strip();
        Optional<MetaLine> meta = MetaLine.parse(text.substring(split).strip());
        if (LineShape.of(head).words() >= 2 && meta.isPresent() && !meta.get().dates().isEmpty()) {
          ledger.removeSuffix(i, split, meta.get().rule());
          offer(ledger, metadata, i, meta.get());
          break;
        }
      }
    }
  }

  /** Where a byline or date may start: before "by"/"di"/"von"… and at each date. */
  private static List<Integer> splitPoints(String text) {
    List<Integer> points = new ArrayList<>();
    Matcher by = TRAILING_BYLINE.matcher(text);
    while (by.find()) {
      points.add(by.start() + 1);
    }
    DateParser.scan(text).dates().forEach(d -> points.add(d.start()));
    points.removeIf(p -> p <= 0);
    points.sort(Integer::compare);
    return points;
  }

  private static void take(LineLedger ledger, ArticleMetadata metadata, int index, MetaLine meta) {
    ledger.remove(index, meta.rule());
    offer(ledger, metadata, index, meta);
  }

  private static void offer(LineLedger ledger, ArticleMetadata metadata, int index, MetaLine meta) {
    int line = ledger.number(index);
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
