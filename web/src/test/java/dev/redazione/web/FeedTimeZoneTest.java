package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The feeds' time zone comes from {@code redazione.time-zone}. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedTimeZoneTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(
        SiteFactory.BASE_URL_PROPERTY,
        SeedSiteTest.BASE_URL,
        SiteFactory.TIME_ZONE_PROPERTY,
        "America/New_York");
  }

  @Test
  void aDayIsItsMidnightInTheConfiguredZone() throws Exception {
    byte[] body = new Pages(client.toBlocking()).get("/feed.xml").body();
    Feed feed = (Feed) new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
    Entry partnership =
        feed.getEntries().stream().filter(e -> e.getPublished() != null).findFirst().orElseThrow();
    assertThat(partnership.getId()).isEqualTo(SeedSiteTest.BASE_URL + SeedSiteTest.SEED_000);
    assertThat(new String(body, StandardCharsets.UTF_8))
        .contains("<published>2023-02-12T00:00:00-05:00</published>");
  }
}
