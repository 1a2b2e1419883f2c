package dev.redazione.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SvgPolicyTest {

  private static Optional<Diagnostic> check(String svg) {
    return SvgPolicy.check("logo.svg", svg.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>
        """,
        """
        <?xml version="1.0" encoding="UTF-8" standalone="no"?>
        <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
             width="120" height="40" version="1.1">
          <title>Logo della redazione</title>
          <defs>
            <linearGradient id="g"><stop offset="0" stop-color="#c00"/><stop offset="1" stop-color="#600"/></linearGradient>
            <style type="text/css"><![CDATA[ .testo { font-family: serif; fill: url(#g); } ]]></style>
          </defs>
          <g transform="translate(2 2)" style="opacity: 0.9">
            <rect width="116" height="36" rx="4" fill="url('#g')"/>
            <use xlink:href="#g"/>
            <text x="8" y="26" class="testo" xml:space="preserve">Redazione &amp; c.</text>
          </g>
        </svg>
        """
      })
  void plainSvgIsAccepted(String svg) {
    assertThat(check(svg)).as(svg).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(1)</script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:script>alert(1)</h:script></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><use href=\"https://example.org/x.svg#a\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><use x:href=\"data:image/svg+xml,abc\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"foto.png\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"javascript:alert(1)\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect fill=\"url(https://example.org/p.svg#p)\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: url( 'http://example.org/a' )\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import 'https://example.org/a.css';</style></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><style>rect { fill: \\75 rl(http://example.org) }</style></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><style><g/>@import 'x.css';</style></svg>",
        "<?xml-stylesheet href=\"https://example.org/a.css\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "<!DOCTYPE svg [<!ENTITY x \"<script>alert(1)</script>\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>",
        "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>",
        "<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]><svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect xml:base=\"https://example.org/\"/></svg>",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body onload=\"alert(1)\"/></html>",
        "<svg><circle r=\"1\"/></svg>",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>",
        "GIF89a non un svg"
      })
  void anythingThatCanRunScriptOrLoadElsewhereIsRefused(String svg) {
    assertThat(check(svg))
        .as(svg)
        .hasValueSatisfying(d -> assertThat(d.code()).isEqualTo("UNSAFE_SVG"));
  }

  @org.junit.jupiter.api.Test
  void refusalPointsAtTheLineAndSaysWhat() {
    Optional<Diagnostic> refusal =
        check(
            """
            <svg xmlns="http://www.w3.org/2000/svg">
              <rect width="1" height="1"/>
              <circle r="1" onclick="alert(1)"/>
            </svg>
            """);

    assertThat(refusal)
        .hasValueSatisfying(
            d -> {
              assertThat(d.path()).isEqualTo("logo.svg");
              assertThat(d.lineNumber()).isEqualTo(3);
              assertThat(d.message())
                  .startsWith(
                      "the SVG image is not published because <circle> has the attribute"
                          + " `onclick`, which is not allowed");
            });
  }
}
