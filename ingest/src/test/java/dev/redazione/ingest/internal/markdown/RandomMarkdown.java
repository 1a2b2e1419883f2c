package dev.redazione.ingest.internal.markdown;

import java.util.Random;

/** Seeded random Markdown made of the constructs a body may hold, odd and hostile ones included. */
final class RandomMarkdown {

  private static final String[] URLS = {
    "https://example.org/a?b=c&d=<e>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java&#115;cript:alert(1)",
    "&#x6A;avascript:x",
    "%6Aavascript:x",
    "data:text/html,<b>x</b>",
    "data:image/png;base64,AAAA",
    "vbscript:x",
    "//evil.example/x",
    "#frammento",
    "mailto:redazione@example.org",
    "tel:+39123",
    "img/foto.png",
    "../altro.html",
    "<con spazi.png>",
    "http://x.example/\"onmouseover=\"alert(1)",
    "https://x.example/'><script>",
    "  https://spazi.example  ",
    "file:///etc/passwd",
    ""
  };

  private static final String[] TEXTS = {
    "testo semplice",
    "a < b > c",
    "<3 e <<>>",
    "1 <2 e </",
    "<!- non un commento",
    "&amp; &lt;script&gt; &#0; &#xD800; &#1114112; &nbsp; &bogus; &#60;",
    "*corsivo* **grassetto** _sotto_ ~~barrato~~ ***entrambi***",
    "`codice <b> & \"`",
    "`` doppio ` apice ``",
    "\\*non corsivo\\* \\<x\\>",
    "riga con a capo  \nforzato\\\nancora",
    "emoji 😀 e \u200b zero e \u202e rtl",
    "\u0000 nul e \u0007 campanello",
    "www.example.org/percorso?q=<b>",
    "https://example.org/\"x",
    "scrivi a redazione@example.org",
    "javascript:alert(1)",
    "\"virgolette\" e 'apici'",
    "<https://example.org>",
    "<javascript:alert(1)>",
    "<redazione@example.org>",
    "[rif]"
  };

  private RandomMarkdown() {}

  /** A body of up to fifteen constructs. */
  static String body(Random random) {
    StringBuilder out = new StringBuilder();
    int parts = 1 + random.nextInt(15);
    for (int i = 0; i < parts; i++) {
      out.append(construct(random));
      out.append(random.nextInt(4) == 0 ? "\n" : random.nextBoolean() ? " " : "\n\n");
    }
    return out.toString();
  }

  private static String construct(Random random) {
    String url = pick(random, URLS);
    String text = pick(random, TEXTS);
    return switch (random.nextInt(22)) {
      case 0 -> "[" + text + "](" + url + ")";
      case 1 -> "[" + text + "](" + url + " \"titolo \\\" " + text + "\")";
      case 2 -> "![" + text + "](" + url + ")";
      case 3 -> "![" + text + "](" + url + " 'titolo')\n*didascalia " + text + "*";
      case 4 -> "[" + text + "][rif]\n\n[rif]: " + url + " \"t\"";
      case 5 -> "<" + url + ">";
      case 6 -> "#".repeat(1 + random.nextInt(6)) + " " + text;
      case 7 -> text + "\n" + (random.nextBoolean() ? "===" : "---");
      case 8 -> "> " + text + "\n> > " + construct(random);
      case 9 -> "- " + text + "\n  - " + construct(random) + "\n    1. " + text;
      case 10 -> (random.nextInt(1_000_000_000) + ". ") + text + "\n1. " + text;
      case 11 ->
          "```"
              + pick(
                  random,
                  new String[] {"java", "c++", "<script>", "a\"b", "x".repeat(50), "", "js {.x}"})
              + "\n"
              + text
              + "\n```";
      case 12 -> "    codice indentato " + text;
      case 13 ->
          "| " + text + " | b |\n|:--|--:|\n| " + construct(random).replace("\n", " ") + " | \\| |";
      case 14 -> "***";
      case 15 -> "<!--more-->";
      case 16 -> "**" + construct(random).replace("\n", " ") + "**";
      case 17 -> "[" + construct(random).replace("\n", " ") + "](" + url + ")";
      case 18 -> "{{< figure src=\"" + url + "\" caption=\"" + text + "\" >}}";
      case 19 -> "~~" + text + "~~ e ~" + text + "~";
      case 20 -> "0. zero\n\n2) due";
      default -> text;
    };
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
