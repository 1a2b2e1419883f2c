package dev.redazione.ingest.internal.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The fingerprint of the code that reads articles: the Java runtime and the contents of every jar
 * or class folder that holds the reading code (core, extract with its rules, ingest) and the
 * libraries it uses (CommonMark, Jackson, the HTML sanitiser, jsoup). A jar is fingerprinted by its
 * entries' names, sizes and CRC-32s, which its central directory holds (so the jar is not read
 * whole); a class folder by its files' bytes. Any change of any of them, a new build among them,
 * gives another fingerprint, so a cache written by other code is never read. Computed once.
 */
public final class CodeFingerprint {

  /** Classes whose code source holds code or rules that reading depends on. */
  private static final List<String> READING_CODE =
      List.of(
          "dev.redazione.core.Article",
          "dev.redazione.extract.RawTextExtractor",
          "dev.redazione.ingest.ContentLoader",
          "org.commonmark.parser.Parser",
          "org.commonmark.ext.gfm.tables.TablesExtension",
          "org.commonmark.ext.gfm.strikethrough.StrikethroughExtension",
          "org.commonmark.ext.heading.anchor.HeadingAnchorExtension",
          "org.nibor.autolink.LinkExtractor",
          "com.fasterxml.jackson.core.JsonFactory",
          "com.fasterxml.jackson.databind.ObjectMapper",
          "com.fasterxml.jackson.dataformat.yaml.YAMLFactory",
          "com.fasterxml.jackson.dataformat.toml.TomlFactory",
          "org.yaml.snakeyaml.Yaml",
          "org.owasp.html.PolicyFactory",
          "org.jsoup.Jsoup");

  private static volatile byte[] current;

  private CodeFingerprint() {}

  /** The SHA-256 fingerprint of the reading code this process runs. */
  public static byte[] current() {
    byte[] fingerprint = current;
    if (fingerprint == null) {
      fingerprint = compute();
      current = fingerprint;
    }
    return fingerprint.clone();
  }

  private static byte[] compute() {
    MessageDigest digest = sha256();
    update(digest, "java " + Runtime.version() + " " + System.getProperty("java.vendor"));
    Set<String> seen = new LinkedHashSet<>();
    ClassLoader loader = CodeFingerprint.class.getClassLoader();
    for (String name : READING_CODE) {
      String location = location(name, loader);
      if (seen.add(location)) {
        update(digest, location);
        fingerprint(location, digest);
      }
    }
    return digest.digest();
  }

  /** Where a class comes from, or a note that it is absent or has no location. */
  private static String location(String className, ClassLoader loader) {
    try {
      CodeSource source =
          Class.forName(className, false, loader).getProtectionDomain().getCodeSource();
      URL url = source == null ? null : source.getLocation();
      return url == null ? "no location: " + className : url.toString();
    } catch (ClassNotFoundException | LinkageError absent) {
      return "absent: " + className;
    }
  }

  private static void fingerprint(String location, MessageDigest digest) {
    Path path;
    try {
      path = location.startsWith("file:") ? Path.of(new URL(location).toURI()) : null;
    } catch (URISyntaxException | IOException | IllegalArgumentException e) {
      path = null;
    }
    if (path == null) {
      return;
    }
    try {
      if (Files.isDirectory(path)) {
        folder(path, digest);
      } else if (Files.isRegularFile(path)) {
        jar(path, digest);
      }
    } catch (IOException e) {
      // Unreadable code: a fingerprint no cache can match, so nothing is read from one.
      update(digest, "unreadable " + System.nanoTime());
    }
  }

  private static void jar(Path jar, MessageDigest digest) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        update(digest, entry.getName() + " " + entry.getSize() + " " + entry.getCrc());
      }
    }
  }

  private static void folder(Path folder, MessageDigest digest) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Path file : files) {
      update(digest, folder.relativize(file).toString());
      digest.update(Files.readAllBytes(file));
    }
  }

  private static void update(MessageDigest digest, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (bytes.length >>> 24));
    digest.update((byte) (bytes.length >>> 16));
    digest.update((byte) (bytes.length >>> 8));
    digest.update((byte) bytes.length);
    digest.update(bytes);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
