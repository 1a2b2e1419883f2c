package dev.redazione.web;

/** There is no snapshot to serve: the first load of the content folder failed. */
final class NoSnapshotException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  NoSnapshotException(Throwable cause) {
    super("the content folder could not be loaded", cause);
  }
}
