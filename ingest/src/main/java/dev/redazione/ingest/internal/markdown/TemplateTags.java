package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.DiagnosticLog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates template code of other site generators found in a body line: Hugo shortcodes ({@code
 * {{< … >}}}, {@code {{% … %}}}), Liquid tags ({@code {% … %}}) and Liquid output ({@code {{ …
 * }}}). Tags with an obvious meaning become Markdown (figure, highlight, YouTube and Vimeo videos);
 * the others are dropped with a {@code TEMPLATE_CODE} warning, so that no template syntax is ever
 * shown to readers. Stateless and thread-safe.
 */
final class TemplateTags {

  /** What every piece of template code starts with. */
  static final List<String> OPENERS = List.of("{{", "{%");

  private static final Pattern HUGO =
      Pattern.compile("\\{\\{([<%])\\s*(/?)\\s*([\\w./-]+)(.*?)\\s*[>%]}}");
  private static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%}");
  private static final Pattern LIQUID_OUTPUT = Pattern.compile("\\{\\{-?(?![<%])(.*?)-?}}");
  private static final Pattern PARAM =
      Pattern.compile("(?:([\\w-]+)\\s*=\\s*)?(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"']+))");
  private static final Pattern FENCE_CLOSE =
      Pattern.compile(
          "\\s*(?:\\{%-?\\s*endhighlight\\s*-?%}|\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]}})\\s*");

  /** The line with its template code translated or dropped. */
  String translate(String line, int fileLine, DiagnosticLog log) {
    boolean template = false;
    for (String opener : OPENERS) {
      template |= line.contains(opener);
    }
    if (!template) {
      return line;
    }
    String translated = replace(HUGO, line, m -> hugo(m, line, fileLine, log));
    translated = replace(LIQUID_TAG, translated, m -> liquid(m, line, fileLine, log));
    return replace(LIQUID_OUTPUT, translated, m -> dropped(m.group(), fileLine, log));
  }

  /** Whether a line inside a code block closes a highlight block opened by template code. */
  boolean closesHighlight(String line) {
    return FENCE_CLOSE.matcher(line).matches();
  }

  private interface Replacement {
    String apply(Matcher m);
  }

  private static String replace(Pattern pattern, String line, Replacement replacement) {
    Matcher m = pattern.matcher(line);
    if (!m.find()) {
      return line;
    }
    StringBuilder out = new StringBuilder();
    do {
      m.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(m)));
    } while (m.find());
    m.appendTail(out);
    return out.toString();
  }

  private static String hugo(Matcher m, String line, int fileLine, DiagnosticLog log) {
    boolean closing = !m.group(2).isEmpty();
    String name = m.group(3);
    Map<String, String> params = params(m.group(4));
    boolean wholeLine = line.strip().equals(m.group());
    if (name.equals("highlight") && wholeLine) {
      return closing ? "```" : "```" + params.getOrDefault("0", "");
    }
    if (!closing && name.equals("figure") && params.containsKey("src")) {
      String caption = params.getOrDefault("caption", params.getOrDefault("title", ""));
      String alt = params.getOrDefault("alt", caption);
      log.info(
          fileLine,
          DiagnosticCode.TEMPLATE_CODE.code(),
          "the Hugo shortcode `" + m.group() + "` was rendered as a figure");
      return "!["
          + alt
          + "]("
          + params.get("src")
          + ")"
          + (caption.isBlank() ? "" : "\n*" + caption + "*");
    }
    if (!closing && (name.equals("youtube") || name.equals("vimeo"))) {
      String id = params.getOrDefault("id", params.getOrDefault("0", ""));
      if (id.matches("[\\w-]+")) {
        log.info(
            fileLine,
            DiagnosticCode.TEMPLATE_CODE.code(),
            "the Hugo shortcode `" + m.group() + "` was rendered as a link to the video");
        return name.equals("youtube")
            ? "[Video su YouTube](https://www.youtube.com/watch?v=" + id + ")"
            : "[Video su Vimeo](https://vimeo.com/" + id + ")";
      }
    }
    return dropped(m.group(), fileLine, log);
  }

  private static String liquid(Matcher m, String line, int fileLine, DiagnosticLog log) {
    String name = m.group(1);
    boolean wholeLine = line.strip().equals(m.group());
    if (name.equals("raw") || name.equals("endraw")) {
      return "";
    }
    if (name.equals("highlight") && wholeLine) {
      return "```" + params(m.group(2)).getOrDefault("0", "");
    }
    if (name.equals("endhighlight") && wholeLine) {
      return "```";
    }
    return dropped(m.group(), fileLine, log);
  }

  private static String dropped(String code, int fileLine, DiagnosticLog log) {
    log.warning(
        fileLine,
        DiagnosticCode.TEMPLATE_CODE.code(),
        "the template code `"
            + code
            + "` of another site generator has no meaning here; it was dropped");
    return "";
  }

  private static Map<String, String> params(String text) {
    Map<String, String> params = new LinkedHashMap<>();
    Matcher m = PARAM.matcher(text);
    int position = 0;
    while (m.find()) {
      String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
      params.put(m.group(1) != null ? m.group(1) : Integer.toString(position++), value);
    }
    return params;
  }
}
