package dev.redazione.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkedTextTest {

  @Test
  void escapesEveryHtmlSpecialCharacter() {
    assertThat(MarkedText.escape("<a href=\"x\">Tom & Jerry's</a>").html())
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
  }

  @Test
  void keepsItalianTextAsItIs() {
    assertThat(MarkedText.escape("L’accordo è più società").html())
        .isEqualTo("L’accordo è più società");
  }

  @Test
  void acceptsMarksAndCharacterReferences() {
    MarkedText text = new MarkedText("<mark>Stargate</mark> &amp; &#39;IA&#x27; <mark>IA</mark>");
    assertThat(text.hasMarks()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<mark>aperto",
        "</mark>",
        "<mark><mark>x</mark></mark>",
        "a > b",
        "Tom & Jerry",
        "&;",
        "&#;",
        "&#xZZ;",
        "<MARK>x</MARK>",
        "<mark onclick=x>y</mark>",
        "&averyveryverylongname;"
      })
  void rejectsAnythingElse(String html) {
    assertThatThrownBy(() -> new MarkedText(html))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not safe HTML");
  }

  @Test
  void rendersForATerminalWithTheGivenMarkers() {
    MarkedText text = new MarkedText("Tom &amp; <mark>Jerry</mark>&#39;s &lt;b&gt; &#x2014;");
    assertThat(text.render("[", "]")).isEqualTo("Tom & [Jerry]'s <b> —");
    assertThat(text.plainText()).isEqualTo("Tom & Jerry's <b> —");
  }

  @Test
  void plainTextOfEscapedTextIsTheOriginal() {
    String original = "L’IA & \"ChatGPT\" <script>";
    assertThat(MarkedText.escape(original).plainText()).isEqualTo(original);
  }

  @Test
  void escapedTextHasNoMarks() {
    assertThat(MarkedText.escape("<mark>x</mark>").hasMarks()).isFalse();
  }
}
