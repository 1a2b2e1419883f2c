package dev.redazione.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds the body from the lines no rule took: blocks of consecutive lines split into paragraphs,
 * short standalone lines before a paragraph made {@code ##} headings, everything escaped as
 * Markdown prose.
 */
final class BodyAssembler {

  /**
   * One piece of the body.
   *
   * @param paragraph its text and source lines
   * @param heading whether it is a section heading
   */
  record Part(Paragraph paragraph, boolean heading) {

    String markdown() {
      return heading
          ? MarkdownEscaper.heading(paragraph.text())
          : MarkdownEscaper.paragraph(paragraph.text());
    }
  }

  /**
   * The assembled body.
   *
   * @param parts paragraphs and headings in order
   */
  record Assembled(List<Part> parts) {

    Assembled {
      parts = List.copyOf(parts);
    }

    /** Canonical Markdown: parts separated by blank lines, ending with a newline when not empty. */
    String markdown() {
      return parts.isEmpty()
          ? ""
          : parts.stream().map(Part::markdown).collect(Collectors.joining("\n\n")) + "\n";
    }

    /** The words of the paragraphs and headings. */
    int words() {
      return parts.stream().mapToInt(p -> p.paragraph().shape().words()).sum();
    }

    /** The first paragraph of prose, to derive a title from when the text has none. */
    Optional<Paragraph> firstProse() {
      return parts.stream()
          .filter(p -> !p.heading())
          .map(Part::paragraph)
          .filter(p -> p.shape().words() > 0)
          .findFirst();
    }
  }

  private BodyAssembler() {}

  /**
   * Assembles the open lines of the ledger.
   *
   * @param ledger the lines, with title, subtitle and furniture already taken
   * @param headed whether a title or subtitle precedes the body, so its first line may be a heading
   */
  static Assembled assemble(LineLedger ledger, boolean headed) {
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<LineShape> lines = new ArrayList<>();
    for (int i = 0; i <= ledger.size(); i++) {
      if (i < ledger.size() && ledger.isOpen(i)) {
        numbers.add(ledger.number(i));
        lines.add(ledger.shape(i));
      } else if (!lines.isEmpty()) {
        paragraphs.addAll(ParagraphSplitter.split(List.copyOf(numbers), List.copyOf(lines)));
        numbers.clear();
        lines.clear();
      }
    }
    List<Part> parts = new ArrayList<>(paragraphs.size());
    for (int k = 0; k < paragraphs.size(); k++) {
      Paragraph paragraph = paragraphs.get(k);
      boolean lastOfList =
          paragraph.shape().isListItem() && k > 0 && paragraphs.get(k - 1).shape().isListItem();
      boolean heading =
          (k > 0 || headed)
              && k + 1 < paragraphs.size()
              && !lastOfList
              && HeadingRule.isHeadingShaped(paragraph)
              && HeadingRule.canFollow(paragraphs.get(k + 1), k + 2 == paragraphs.size());
      parts.add(new Part(paragraph, heading));
    }
    return new Assembled(parts);
  }
}
