package dev.redazione.ingest.internal.markdown;

import dev.redazione.ingest.internal.UrlPolicy;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Applies {@link UrlPolicy} to the links and images the Markdown renderer writes: a refused URL is
 * emptied. Stateless and thread-safe.
 */
final class SafeUrls implements AttributeProvider {

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    String href = attributes.get("href");
    if (href != null && !UrlPolicy.isSafeLink(href)) {
      attributes.put("href", "");
    }
    String src = attributes.get("src");
    if (src != null && !UrlPolicy.isSafeImage(src)) {
      attributes.put("src", "");
    }
  }
}
