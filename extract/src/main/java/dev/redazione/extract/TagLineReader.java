package dev.redazione.extract;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads tag lines — {@code Tag: OpenAI, Microsoft, Azure}, {@code Argomenti: …}, a line of {@code
 * #hashtags}, or a tag header at the end with one tag per line under it — into tags with provenance
 * TAG_LINE. A list whose items read like prose is not a tag line.
 */
final class TagLineReader {

  private static final int MAX_WORDS_PER_TAG = 5;
  private static final Pattern TAG_LINE =
      Pattern.compile(
          "^(?:tag|tags|tagged|argomenti|parole chiave|keywords|etichette|temi"
              + "|topics?)\\s*:\\s*(?<list>.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern TAG_HEADER =
      Pattern.compile("tag|tags|argomenti|temi|parole chiave|topics?", Pattern.CASE_INSENSITIVE);
  private static final Pattern HASHTAGS = Pattern.compile("^(?:#[\\p{L}\\p{N}_]+\\s*){2,}$");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;|·•]\\s*");

  private TagLineReader() {}

  static void read(LineLedger ledger, ArticleMetadata metadata) {
    readTagLines(ledger, metadata);
    readTagLists(ledger, metadata);
  }

  private static void readTagLines(LineLedger ledger, ArticleMetadata metadata) {
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.isOpen(i)) {
        int index = i;
        parse(ledger.text(i))
            .ifPresent(
                tags -> {
                  ledger.remove(index, RuleName.TAG_LINE);
                  metadata.addTags(tags, Provenance.at(Origin.TAG_LINE, ledger.number(index)));
                });
      }
    }
  }

  /**
   * Reads a tag header standing alone ({@code Argomenti}, {@code Tag}) after the last paragraph,
   * with one tag per line under it.
   */
  private static void readTagLists(LineLedger ledger, ArticleMetadata metadata) {
    for (int i = ledger.lastLongProse() + 1; i < ledger.size(); i++) {
      if (!ledger.isOpen(i) || !TAG_HEADER.matcher(ledger.shape(i).label()).matches()) {
        continue;
      }
      List<Integer> items = new ArrayList<>();
      for (int j = ledger.nextNonBlank(i);
          j >= 0 && ledger.isOpen(j) && isListedTag(ledger.shape(j));
          j = ledger.nextNonBlank(j)) {
        items.add(j);
      }
      if (items.isEmpty()) {
        continue;
      }
      ledger.remove(i, RuleName.TAG_LINE);
      List<Tag> tags = new ArrayList<>();
      for (int item : items) {
        tags.add(Tag.of(ledger.text(item).replace("#", "").strip()));
        ledger.remove(item, RuleName.TAG_LINE);
      }
      metadata.addTags(tags, Provenance.at(Origin.TAG_LINE, ledger.number(i)));
    }
  }

  private static boolean isListedTag(LineShape line) {
    return line.words() >= 1
        && line.words() <= MAX_WORDS_PER_TAG - 1
        && !line.isTerminated()
        && line.lastMark() != ':'
        && !line.isTruncated()
        && Slug.canMake(line.text().replace("#", ""));
  }

  /** The tags of a whole tag line, if the text is one. */
  static Optional<List<Tag>> parse(String text) {
    String list;
    Matcher m = TAG_LINE.matcher(text);
    if (m.matches()) {
      list = m.group("list");
    } else if (HASHTAGS.matcher(text).matches()) {
      list = text.replace(" ", ",");
    } else {
      return Optional.empty();
    }
    List<Tag> tags = new ArrayList<>();
    for (String item : SEPARATOR.split(list.replace("#", " ").strip())) {
      String name = item.strip();
      if (name.isEmpty()) {
        continue;
      }
      LineShape shape = LineShape.of(name);
      if (shape.words() > MAX_WORDS_PER_TAG || shape.isTerminated() || !Slug.canMake(name)) {
        return Optional.empty();
      }
      tags.add(Tag.of(name));
    }
    return tags.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(tags));
  }
}
