package dev.redazione.ingest.internal.markdown;

import java.util.Map;
import java.util.regex.Pattern;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Keeps the language class of a fenced code block ({@code language-java}) only when it is one the
 * sanitiser allows, {@link #CLASS}; an info string with other characters or too long gives a code
 * block without class. Stateless and thread-safe.
 */
final class CodeLanguages implements AttributeProvider {

  /** The classes allowed on {@code code} elements. */
  static final Pattern CLASS = Pattern.compile("language-[\\w+#.-]{1,40}");

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    String language = attributes.get("class");
    if (tagName.equals("code") && language != null && !CLASS.matcher(language).matches()) {
      attributes.remove("class");
    }
  }
}
