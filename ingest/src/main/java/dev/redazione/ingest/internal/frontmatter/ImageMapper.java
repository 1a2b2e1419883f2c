package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redazione.core.ArticleField;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Image;
import dev.redazione.ingest.internal.ArticleDraft;
import dev.redazione.ingest.internal.UrlPolicy;
import dev.redazione.ingest.internal.frontmatter.FrontMatterValues.Entry;
import java.util.List;
import java.util.Optional;

/**
 * Maps the lead image: a path or URL ({@code image: x.jpg} with sibling {@code alt:} keys) or an
 * object ({@code cover: {image: x.jpg, alt: …, caption: …}}). Unsafe URLs are refused. Mutable;
 * confined to one read.
 */
final class ImageMapper {

  private final FrontMatterValues values;

  ImageMapper(FrontMatterValues values) {
    this.values = values;
  }

  void map(ArticleDraft draft) {
    Optional<Entry> found = values.first(FrontMatterKeys.IMAGE);
    if (found.isEmpty()) {
      return;
    }
    Entry entry = found.get();
    values.consume(entry);
    JsonNode value = entry.value();
    Optional<String> src;
    Optional<String> alt = Optional.empty();
    Optional<String> caption = Optional.empty();
    if (value.isObject()) {
      src = FrontMatterValues.member(value, FrontMatterKeys.IMAGE_SRC);
      alt = FrontMatterValues.member(value, FrontMatterKeys.IMAGE_ALT);
      caption = FrontMatterValues.member(value, FrontMatterKeys.IMAGE_CAPTION);
      if (src.isEmpty()) {
        values
            .log()
            .error(
                entry.line(),
                DiagnosticCode.WRONG_TYPE.code(),
                "`"
                    + entry.key()
                    + "` is a map without `src`, `path` or `url`; expected the image's path or URL");
        return;
      }
    } else {
      src = values.text(entry);
    }
    if (alt.isEmpty()) {
      alt = sibling(FrontMatterKeys.IMAGE_ALT);
    }
    if (caption.isEmpty()) {
      caption = sibling(FrontMatterKeys.IMAGE_CAPTION);
    }
    String source = src.orElse(null);
    if (source == null) {
      return;
    }
    if (!UrlPolicy.isSafeImage(source)) {
      values
          .log()
          .error(
              entry.line(),
              DiagnosticCode.UNSAFE_URL.code(),
              "the image `"
                  + source
                  + "` uses a scheme that is not allowed; expected a relative path or an http(s) URL");
      return;
    }
    draft
        .builder()
        .image(Image.of(source, alt.orElse(null), caption.orElse(null)))
        .provenance(ArticleField.IMAGE, FrontMatterMapper.at(entry));
  }

  private Optional<String> sibling(List<String> aliases) {
    Optional<Entry> entry = values.first(aliases);
    entry.ifPresent(values::consume);
    return entry.flatMap(values::text);
  }
}
