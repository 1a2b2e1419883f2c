package dev.redazione.ingest.internal.markdown;

import dev.redazione.ingest.internal.DiagnosticLog;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a Markdown body before parsing, line by line outside code blocks: repairs the paste
 * error {@code ![alt] (url)}, cuts the {@code <!--more-->} summary break and hands template code of
 * other generators to {@link TemplateTags}. Its output is a fixed point: preparing it again changes
 * nothing. Stateless and thread-safe.
 */
public final class MarkdownPreprocessor {

  private static final Pattern SPACED_IMAGE =
      Pattern.compile("(!\\[[^\\]\\n]*])[ \\t]+(\\([^()\\s]*(?:[ \\t]+\"[^\"]*\")?\\))");
  private static final Pattern MORE =
      Pattern.compile("<!--\\s*more\\s*-->", Pattern.CASE_INSENSITIVE);
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private final TemplateTags templateTags = new TemplateTags();

  /**
   * Prepares a body.
   *
   * @param body the Markdown body
   * @param firstLine the file line of the body's first line, for diagnostics; 0 when unknown
   */
  public PreparedMarkdown prepare(String body, int firstLine, DiagnosticLog log) {
    StringBuilder out = new StringBuilder(body.length() + 16);
    String fence = null;
    int summaryEnd = -1;
    int summaryLine = 0;
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int fileLine = firstLine == 0 ? 0 : firstLine + i;
      Matcher fenceMatch = FENCE.matcher(mayBeFence(line) ? line : "");
      if (fence != null) {
        if (templateTags.closesHighlight(line)) {
          line = fence;
          fence = null;
        } else if (fenceMatch.find()
            && fenceMatch.group(1).charAt(0) == fence.charAt(0)
            && fenceMatch.group(1).length() >= fence.length()) {
          fence = null;
        }
      } else if (fenceMatch.find()) {
        fence = fenceMatch.group(1);
      } else {
        line = repairImages(line, fileLine, log);
        line = templateTags.translate(line, fileLine, log);
        Matcher opened = FENCE.matcher(mayBeFence(line) ? line : "");
        if (opened.find()) {
          fence = opened.group(1);
        }
        Matcher more = MORE.matcher(line.contains("<!--") ? line : "");
        if (more.find()) {
          if (summaryEnd < 0) {
            summaryEnd = out.length() + more.start();
            summaryLine = fileLine;
          }
          line = more.replaceAll("");
          if (line.isBlank()) {
            continue;
          }
        }
      }
      out.append(line).append('\n');
    }
    String markdown = trimBlankLines(out.toString());
    String summary = summaryEnd < 0 ? "" : trimBlankLines(out.substring(0, summaryEnd));
    return new PreparedMarkdown(markdown, summary, summaryLine);
  }

  private static String trimBlankLines(String text) {
    int start = 0;
    for (int i = 0; i < text.length() && Character.isWhitespace(text.charAt(i)); i++) {
      if (text.charAt(i) == '\n') {
        start = i + 1;
      }
    }
    return text.substring(start).stripTrailing();
  }

  private static boolean mayBeFence(String line) {
    String start = line.stripLeading();
    return start.startsWith("```") || start.startsWith("~~~");
  }

  private static String repairImages(String line, int fileLine, DiagnosticLog log) {
    if (!line.contains("] (")) {
      return line;
    }
    Matcher m = SPACED_IMAGE.matcher(line);
    if (!m.find()) {
      return line;
    }
    log.info(
        fileLine,
        "REPAIRED_IMAGE",
        "the image `"
            + m.group(1)
            + " "
            + m.group(2)
            + "` had a space between `]` and `(`; it was read as an image");
    return m.replaceAll("$1$2");
  }
}
