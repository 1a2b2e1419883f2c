package dev.redazione.ingest.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The sources of a body's images as its HTML writes them: the {@code src} attribute of each {@code
 * img} element, in order (an empty one is no source). Known from the HTML, or from the parsed
 * document without rendering all of it. Stateless and thread-safe.
 */
final class ImageSources {

  private static final Pattern IMG_SRC = Pattern.compile("<img\\b[^>]*?\\ssrc=\"([^\"]+)\"");

  private ImageSources() {}

  /** The sources of the {@code img} elements of some HTML. */
  static List<String> in(String html) {
    if (!html.contains("<img")) {
      return List.of();
    }
    List<String> sources = new ArrayList<>();
    Matcher matcher = IMG_SRC.matcher(html);
    while (matcher.find()) {
      sources.add(matcher.group(1));
    }
    return sources;
  }

  /**
   * The sources of the images of a document without raw HTML, as {@code renderer} would write the
   * whole document: each image node rendered alone gives the {@code img} element the whole
   * rendering gives it, and no other element of such a document is an {@code img}.
   */
  static List<String> of(Node document, HtmlRenderer renderer) {
    List<String> sources = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Image image) {
            // no children: an image's description is its alt text, where images are text
            sources.addAll(in(renderer.render(image)));
          }
        });
    return sources;
  }
}
