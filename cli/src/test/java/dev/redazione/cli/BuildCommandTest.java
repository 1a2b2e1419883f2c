package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.search.StaticSearchIndex;
import dev.redazione.testkit.ArticleTexts;
import dev.redazione.testkit.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCommandTest {

  private static final String BASE_URL = "https://redazione.example";

  @TempDir Path temp;

  private CliRun build(Path content, Path out) {
    return CliRun.of(
        "build", "--content", content.toString(), "--out", out.toString(), "--base-url", BASE_URL);
  }

  @Test
  void seedsExportEveryArticleFeedsSitemapAndPagesWithoutBrokenLinks() throws Exception {
    Path content = Seeds.copyTo(temp.resolve("content"));
    Path out = temp.resolve("site");

    CliRun run = build(content, out);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    List<Map<String, Object>> articles =
        JsonMapper.builder()
            .build()
            .readerForListOf(Map.class)
            .readValue(CliRun.of("list", "--content", content.toString(), "--json").out());
    assertThat(articles).hasSize(5);
    for (Map<String, Object> article : articles) {
      Path page =
          out.resolve("articoli").resolve((String) article.get("slug")).resolve("index.html");
      Document html = Jsoup.parse(page.toFile());
      assertThat(html.selectFirst("h1").text()).isEqualTo(article.get("title"));
    }
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("404.html")).isRegularFile();
    for (String file :
        List.of("feed.xml", "rss.xml", "sitemap.xml", "robots.txt", "assets/site.css")) {
      assertThat(out.resolve(file)).as(file).isNotEmptyFile();
    }
    LinkChecker links = new LinkChecker(out, BASE_URL);
    assertThat(links.brokenLinks()).isEmpty();
    assertThat(links.checked()).isGreaterThan(100);
  }

  @Test
  void aBuildWithTheReadCacheWritesTheSameSiteAsOneWithout() throws IOException {
    Path content = Seeds.copyTo(temp.resolve("content"));
    Path cache = temp.resolve("cache");
    Path plain = temp.resolve("plain");
    build(content, plain);

    CliRun cold = buildWithCache(content, temp.resolve("cold"), cache);
    CliRun warm = buildWithCache(content, temp.resolve("warm"), cache);

    assertThat(cold.err()).contains("build: Read cache").contains("not found");
    assertThat(warm.err()).contains("build: Read cache").contains("5 files' reads restored");
    for (Path site : List.of(temp.resolve("cold"), temp.resolve("warm"))) {
      assertThat(files(site)).isEqualTo(files(plain));
      for (String file : files(plain)) {
        if (!file.endsWith(".xml") && !file.endsWith(".json")) {
          assertThat(site.resolve(file)).as(file).hasSameBinaryContentAs(plain.resolve(file));
        }
      }
    }
  }

  private CliRun buildWithCache(Path content, Path out, Path cache) {
    return CliRun.of(
        "build",
        "--content",
        content.toString(),
        "--out",
        out.toString(),
        "--base-url",
        BASE_URL,
        "--cache",
        cache.toString());
  }

  private static List<String> files(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .map(f -> site.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void exportHasTheSearchPageItsScriptAndIndexAndTheApiAsJsonFiles() throws IOException {
    Path content = Seeds.copyTo(temp.resolve("content"));
    Path out = temp.resolve("site");

    CliRun run = build(content, out);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    Document search = Jsoup.parse(out.resolve("cerca/index.html").toFile());
    assertThat(search.expectFirst("script").attr("src")).isEqualTo("/assets/cerca.js");
    assertThat(out.resolve("assets/cerca.js")).hasBinaryContent(StaticSearchIndex.script());
    assertThat(out.resolve("assets/cerca-indice.json"))
        .content()
        .startsWith("{\"format\":1,\"analysis\":{\"stopWords\":[")
        .contains("\"microsoft-openai\"");
    JsonMapper json = JsonMapper.builder().build();
    Map<String, Object> list =
        json.readerForMapOf(Object.class).readValue(out.resolve("api/articles.json").toFile());
    assertThat(list).containsEntry("totalArticles", 5).containsEntry("next", null);
    Map<String, Object> article =
        json.readerForMapOf(Object.class)
            .readValue(out.resolve("api/articles/microsoft-openai.json").toFile());
    assertThat(article)
        .containsEntry("slug", "microsoft-openai")
        .containsEntry("url", BASE_URL + "/articoli/microsoft-openai");
    assertThat(run.outLines().get(0)).contains("of which the search index");
  }

  @Test
  void sitemapUsesTheBaseUrl() throws IOException {
    Path out = temp.resolve("site");

    build(Seeds.copyTo(temp.resolve("content")), out);

    Document sitemap =
        Jsoup.parse(
            Files.readString(out.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
    assertThat(sitemap.select("loc").eachText())
        .isNotEmpty()
        .allMatch(loc -> loc.startsWith(BASE_URL + "/"));
  }

  @Test
  void imagesOfTheContentFolderAreCopiedAndLinked() throws IOException {
    ContentFolder content =
        new ContentFolder(temp.resolve("content"))
            .with(
                "bilancio.md",
                "---\ntitle: Bilancio approvato\ndate: 2024-03-15\nimage: foto/sindaco.jpg\nalt: Il sindaco\n---\n\n"
                    + ArticleTexts.body(3));
    Files.createDirectories(content.path().resolve("foto"));
    Files.write(
        content.path().resolve("foto/sindaco.jpg"),
        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    Path out = temp.resolve("site");

    CliRun run = build(content.path(), out);

    assertThat(run.outLines()).first().asString().contains("and 1 images");
    assertThat(out.resolve("immagini/foto/sindaco.jpg"))
        .hasSameBinaryContentAs(content.path().resolve("foto/sindaco.jpg"));
    Document page = Jsoup.parse(out.resolve("articoli/bilancio-approvato/index.html").toFile());
    assertThat(page.select("img").eachAttr("src")).contains("/immagini/foto/sindaco.jpg");
    assertThat(new LinkChecker(out, BASE_URL).brokenLinks()).isEmpty();
  }

  @Test
  void exportCarriesTheSecurityPolicyInEveryPageAndHeaderFilesForStaticHosts() throws IOException {
    Path out = temp.resolve("site");

    build(Seeds.copyTo(temp.resolve("content")), out);

    List<Path> pages;
    try (Stream<Path> files = Files.walk(out)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).toList();
    }
    assertThat(pages).hasSizeGreaterThan(10);
    for (Path page : pages) {
      Document html = Jsoup.parse(page.toFile());
      assertThat(html.head().child(1).outerHtml())
          .as(out.relativize(page).toString())
          .isEqualTo(
              "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                  + " style-src 'self'; img-src 'self'; font-src 'self'; script-src 'self';"
                  + " connect-src 'self'; form-action 'self'; base-uri 'none'\">");
    }
    assertThat(out.resolve("_headers"))
        .content()
        .startsWith("# The site's security headers")
        .contains(
            "/*\n  Content-Security-Policy: default-src 'none'; style-src 'self'; img-src 'self';"
                + " font-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self';"
                + " base-uri 'none'; frame-ancestors 'none'\n"
                + "  X-Content-Type-Options: nosniff\n"
                + "  Referrer-Policy: strict-origin-when-cross-origin\n"
                + "  X-Frame-Options: DENY\n"
                + "  Cross-Origin-Opener-Policy: same-origin\n")
        .contains(
            "/immagini/*\n  Content-Security-Policy: default-src 'none'; style-src"
                + " 'unsafe-inline'; sandbox\n");
    assertThat(out.resolve(".htaccess"))
        .content()
        .contains("  Header always set X-Frame-Options \"DENY\"\n")
        .contains(
            "  <FilesMatch \"(?i)\\.svg$\">\n    Header always set Content-Security-Policy"
                + " \"default-src 'none'; style-src 'unsafe-inline'; sandbox\"\n");
  }

  @Test
  void oldAddressesOfAnArticleGetRedirectPagesAndHostRedirectLines() throws IOException {
    ContentFolder content =
        new ContentFolder(temp.resolve("content"))
            .with(
                "trasloco.md",
                "---\ntitle: Nuovo titolo\ndate: 2024-05-02\naliases: [vecchio-titolo,"
                    + " /2024/05/vecchio.html, /feed.xml]\n---\n"
                    + ArticleTexts.body(2));
    Path out = temp.resolve("site");

    CliRun run = build(content.path(), out);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    for (Path page :
        List.of(
            out.resolve("articoli/vecchio-titolo/index.html"),
            out.resolve("2024/05/vecchio.html"))) {
      Document html = Jsoup.parse(page.toFile());
      assertThat(html.selectFirst("meta[http-equiv=refresh]").attr("content"))
          .isEqualTo("0; url=/articoli/nuovo-titolo");
      assertThat(html.selectFirst("link[rel=canonical]").attr("href"))
          .isEqualTo(BASE_URL + "/articoli/nuovo-titolo");
      assertThat(html.selectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
    }
    assertThat(out.resolve("feed.xml")).content().startsWith("<?xml");
    assertThat(out.resolve("_redirects"))
        .content()
        .contains(
            "/2024/05/vecchio.html /articoli/nuovo-titolo 301\n"
                + "/articoli/vecchio-titolo /articoli/nuovo-titolo 301\n")
        .doesNotContain("/feed.xml");
    assertThat(out.resolve(".htaccess"))
        .content()
        .contains("  RedirectMatch 301 ^/2024/05/vecchio\\.html/?$ /articoli/nuovo-titolo\n");
    assertThat(new LinkChecker(out, BASE_URL).brokenLinks()).isEmpty();
  }

  @Test
  void nothingThatResolvesOutsideTheContentFolderIsExported(@TempDir Path elsewhere)
      throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:root:/root\n");
    ContentFolder content =
        new ContentFolder(temp.resolve("content"))
            .with(
                "bilancio.md",
                "---\ntitle: Bilancio approvato\ndate: 2024-03-15\nimage: logo.png\n---\n\n"
                    + ArticleTexts.body(2));
    Files.createSymbolicLink(content.path().resolve("logo.png"), secret);
    Files.createSymbolicLink(content.path().resolve("note.txt"), secret);
    Path out = temp.resolve("site");

    CliRun run = build(content.path(), out);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("immagini")).doesNotExist();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("root:x");
      }
    }
    assertThat(new LinkChecker(out, BASE_URL).brokenLinks()).isEmpty();
  }

  @Test
  void unsafeSvgIsNeitherExportedNorShownAndCleanSvgIs() throws IOException {
    ContentFolder content =
        new ContentFolder(temp.resolve("content"))
            .with(
                "bilancio.md",
                "---\ntitle: Bilancio approvato\ndate: 2024-03-15\nimage: ostile.svg\n---\n\n"
                    + ArticleTexts.body(2)
                    + "![Logo](pulito.svg)\n")
            .with(
                "ostile.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"/>\n")
            .with(
                "pulito.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"2\"/></svg>\n");
    Path out = temp.resolve("site");

    build(content.path(), out);

    assertThat(out.resolve("immagini/ostile.svg")).doesNotExist();
    assertThat(out.resolve("immagini/pulito.svg"))
        .hasSameBinaryContentAs(content.path().resolve("pulito.svg"));
    Document page = Jsoup.parse(out.resolve("articoli/bilancio-approvato/index.html").toFile());
    assertThat(page.select("main img").eachAttr("src")).containsExactly("/immagini/pulito.svg");
  }

  @Test
  void folderWithOtherFilesIsRefusedAndLeftAlone() throws IOException {
    Path out = temp.resolve("documenti");
    Files.createDirectories(out);
    Files.writeString(out.resolve("tesi.docx"), "non cancellarmi");

    CliRun run = build(Seeds.copyTo(temp.resolve("content")), out);

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .first()
        .asString()
        .startsWith("redazione build: output folder `" + out + "` is not empty");
    assertThat(out.resolve("tesi.docx")).hasContent("non cancellarmi");
    assertThat(out.resolve("index.html")).doesNotExist();
  }

  @Test
  void rebuildReplacesThePreviousBuildWithoutStalePages() throws IOException {
    ContentFolder content =
        new ContentFolder(temp.resolve("content"))
            .with("a.md", ArticleTexts.dated("Bilancio approvato", "2024-03-15", "Comune", 3))
            .with("b.md", ArticleTexts.dated("Nuove piste ciclabili", "2025-01-20", "Comune", 3));
    Path out = temp.resolve("site");
    build(content.path(), out);
    Files.delete(content.path().resolve("b.md"));

    CliRun again = build(content.path(), out);

    assertThat(again.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(out.resolve("articoli/bilancio-approvato/index.html")).exists();
    assertThat(out.resolve("articoli/nuove-piste-ciclabili")).doesNotExist();
  }

  @Test
  void plainOutputReportsProgressLinesOnTheErrorStream() {
    CliRun run = build(Seeds.copyTo(temp.resolve("content")), temp.resolve("site"));

    assertThat(run.errLines()).first().asString().matches("build: 0/\\d+ \\(0%\\)");
    assertThat(run.errLines()).last().asString().matches("build: (\\d+)/\\1 \\(100%\\)");
  }

  @Test
  void invalidBaseUrlIsAUsageError() {
    CliRun run =
        CliRun.of(
            "build",
            "--content",
            Seeds.copyTo(temp.resolve("content")).toString(),
            "--out",
            temp.resolve("site").toString(),
            "--base-url",
            "ftp://x");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines()).first().asString().contains("ftp://x");
  }

  @Test
  void jsonSummaryCountsPagesAndArticles() throws Exception {
    CliRun run =
        CliRun.of(
            "build",
            "--content",
            Seeds.copyTo(temp.resolve("content")).toString(),
            "--out",
            temp.resolve("site").toString(),
            "--json");

    Map<String, Object> json =
        JsonMapper.builder().build().readerForMapOf(Object.class).readValue(run.out());
    assertThat(json)
        .containsEntry("articles", 5)
        .containsEntry("images", 0)
        .containsEntry("errors", 0);
    assertThat((Integer) json.get("pages")).isGreaterThan(5);
  }
}
