package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The server's logging configuration is well-formed XML: logback silently falls back to logging
 * everything at DEBUG when it cannot parse it, so a broken file shows only as a noisy server.
 */
class LoggingConfigTest {

  @Test
  void theServersLoggingConfigurationParses() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream config = LoggingConfigTest.class.getResourceAsStream("/logback.xml")) {
      assertThat(config).isNotNull();
      Document document = factory.newDocumentBuilder().parse(config);
      assertThat(document.getDocumentElement().getTagName()).isEqualTo("configuration");
      assertThat(document.getElementsByTagName("root").getLength()).isEqualTo(1);
    }
  }
}
