package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

  @TempDir Path temp;

  @Test
  void reportsMissingPagesMissingAnchorsAndQueriesThatSelectPagesButNotGoodLinks() {
    new ContentFolder(temp)
        .with("assets/site.css", "body {}")
        .with("articoli/uno/index.html", "<h2 id=\"sezione\">Sezione</h2>")
        .with(
            "index.html",
            """
            <link rel="stylesheet" href="/assets/site.css?v=1">
            <a href="/articoli/uno">buono</a>
            <a href="https://redazione.example/articoli/uno/#sezione">buono, assoluto</a>
            <a href="https://altro.example/x">esterno</a>
            <a href="/articoli/due">manca</a>
            <a href="/articoli/uno#altrove">ancora mancante</a>
            <a href="/?pagina=2">query su una pagina</a>
            <img src="/immagini/foto.jpg">
            <form action="/cerca"><input name="q"></form>
            <div data-search-index="/assets/indice.json"></div>
            """);

    LinkChecker checker = new LinkChecker(temp, "https://redazione.example");

    assertThat(checker.brokenLinks())
        .containsExactly(
            "index.html -> /articoli/due (no file articoli/due/index.html)",
            "index.html -> /articoli/uno#altrove (no element with id `altrove`)",
            "index.html -> /?pagina=2 (a static server ignores the query and serves index.html)",
            "index.html -> /immagini/foto.jpg (no file immagini/foto.jpg/index.html)",
            "index.html -> /cerca (no file cerca/index.html)",
            "index.html -> /assets/indice.json (no file assets/indice.json/index.html)");
    assertThat(checker.checked()).isEqualTo(9);
  }
}
