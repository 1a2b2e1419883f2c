package dev.redazione.web;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Starts the server: {@code java -jar redazione-web.jar [--port N] [--bind HOST] [--content DIR]
 * [--base-url URL]}. Once it listens it prints one line saying where; a port already in use is one
 * line on standard error and exit status {@value #USAGE_ERROR}, not a stack trace.
 */
public final class Application {

  private static final int USAGE_ERROR = 2;

  private Application() {}

  /** Parses the options, checks the content folder and the port, and starts Micronaut. */
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
      exitWith("content folder " + options.content() + " does not exist or is not a folder");
      return;
    }
    // Checked before the content is loaded, so that a busy port is said at once; a server that
    // takes the port in the meantime is caught when Micronaut binds (below).
    Optional<String> cannotListen = options.port() == 0 ? Optional.empty() : cannotListen(options);
    if (cannotListen.isPresent()) {
      exitWith(cannotListen.get());
      return;
    }
    ApplicationContext context =
        new PortAwareMicronaut(options)
            .mainClass(Application.class)
            .banner(false)
            .properties(options.properties())
            .start();
    context
        .findBean(EmbeddedServer.class)
        .ifPresent(
            server ->
                System.out.println(
                    "redazione-web: serving "
                        + options.content()
                        + " at "
                        + server.getURL()
                        + "/"
                        + (ServerOptions.LOOPBACK.equals(options.bind())
                            ? " (this machine only; --bind 0.0.0.0 to open it to the network)"
                            : "")));
  }

  /** Why the server could not listen at its address and port, if it could not. */
  private static Optional<String> cannotListen(ServerOptions options) {
    InetSocketAddress address = new InetSocketAddress(options.bind(), options.port());
    if (address.isUnresolved()) {
      return Optional.of("cannot listen on " + options.bind() + ": no such address");
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(address);
      return Optional.empty();
    } catch (IOException e) {
      if (e instanceof BindException && String.valueOf(e.getMessage()).contains("in use")) {
        return Optional.of(portInUse(options));
      }
      return Optional.of(
          "cannot listen on " + options.bind() + ":" + options.port() + ": " + e.getMessage());
    }
  }

  private static String portInUse(ServerOptions options) {
    return "port "
        + options.port()
        + " on "
        + options.bind()
        + " is already in use (another server?): stop it or choose another port with --port";
  }

  private static void exitWith(String message) {
    System.err.println("redazione-web: " + message);
    System.exit(USAGE_ERROR);
  }

  /** Micronaut, saying a port taken while the content loaded in one line instead of a trace. */
  private static final class PortAwareMicronaut extends Micronaut {

    private final ServerOptions options;

    PortAwareMicronaut(ServerOptions options) {
      this.options = options;
    }

    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof BindException) {
          exitWith(portInUse(options));
        }
      }
      super.handleStartupException(environment, exception);
    }
  }
}
