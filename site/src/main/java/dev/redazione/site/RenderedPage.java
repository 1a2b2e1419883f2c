package dev.redazione.site;

import java.time.Instant;
import java.util.Objects;

/**
 * A rendered resource of the site: its bytes, media type, entity tag and modification time.
 *
 * <p>Pages are rendered once per snapshot and shared by every request, so the body array is not
 * copied: callers must treat it as read-only. Otherwise immutable and thread-safe.
 *
 * @param body the encoded content
 * @param contentType the media type with its charset, such as {@code text/html; charset=utf-8}
 * @param etag a strong entity tag, quoted, derived from the body
 * @param lastModified when the snapshot the page belongs to was made, to the second
 */
public record RenderedPage(byte[] body, String contentType, String etag, Instant lastModified) {

  /** Requires every component. */
  public RenderedPage {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
  }
}
