package dev.redazione.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlPageSnifferTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<!DOCTYPE html>\n<html><body><p>Testo</p></body></html>",
        "<!doctype HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\">\n<html>",
        "\n\n  <html lang=\"it\">\n<head><title>Titolo</title></head>",
        "<!-- salvata dal browser -->\n<!-- saved from url=(0042)https://example.org/ -->\n<html>",
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE html>\n<html>",
        "<head>\n<meta charset=\"utf-8\">\n<title>Pagina</title>",
        "<meta charset=\"utf-8\"><title>Pagina</title><p>Testo",
        "<HTML>\n<BODY>Testo</BODY>",
        "\n<script type=\"text/javascript\">\nvar fonte = '<b>';\n</script>\n<!DOCTYPE html>\n<html>",
        "<style>p { color: red }</style><html lang=\"it\">"
      })
  void readsAnHtmlDocumentAsAPage(String text) {
    assertThat(HtmlPageSniffer.isHtmlDocument(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Titolo dell'articolo\n\nIl testo cita <html> e <head> come parole.",
        "<div class=\"nota\">Un riquadro</div>\n\nPoi il testo in Markdown.",
        "<p>Un paragrafo in HTML dentro un testo incollato.</p>\n<p>Un altro.</p>",
        "<b>Titolo in grassetto</b>\n\nTesto.",
        "<htmlfoo>non è un documento",
        "<!-- un commento mai chiuso\n<html>",
        "# Titolo\n\n<!DOCTYPE html> scritto nel testo",
        "<script>var x = 1;</script>\nTitolo incollato\n\nTesto.",
        "<script>mai chiuso\n<html>",
        ""
      })
  void leavesTextWithInlineHtmlAlone(String text) {
    assertThat(HtmlPageSniffer.isHtmlDocument(text)).isFalse();
  }
}
