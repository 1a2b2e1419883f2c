package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SolrIndexerTest {

  @Test
  void keepsTheFilesOfAKeptPathOrUnderAKeptFolder() {
    Set<String> kept = Set.of("rotto.md", "archivio/2019");
    assertThat(SolrIndexer.isKept("rotto.md", kept)).isTrue();
    assertThat(SolrIndexer.isKept("archivio/2019/a.md", kept)).isTrue();
    assertThat(SolrIndexer.isKept("archivio/2019-bis/a.md", kept)).isFalse();
    assertThat(SolrIndexer.isKept("rotto.md.bak", kept)).isFalse();
    assertThat(SolrIndexer.isKept("altro.md", Set.of())).isFalse();
  }
}
