package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.site.SecurityPolicy;
import dev.redazione.testkit.HostileFolder;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server over a hostile content folder: it starts, and every route of the good articles and of
 * every article it could recover answers, with the security headers and nothing from outside.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFolderServerTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient client;

  private Path temp;

  @Override
  public Map<String, String> getProperties() {
    try {
      temp = Files.createTempDirectory("redazione-hostile-test");
      return Map.of(ContentSnapshots.CONTENT_PROPERTY, HostileFolder.write(temp).root().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterAll
  void deleteContent() throws Exception {
    new ProcessBuilder("chmod", "-R", "u+rwx", temp.toString())
        .start()
        .waitFor(10, TimeUnit.SECONDS);
    new ProcessBuilder("rm", "-rf", temp.toString()).start().waitFor(10, TimeUnit.SECONDS);
  }

  private Pages pages() {
    return new Pages(client.toBlocking());
  }

  @Test
  void everyRouteOfTheSiteAnswersWithTheSecurityHeaders() {
    List<String> paths = new ArrayList<>(List.of("/", "/archivio", "/tag", "/feed.xml"));
    paths.addAll(List.of("/rss.xml", "/sitemap.xml", "/api/articles", "/health"));
    paths.add("/cerca?q=" + HostileFolder.SEARCH_WORD);
    paths.add("/api/search?q=" + HostileFolder.SEARCH_WORD);
    articleSlugs().forEach(slug -> paths.add("/articoli/" + slug));

    for (String path : paths) {
      HttpResponse<byte[]> response = pages().get(path);

      assertThat(response.getStatus().getCode()).as(path).isEqualTo(200);
      SecurityPolicy.HEADERS.forEach(
          (name, value) ->
              assertThat(response.getHeaders().contains(name)).as(path + " " + name).isTrue());
      assertThat(Pages.text(response)).as(path).doesNotContain(HostileFolder.SECRET);
    }
  }

  @Test
  void everyGoodArticleIsPublishedAndFound() {
    assertThat(articleSlugs()).contains(HostileFolder.GOOD_SLUGS.toArray(String[]::new));
    assertThat(
            pages().html("/cerca?q=" + HostileFolder.SEARCH_WORD).select("main article, main li"))
        .isNotEmpty();
  }

  @Test
  void trapsOutsideTheFolderAreNotServed() {
    for (String path : List.of("/immagini/foto/logo.png", "/immagini/logo.svg")) {
      HttpResponse<byte[]> response = pages().get(path);

      assertThat(response.getStatus().getCode()).as(path).isEqualTo(404);
      assertThat(Pages.text(response)).doesNotContain(HostileFolder.SECRET);
    }
  }

  private List<String> articleSlugs() {
    try {
      Map<?, ?> page =
          JsonMapper.builder().build().readValue(pages().get("/api/articles").body(), Map.class);
      List<String> slugs = new ArrayList<>();
      for (Object article : (List<?>) page.get("articles")) {
        slugs.add((String) ((Map<?, ?>) article).get("slug"));
      }
      return slugs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
