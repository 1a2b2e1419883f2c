package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The body renders as what it is: paragraphs of prose and level-two headings, nothing else. */
class MarkdownRenderingTest {

  private static final Parser PARSER = Parser.builder().build();

  static Stream<Arguments> texts() {
    return NothingLostTest.texts();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void bodyRendersAsParagraphsAndLevelTwoHeadingsOnly(String name, String text) {
    RawExtraction result = RawTextExtractor.create().extract(name, text);
    Node document = PARSER.parse(result.bodyMarkdown());
    BodyParts parts = BodyParts.of(result.bodyMarkdown());
    int paragraphs = 0;
    int headings = 0;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      if (block instanceof Heading heading) {
        assertThat(heading.getLevel()).isEqualTo(2);
        headings++;
      } else {
        assertThat(block).as("block in %s", name).isInstanceOf(Paragraph.class);
        paragraphs++;
      }
      assertNoMarkupInside(block, name);
    }
    assertThat(headings).isEqualTo(parts.headings().size());
    assertThat(paragraphs).isEqualTo(parts.paragraphs().size());
  }

  private static void assertNoMarkupInside(Node node, String name) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      assertThat(child)
          .as("inline markup in %s", name)
          .isNotInstanceOfAny(
              BulletList.class,
              OrderedList.class,
              BlockQuote.class,
              FencedCodeBlock.class,
              IndentedCodeBlock.class,
              ThematicBreak.class,
              HtmlBlock.class,
              HtmlInline.class,
              Code.class,
              Emphasis.class,
              StrongEmphasis.class);
      assertNoMarkupInside(child, name);
    }
  }
}
