package dev.redazione.cli;

import dev.redazione.ingest.ContentLoader;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The beans the commands share: the content loader and the terminal the process writes to. */
@Factory
class CliBeans {

  @Singleton
  ContentLoader contentLoader() {
    return ContentLoader.create();
  }

  @Singleton
  Terminal terminal() {
    return Terminal.detect(System.getenv(), System.console() != null);
  }
}
