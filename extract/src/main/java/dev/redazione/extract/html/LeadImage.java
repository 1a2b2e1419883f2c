package dev.redazione.extract.html;

import dev.redazione.core.Image;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.extract.Extracted;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;

/**
 * The lead image a page names for sharing: the JSON-LD article's {@code image}, else {@code
 * og:image} (with {@code og:image:alt}), else {@code twitter:image}; a relative address is resolved
 * against the page's address, and only http(s) addresses are kept. Stateless and thread-safe.
 */
final class LeadImage {

  private LeadImage() {}

  static Optional<Extracted<Image>> choose(Document document, StructuredData ld, MetaTags meta) {
    Optional<String> alt =
        meta.first(List.of("og:image:alt", "twitter:image:alt")).map(MetaTags.Value::content);
    for (String src : ld.texts("image")) {
      Optional<String> url = absolute(document, src);
      if (url.isPresent()) {
        return Optional.of(
            new Extracted<>(
                Image.of(url.get(), alt.orElse(null), null),
                Provenance.at(Origin.HTML_JSON_LD, ld.line())));
      }
    }
    for (String name :
        List.of("og:image", "og:image:url", "og:image:secure_url", "twitter:image")) {
      for (MetaTags.Value value : meta.all(name)) {
        Optional<String> url = absolute(document, value.content());
        if (url.isPresent()) {
          return Optional.of(
              new Extracted<>(
                  Image.of(url.get(), alt.orElse(null), null),
                  Provenance.at(Origin.HTML_META, value.line())));
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<String> absolute(Document document, String src) {
    String url = src.strip();
    if (url.startsWith("//")) {
      url = "https:" + url;
    } else if (!url.startsWith("http://") && !url.startsWith("https://")) {
      String base = document.baseUri();
      if (!base.startsWith("http") || url.isEmpty() || url.startsWith("data:")) {
        return Optional.empty();
      }
      try {
        url = URI.create(base).resolve(url.replace(" ", "%20")).toString();
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return (url.startsWith("http://") || url.startsWith("https://")) && !url.contains(" ")
        ? Optional.of(url)
        : Optional.empty();
  }
}
