package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server started as users start it, as its own process: where it listens, what it says once it
 * listens, and what it says when it cannot.
 */
class ServerProcessTest {

  private static final Duration START = Duration.ofSeconds(60);

  @Test
  void listensOnLoopbackByDefaultAndSaysWhere() throws Exception {
    int port = freePort();
    Process server = start("--port", String.valueOf(port));
    try {
      String line = firstLineStartingWith(server, "redazione-web: serving");
      assertThat(line)
          .contains("http://127.0.0.1:" + port + "/")
          .contains("this machine only")
          .contains("--bind 0.0.0.0");
      HttpResponse<String> home =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(home.statusCode()).isEqualTo(200);
      for (InetAddress address : nonLoopbackAddresses()) {
        assertThat(accepts(address, port)).as("listening on %s", address).isFalse();
      }
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aPortInUseIsOneLineAndExitStatus2() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress("127.0.0.1", 0));
      Process server = start("--port", String.valueOf(taken.getLocalPort()));
      assertThat(server.waitFor(START.toSeconds(), TimeUnit.SECONDS)).isTrue();

      assertThat(server.exitValue()).isEqualTo(2);
      assertThat(lines(server.getErrorStream().readAllBytes()))
          .containsExactly(
              "redazione-web: port "
                  + taken.getLocalPort()
                  + " on 127.0.0.1 is already in use (another server?): stop it or choose"
                  + " another port with --port");
      assertThat(server.getInputStream().readAllBytes()).isEmpty();
    }
  }

  @Test
  void anAddressNotOfThisMachineIsOneLine() throws Exception {
    // 192.0.2.0/24 is reserved for documentation: no machine has it.
    Process server = start("--port", String.valueOf(freePort()), "--bind", "192.0.2.1");
    assertThat(server.waitFor(START.toSeconds(), TimeUnit.SECONDS)).isTrue();

    assertThat(server.exitValue()).isEqualTo(2);
    List<String> errors = lines(server.getErrorStream().readAllBytes());
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("redazione-web: cannot listen on 192.0.2.1:");
  }

  private static Process start(String... options) throws IOException {
    Path content = Files.createTempDirectory("redazione-process");
    Files.writeString(
        content.resolve("prova.md"),
        "---\ntitle: Prova di avvio\ndate: 2025-01-21\n---\nUn testo di prova.\n",
        StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Application.class.getName());
    command.add("--content");
    command.add(content.toString());
    command.add("--no-cache"); // keeps the user's cache folder out of the tests
    Collections.addAll(command, options);
    return new ProcessBuilder(command).start();
  }

  private static String firstLineStartingWith(Process server, String prefix) throws Exception {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    long deadline = System.nanoTime() + START.toNanos();
    String line;
    while ((line = out.readLine()) != null && System.nanoTime() < deadline) {
      if (line.startsWith(prefix)) {
        return line;
      }
    }
    throw new AssertionError("the server never said `" + prefix + "`");
  }

  private static List<String> lines(byte[] output) {
    String text = new String(output, StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? List.of() : List.of(text.split("\\R"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static List<InetAddress> nonLoopbackAddresses() throws IOException {
    List<InetAddress> addresses = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (nic.isUp() && !nic.isLoopback()) {
        Collections.list(nic.getInetAddresses()).stream()
            .filter(Inet4Address.class::isInstance)
            .forEach(addresses::add);
      }
    }
    return addresses;
  }

  private static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
      return true;
    } catch (IOException refused) {
      return false;
    }
  }
}
