package dev.redazione.web;

import jakarta.inject.Singleton;

/**
 * Runs the search indexing of the first snapshot after the server has started serving it, on a
 * thread of its own. A bean so that tests can hold the indexing back and observe the snapshot
 * served meanwhile.
 */
@Singleton
class BackgroundIndexing {

  /** Starts the indexing task. */
  void start(Runnable indexing) {
    Thread thread = new Thread(indexing, "content-first-index");
    thread.setDaemon(true);
    thread.start();
  }
}
