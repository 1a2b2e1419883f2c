package dev.redazione.ingest.internal.cache;

/** A read result that the cache's binary form cannot keep; the file is read again next time. */
public final class UncacheableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A value that cannot be cached, saying why. */
  public UncacheableException(String message) {
    super(message);
  }
}
