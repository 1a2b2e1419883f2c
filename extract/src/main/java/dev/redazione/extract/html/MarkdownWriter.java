package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the main content of a page as canonical Markdown: headings ({@code <h1>}, {@code <h2>}
 * become {@code ##}, deeper ones one more {@code #} each, up to four), paragraphs, lists, block
 * quotes, code blocks, simple tables, links and images with absolute {@code http(s)} URLs (and
 * {@code mailto:} links), figures as an image with its caption in italics on the next line, and
 * emphasis. Other elements give their text. Mutable; confined to one page.
 */
final class MarkdownWriter {

  private static final java.util.regex.Pattern LINE_BREAK =
      java.util.regex.Pattern.compile(" *\n *");

  private final List<String> blocks = new ArrayList<>();
  private final StringBuilder inline = new StringBuilder();

  /** The Markdown of the content elements, blocks separated by blank lines. */
  static String write(List<Element> content) {
    MarkdownWriter writer = new MarkdownWriter();
    for (Element element : content) {
      writer.block(element);
    }
    writer.flush();
    return String.join("\n\n", writer.blocks);
  }

  private void block(Element element) {
    String tag = element.normalName();
    switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flush();
        int level = Math.min(4, Math.max(2, tag.charAt(1) - '0'));
        String text = inlineOf(element);
        if (!text.isBlank()) {
          blocks.add("#".repeat(level) + " " + text.replace('\n', ' '));
        }
      }
      case "p" -> {
        flush();
        children(element);
        flush();
      }
      case "ul", "ol" -> {
        flush();
        String list = list(element, "");
        if (!list.isBlank()) {
          blocks.add(list);
        }
      }
      case "blockquote" -> {
        flush();
        MarkdownWriter quote = new MarkdownWriter();
        quote.children(element);
        quote.flush();
        String quoted = String.join("\n\n", quote.blocks);
        if (!quoted.isBlank()) {
          blocks.add(quoted.replaceAll("(?m)^", "> ").replaceAll("(?m)^> $", ">"));
        }
      }
      case "pre" -> {
        flush();
        String code = element.wholeText().strip();
        if (!code.isEmpty()) {
          String fence = code.contains("```") ? "~~~" : "```";
          blocks.add(fence + "\n" + code + "\n" + fence);
        }
      }
      case "figure" -> {
        flush();
        figure(element);
      }
      case "table" -> {
        flush();
        table(element);
      }
      case "br" -> {
        if (inline.length() > 0 && inline.charAt(inline.length() - 1) == '\n') {
          flush();
        } else if (inline.length() > 0) {
          inline.append('\n');
        }
      }
      case "hr" -> flush();
      default -> {
        if (Blocks.isBlockLevel(tag)) {
          flush();
          children(element);
          flush();
        } else {
          inline(element);
        }
      }
    }
  }

  private void children(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        appendText(text.text());
      } else if (child instanceof Element e) {
        block(e);
      }
    }
  }

  private void appendText(String text) {
    String squeezed = Words.collapse(text);
    if (squeezed.startsWith(" ") && endsWithSpaceOrEmpty()) {
      squeezed = squeezed.substring(1);
    }
    if (!squeezed.isEmpty()) {
      inline.append(MarkdownText.inline(squeezed));
    }
  }

  private boolean endsWithSpace() {
    char last = inline.charAt(inline.length() - 1);
    return last == ' ' || last == '\n';
  }

  /** Inline elements: links, emphasis, code, images; others give their content. */
  private void inline(Element element) {
    switch (element.normalName()) {
      case "a" -> {
        String href = url(element.absUrl("href"));
        String text = inlineOf(element);
        if (text.isBlank()) {
          spaceBefore(element);
          return;
        }
        spaceBefore(element);
        if (href == null && !element.attr("href").startsWith("mailto:")) {
          inline.append(text);
        } else {
          String target = href != null ? href : element.attr("href").strip();
          inline
              .append('[')
              .append(text.strip())
              .append("](")
              .append(target.replace(" ", "%20").replace(")", "%29"))
              .append(')');
        }
        spaceAfter(element);
      }
      case "em", "i", "cite", "dfn" -> wrap(element, "*");
      case "strong", "b" -> wrap(element, "**");
      case "code", "kbd", "samp", "tt" -> {
        String code = element.text();
        if (!code.isBlank()) {
          String tick = code.contains("`") ? "``" : "`";
          inline.append(tick).append(code.contains("`") ? " " + code + " " : code).append(tick);
        }
      }
      case "img" -> image(element).ifPresent(inline::append);
      default -> children(element);
    }
  }

  private void wrap(Element element, String marker) {
    String stripped = inlineOf(element).strip();
    spaceBefore(element);
    if (!stripped.isEmpty()) {
      inline.append(marker).append(stripped).append(marker);
      spaceAfter(element);
    }
  }

  /**
   * A space before an inline element whose text starts with one ({@code on<em> Live</em>}): its
   * Markdown is written stripped, and the space must not be lost.
   */
  private void spaceBefore(Element element) {
    if (!endsWithSpaceOrEmpty() && edgeIsBlank(element, true)) {
      inline.append(' ');
    }
  }

  /** A space after an inline element whose text ends with one ({@code <a>Contact </a>us}). */
  private void spaceAfter(Element element) {
    if (!endsWithSpaceOrEmpty() && edgeIsBlank(element, false)) {
      inline.append(' ');
    }
  }

  /** Whether the first (or last) character of an element's text is a blank. */
  private static boolean edgeIsBlank(Element element, boolean first) {
    Node node = element;
    while (node instanceof Element e && e.childNodeSize() > 0) {
      node = first ? e.childNode(0) : e.childNode(e.childNodeSize() - 1);
    }
    if (!(node instanceof TextNode text)) {
      return false;
    }
    String whole = text.getWholeText();
    return !whole.isEmpty() && Words.isBlank(whole.charAt(first ? 0 : whole.length() - 1));
  }

  private boolean endsWithSpaceOrEmpty() {
    return inline.length() == 0 || endsWithSpace();
  }

  /** The inline Markdown of an element's content, on its own. */
  private static String inlineOf(Element element) {
    MarkdownWriter writer = new MarkdownWriter();
    writer.children(element);
    writer.flush();
    return String.join(" ", writer.blocks);
  }

  private void flush() {
    String text = inline.toString().strip();
    inline.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(
          MarkdownText.blockStarts(
              text.indexOf('\n') < 0 ? text : LINE_BREAK.matcher(text).replaceAll("\n")));
    }
  }

  private String list(Element list, String indent) {
    StringBuilder out = new StringBuilder();
    boolean ordered = list.normalName().equals("ol");
    int number = 1;
    for (Element item : list.children()) {
      if (!item.normalName().equals("li")) {
        continue;
      }
      List<Element> nested = new ArrayList<>();
      Element copy = item.shallowClone();
      for (Node child : item.childNodesCopy()) {
        if (child instanceof Element e && (e.nameIs("ul") || e.nameIs("ol"))) {
          nested.add(e);
        } else {
          copy.appendChild(child);
        }
      }
      String marker = ordered ? (number++) + ". " : "- ";
      String inner = indent + " ".repeat(marker.length());
      String text = write(List.of(copy)).replace("\n\n", "\n").replace("\n", "\n" + inner);
      if (text.isBlank() && nested.isEmpty()) {
        continue;
      }
      out.append(out.length() > 0 ? "\n" : "").append(indent).append(marker).append(text.strip());
      for (Element sub : nested) {
        String subList = list(sub, inner);
        if (!subList.isBlank()) {
          out.append('\n').append(subList);
        }
      }
    }
    return out.toString();
  }

  private void figure(Element figure) {
    Element caption = figure.selectFirst("figcaption");
    String captionText = caption == null ? "" : inlineOf(caption).replace('\n', ' ').strip();
    List<String> images = new ArrayList<>();
    for (Element img : figure.getElementsByTag("img")) {
      image(img).ifPresent(images::add);
    }
    if (images.isEmpty()) {
      Element copy = figure.clone();
      copy.select("figcaption").remove();
      children(copy);
      flush();
      if (!captionText.isEmpty()) {
        blocks.add(captionText);
      }
      return;
    }
    String block = String.join("\n", images);
    if (!captionText.isEmpty()) {
      block += "\n*" + captionText.replace("*", "\\*") + "*";
    }
    blocks.add(block);
  }

  private java.util.Optional<String> image(Element img) {
    String src = url(img.absUrl("src"));
    for (String lazy : new String[] {"data-src", "data-lazy-src", "data-original", "data-url"}) {
      if (src != null) {
        break;
      }
      src = url(img.absUrl(lazy));
    }
    if (src == null && img.hasAttr("srcset")) {
      String first = img.attr("srcset").strip().split("[\\s,]+")[0];
      src = url(resolve(img, first));
    }
    if (src == null) {
      return java.util.Optional.empty();
    }
    String alt = Words.squeeze(img.attr("alt")).replace("]", "\\]").replace("[", "\\[");
    return java.util.Optional.of(
        "![" + alt + "](" + src.replace(" ", "%20").replace(")", "%29") + ")");
  }

  private static String resolve(Element img, String relative) {
    try {
      return img.baseUri().isEmpty()
          ? relative
          : java.net.URI.create(img.baseUri()).resolve(relative).toString();
    } catch (IllegalArgumentException e) {
      return relative;
    }
  }

  private void table(Element table) {
    List<List<String>> rows = new ArrayList<>();
    boolean simple = table.select("table table, td p + p, td ul, td ol").isEmpty();
    for (Element row : table.select("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          cells.add(inlineOf(cell).replace('\n', ' ').replace("|", "\\|").strip());
        }
      }
      if (cells.stream().anyMatch(c -> !c.isEmpty())) {
        rows.add(cells);
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    int columns = rows.stream().mapToInt(List::size).max().orElse(0);
    if (!simple || columns < 2) {
      for (Element cell : table.select("td, th")) {
        if (cell.select("td td").isEmpty()) {
          flush();
          children(cell);
          flush();
        }
      }
      return;
    }
    StringBuilder out = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> cells = new ArrayList<>(rows.get(r));
      while (cells.size() < columns) {
        cells.add("");
      }
      out.append("| ").append(String.join(" | ", cells)).append(" |\n");
      if (r == 0) {
        out.append("|").append(" --- |".repeat(columns)).append('\n');
      }
    }
    blocks.add(out.toString().strip());
  }

  /** An absolute {@code http(s)} URL, or null. */
  private static String url(String absolute) {
    String lower = absolute.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? absolute.strip() : null;
  }
}
