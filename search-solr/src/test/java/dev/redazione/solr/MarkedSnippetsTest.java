package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkedSnippetsTest {

  @Test
  void escapesTheTextAndTurnsTheMarksIntoMarkTags() {
    assertThat(MarkedSnippets.marked("a <b> & \uE000società\uE001 \"x\"").html())
        .isEqualTo("a &lt;b&gt; &amp; <mark>società</mark> &quot;x&quot;");
  }

  @Test
  void balancesMarksWhateverComesBack() {
    assertThat(MarkedSnippets.marked("\uE000a\uE000b").html()).isEqualTo("<mark>ab</mark>");
    assertThat(MarkedSnippets.marked("a\uE001b\uE000\uE001").html()).isEqualTo("ab");
  }
}
