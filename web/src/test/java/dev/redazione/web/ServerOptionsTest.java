package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.redazione.ingest.ReadCache;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ServerOptionsTest {

  @Test
  void defaultsToPort8080AndTheContentFolder() {
    ServerOptions options = ServerOptions.parse();
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.bind()).isEqualTo("127.0.0.1");
    assertThat(options.content()).isEqualTo(Path.of("content"));
    assertThat(options.baseUrl()).isEqualTo("http://localhost:8080");
    assertThat(options.help()).isFalse();
  }

  @Test
  void readsOptionsWithSpaceOrEquals() {
    ServerOptions options =
        ServerOptions.parse(
            "--port", "9090", "--content=/srv/notizie", "--base-url", "https://notizie.example/");
    assertThat(options.port()).isEqualTo(9090);
    assertThat(options.content()).isEqualTo(Path.of("/srv/notizie"));
    assertThat(options.baseUrl()).isEqualTo("https://notizie.example/");
  }

  @Test
  void bindsWhereAsked() {
    ServerOptions options = ServerOptions.parse("--bind", "0.0.0.0");
    assertThat(options.bind()).isEqualTo("0.0.0.0");
    assertThat(options.properties()).containsEntry("micronaut.server.host", "0.0.0.0");
    assertThat(ServerOptions.parse("--bind=::1").bind()).isEqualTo("::1");
  }

  @Test
  void rejectsABindAddressThatIsNoHost() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--bind", "127.0.0.1/8"))
        .withMessage("bind address `127.0.0.1/8` is not a host name or address");
  }

  @Test
  void defaultBaseUrlFollowsThePort() {
    assertThat(ServerOptions.parse("--port=9191").baseUrl()).isEqualTo("http://localhost:9191");
  }

  @Test
  void selectsTheSolrBackendWithItsClusterAndCollection() {
    ServerOptions options =
        ServerOptions.parse(
            "--search", "solr", "--solr", "zk1:2181,zk2:2181/solr", "--collection=notizie");
    assertThat(options.properties())
        .containsEntry(SiteFactory.SEARCH_PROPERTY, "solr")
        .containsEntry(SiteFactory.SOLR_PROPERTY, "zk1:2181,zk2:2181/solr")
        .containsEntry(SiteFactory.COLLECTION_PROPERTY, "notizie");
    assertThat(ServerOptions.parse().properties())
        .containsEntry(SiteFactory.SEARCH_PROPERTY, "lucene");
  }

  @Test
  void rejectsAnUnknownBackendAndSolrWithoutItsCluster() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--search", "elastic"))
        .withMessage("search backend `elastic` is not lucene or solr");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--search", "solr"))
        .withMessage("--search solr needs --solr ZKHOST[/chroot]");
  }

  @Test
  void keepsReadsInTheUsersCacheFolderUnlessToldOtherwise() {
    assertThat(ServerOptions.parse().cache()).isEqualTo(ReadCache.defaultFolder());
    assertThat(ServerOptions.parse("--cache", "/var/cache/notizie").properties())
        .containsEntry(ContentSnapshots.CACHE_PROPERTY, "/var/cache/notizie");
    assertThat(ServerOptions.parse("--no-cache").cache()).isNull();
    assertThat(ServerOptions.parse("--no-cache").properties())
        .containsEntry(ContentSnapshots.CACHE_PROPERTY, "");
  }

  @Test
  void rejectsACacheFolderWithNoCache() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--cache", "cache", "--no-cache"))
        .withMessage("--cache and --no-cache exclude each other");
  }

  @Test
  void recognisesHelp() {
    assertThat(ServerOptions.parse("--help").help()).isTrue();
  }

  @Test
  void rejectsAnUnknownOption() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--colour"))
        .withMessage("unknown option --colour");
  }

  @Test
  void rejectsAMissingValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--port"))
        .withMessage("option --port needs a value");
  }

  @Test
  void rejectsAPortThatIsNotANumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--port", "otto"))
        .withMessage("port `otto` is not a number");
  }

  @Test
  void rejectsABaseUrlThatIsNotHttp() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ServerOptions.parse("--base-url", "ftp://example.org"))
        .withMessageContaining("ftp://example.org");
  }
}
