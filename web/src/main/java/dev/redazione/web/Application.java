package dev.redazione.web;

import io.micronaut.runtime.Micronaut;
import java.nio.file.Files;

/**
 * Starts the server: {@code java -jar redazione-web.jar [--port N] [--content DIR] [--base-url
 * URL]}.
 */
public final class Application {

  private static final int USAGE_ERROR = 2;

  private Application() {}

  /** Parses the options, checks the content folder and starts Micronaut. */
  public static void main(String[] args) {
    ServerOptions options;
    try {
      options = ServerOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("redazione-web: " + e.getMessage());
      System.err.println(ServerOptions.USAGE);
      System.exit(USAGE_ERROR);
      return;
    }
    if (options.help()) {
      System.out.println(ServerOptions.USAGE);
      return;
    }
    if (!Files.isDirectory(options.content())) {
      System.err.println(
          "redazione-web: content folder "
              + options.content()
              + " does not exist or is not a folder");
      System.exit(USAGE_ERROR);
      return;
    }
    Micronaut.build(new String[0])
        .mainClass(Application.class)
        .banner(false)
        .properties(options.properties())
        .start();
  }
}
