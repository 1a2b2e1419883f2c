package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SolrLocationTest {

  @Test
  void readsHostsAndChroot() {
    SolrLocation location = SolrLocation.parse("zk1:2181, zk2:2181/solr/prod", "notizie");
    assertThat(location.zkHosts()).containsExactly("zk1:2181", "zk2:2181");
    assertThat(location.chroot()).contains("/solr/prod");
    assertThat(location.zkHost()).isEqualTo("zk1:2181,zk2:2181/solr/prod");
  }

  @Test
  void aHostWithoutChrootIsTheRoot() {
    SolrLocation location = SolrLocation.parse("127.0.0.1:9983", "redazione");
    assertThat(location)
        .isEqualTo(new SolrLocation(List.of("127.0.0.1:9983"), Optional.empty(), "redazione"));
  }

  @Test
  void rejectsWhatIsNoEnsembleOrCollection() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SolrLocation.parse("/solr", "redazione"))
        .withMessageContaining("are not host:port pairs");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SolrLocation.parse("zk:2181/solr//x", "redazione"))
        .withMessage("ZooKeeper chroot `/solr//x` is not a path such as /solr");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SolrLocation.parse("zk:2181", "a b"))
        .withMessageStartingWith("collection name `a b` is not valid");
  }
}
