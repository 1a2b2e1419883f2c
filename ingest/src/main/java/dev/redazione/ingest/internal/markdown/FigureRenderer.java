package dev.redazione.ingest.internal.markdown;

import java.util.Map;
import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/** Renders a {@link Figure} as {@code <figure><img><figcaption>…</figcaption></figure>}. */
final class FigureRenderer implements NodeRenderer {

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;

  FigureRenderer(HtmlNodeRendererContext context) {
    this.context = context;
    this.html = context.getWriter();
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(Figure.class);
  }

  @Override
  public void render(Node node) {
    Figure figure = (Figure) node;
    html.line();
    html.tag("figure", Map.of());
    context.render(figure.image());
    if (figure.hasCaption()) {
      html.tag("figcaption", Map.of());
      for (Node child = figure.image().getNext(); child != null; ) {
        Node next = child.getNext();
        context.render(child);
        child = next;
      }
      html.tag("/figcaption");
    }
    html.tag("/figure");
    html.line();
  }
}
