package dev.redazione.ingest.internal.cache;

/**
 * A cache file that is not what this code writes: damaged, cut short, or written by other code. The
 * cache is then ignored and rebuilt; the exception never reaches a user.
 */
public final class CorruptCacheException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A cache found unusable, saying why. */
  public CorruptCacheException(String message) {
    super(message);
  }

  /** A cache found unusable because a value read from it was refused. */
  public CorruptCacheException(String message, Throwable cause) {
    super(message, cause);
  }
}
