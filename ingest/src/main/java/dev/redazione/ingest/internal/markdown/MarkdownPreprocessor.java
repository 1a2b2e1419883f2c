package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.DiagnosticLog;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a Markdown body before parsing, line by line outside code blocks: repairs the paste
 * error {@code ![alt] (url)}, cuts the {@code <!--more-->} summary break, hands template code of
 * other generators to {@link TemplateTags} and keeps inline nesting within {@link InlineNesting}'s
 * bound. Its output is a fixed point: preparing it again changes nothing. Stateless and
 * thread-safe.
 */
public final class MarkdownPreprocessor {

  private static final Pattern SPACED_IMAGE =
      Pattern.compile("(!\\[[^\\]\\n]*])[ \\t]+(\\([^()\\s]*(?:[ \\t]+\"[^\"]*\")?\\))");
  private static final Pattern MORE =
      Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  /** What a line must start with (after indentation) to open or close a code block. */
  private static final List<String> FENCE_OPENERS = List.of("```", "~~~");

  /** What a line must contain to hold a spaced image ({@link #SPACED_IMAGE}). */
  private static final String IMAGE_GAP = "] (";

  /** What a line must contain to hold a summary break ({@link #MORE}). */
  private static final String COMMENT_OPENER = "<!--";

  /**
   * The texts without which no line needs preparing beyond the nesting bound: each step's own
   * trigger, so that a body holding none of them skips the line loop.
   */
  static final List<String> TRIGGERS = triggers();

  /** The first characters of the triggers, for a single scan of the body. */
  private static final CharSet TRIGGER_STARTS = CharSet.of(starts(TRIGGERS));

  private final TemplateTags templateTags = new TemplateTags();

  /**
   * Prepares a body.
   *
   * @param body the Markdown body
   * @param firstLine the file line of the body's first line, for diagnostics; 0 when unknown
   */
  public PreparedMarkdown prepare(String body, int firstLine, DiagnosticLog log) {
    if (hasNothingToPrepare(body)) {
      return new PreparedMarkdown(trimBlankLines(body), startLine(body, firstLine), "", 0);
    }
    StringBuilder out = new StringBuilder(body.length() + 16);
    InlineNesting nesting = new InlineNesting();
    String fence = null;
    int summaryEnd = -1;
    int summaryLine = 0;
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int fileLine = firstLine == 0 ? 0 : firstLine + i;
      String fenceMark = fenceOf(line);
      if (fence != null) {
        if (templateTags.closesHighlight(line)) {
          line = fence;
          fence = null;
        } else if (fenceMark != null
            && fenceMark.charAt(0) == fence.charAt(0)
            && fenceMark.length() >= fence.length()) {
          fence = null;
        }
      } else if (fenceMark != null) {
        fence = fenceMark;
      } else {
        line = repairImages(line, fileLine, log);
        line = templateTags.translate(line, fileLine, log);
        fence = fenceOf(line);
        if (fence == null) {
          line = nesting.limit(line, fileLine, log);
        }
        Matcher more = line.contains(COMMENT_OPENER) ? MORE.matcher(line) : null;
        if (more != null && more.find()) {
          int breakAt = more.start();
          line = more.replaceAll("");
          boolean breakAlone = line.isBlank();
          if (summaryEnd < 0) {
            // A line left blank by the break is dropped, so the summary ends where it started.
            summaryEnd = out.length() + (breakAlone ? 0 : breakAt);
            summaryLine = fileLine;
          }
          if (breakAlone) {
            continue;
          }
        }
      }
      out.append(line).append('\n');
    }
    String prepared = out.toString();
    String markdown = trimBlankLines(prepared);
    String summary = summaryEnd < 0 ? "" : trimBlankLines(out.substring(0, summaryEnd));
    return new PreparedMarkdown(markdown, startLine(prepared, firstLine), summary, summaryLine);
  }

  /**
   * Whether no line of the body holds a {@link #TRIGGERS trigger} and the body cannot nest too
   * deep: the common case, in which preparing only trims the blank lines around the body.
   */
  private static boolean hasNothingToPrepare(String body) {
    if (InlineNesting.mayExceed(body)) {
      return false;
    }
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (TRIGGER_STARTS.contains(c)) {
        for (String trigger : TRIGGERS) {
          if (trigger.charAt(0) == c && body.startsWith(trigger, i)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static List<String> triggers() {
    List<String> triggers = new ArrayList<>(FENCE_OPENERS);
    triggers.add(IMAGE_GAP);
    triggers.addAll(TemplateTags.OPENERS);
    triggers.add(COMMENT_OPENER);
    return List.copyOf(triggers);
  }

  private static String starts(List<String> triggers) {
    StringBuilder starts = new StringBuilder();
    for (String trigger : triggers) {
      if (starts.indexOf(trigger.substring(0, 1)) < 0) {
        starts.append(trigger.charAt(0));
      }
    }
    return starts.toString();
  }

  /** The file line of the text's first non-blank line, 0 when {@code firstLine} is unknown. */
  private static int startLine(String text, int firstLine) {
    if (firstLine == 0) {
      return 0;
    }
    int line = firstLine;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The text without its leading blank lines and trailing white space. */
  private static String trimBlankLines(String text) {
    int start = 0;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') {
        start = i + 1;
      }
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * The fence that the line opens or closes ({@code ```} or {@code ~~~}, maybe longer), or null.
   */
  private static String fenceOf(String line) {
    int start = 0;
    while (start < line.length() && line.charAt(start) == ' ') {
      start++;
    }
    boolean opener = false;
    for (String mark : FENCE_OPENERS) {
      opener |= line.startsWith(mark, start);
    }
    if (!opener) {
      return null;
    }
    Matcher fence = FENCE.matcher(line);
    return fence.find() ? fence.group(1) : null;
  }

  private static String repairImages(String line, int fileLine, DiagnosticLog log) {
    if (!line.contains(IMAGE_GAP)) {
      return line;
    }
    Matcher m = SPACED_IMAGE.matcher(line);
    if (!m.find()) {
      return line;
    }
    log.info(
        fileLine,
        DiagnosticCode.REPAIRED_IMAGE.code(),
        "the image `"
            + m.group(1)
            + " "
            + m.group(2)
            + "` had a space between `]` and `(`; it was read as an image");
    return m.replaceAll("$1$2");
  }
}
