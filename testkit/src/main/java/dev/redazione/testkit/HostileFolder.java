package dev.redazione.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A content folder written the way an attacker or a careless editor would: links out of the folder,
 * a FIFO, an unreadable subfolder, immense and countless tags, very long names, deep nesting, a
 * YAML bomb, script breakers in a title, an SVG with a script, a summary break in raw text — beside
 * three good articles. Each trap names the file and the diagnostic code that {@code validate} must
 * report for it; the good articles must be published untouched.
 *
 * <p>The secret file the links point at lies outside the content folder and holds {@link #SECRET}:
 * that text must never appear in anything read, served or exported.
 */
public final class HostileFolder {

  /** The text of the file outside the folder that links point at. */
  public static final String SECRET = "root:x:0:0:root:/root:/bin/bash";

  /** The slugs of the good articles, which must be published as usual. */
  public static final List<String> GOOD_SLUGS =
      List.of("bilancio-approvato", "nuove-piste-ciclabili", "script-nel-titolo");

  /** A word of every good article's body, to find them by search. */
  public static final String SEARCH_WORD = "ciclabili";

  /**
   * A file of the folder and the diagnostic it must get.
   *
   * @param path the path relative to the content folder, with {@code /} separators
   * @param code the diagnostic code
   * @param inFile whether the diagnostic points at a line inside the file (rather than at the file)
   */
  public record Trap(String path, String code, boolean inFile) {}

  private final Path root;
  private final List<Trap> traps;

  private HostileFolder(Path root, List<Trap> traps) {
    this.root = root;
    this.traps = List.copyOf(traps);
  }

  /**
   * Writes the folder {@code parent/content}, with the secret file beside it in {@code parent}.
   *
   * @param parent an empty temporary folder
   */
  public static HostileFolder write(Path parent) throws IOException {
    Path root = Files.createDirectories(parent.resolve("content"));
    Path secret = Files.writeString(parent.resolve("passwd"), SECRET + "\n");
    List<Trap> traps = new ArrayList<>();

    good(root);

    Files.createSymbolicLink(root.resolve("note.txt"), secret);
    traps.add(new Trap("note.txt", "OUTSIDE_LINK", false));
    Files.createDirectories(root.resolve("foto"));
    Files.createSymbolicLink(root.resolve("foto/logo.png"), secret);
    traps.add(new Trap("foto/logo.png", "OUTSIDE_LINK", false));

    if (mkfifo(root.resolve("coda.md"))) {
      traps.add(new Trap("coda.md", "SKIPPED_FILE", false));
    }
    Path locked = Files.createDirectories(root.resolve("lost+found"));
    Files.writeString(locked.resolve("perso.md"), article("Perso", "tags: [Perso]", 2));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    if (!Files.isReadable(locked)) {
      traps.add(new Trap("lost+found", "UNREADABLE_PATH", false));
    }

    Files.writeString(
        root.resolve("tag-enorme.md"),
        article("Un tag enorme", "tags: [" + "x".repeat(40_000) + "]", 3));
    traps.add(new Trap("tag-enorme.md", "FIELD_TOO_LONG", true));
    Files.writeString(
        root.resolve("molti-tag.md"),
        article(
            "Duemila tag",
            IntStream.range(0, 2_000)
                .mapToObj(i -> "tag" + i)
                .collect(Collectors.joining(", ", "tags: [", "]")),
            3));
    traps.add(new Trap("molti-tag.md", "TOO_MANY_TAGS", true));
    Files.writeString(
        root.resolve("nomi-lunghi.md"),
        article(
            "Nomi lunghi",
            "tags: [" + "parola ".repeat(90).strip() + "]\nauthor: " + "Nome ".repeat(120).strip(),
            3));
    traps.add(new Trap("nomi-lunghi.md", "FIELD_TOO_LONG", true));

    Files.writeString(
        root.resolve("citazioni.md"),
        article("Citazioni annidate", "tags: [Annidate]", 1) + "> ".repeat(8_000) + "fondo\n");
    traps.add(new Trap("citazioni.md", "NESTING_TOO_DEEP", true));
    Files.writeString(
        root.resolve("elenco.md"),
        article("Elenco annidato", "tags: [Annidate]", 1) + "- ".repeat(20_000) + "fondo\n");
    traps.add(new Trap("elenco.md", "NESTING_TOO_DEEP", true));

    Files.writeString(root.resolve("bomba.md"), yamlBomb());
    traps.add(new Trap("bomba.md", "YAML_ALIAS", true));

    Files.writeString(
        root.resolve("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.domain)\">"
            + "<rect width=\"10\" height=\"10\"/></svg>\n");
    traps.add(new Trap("logo.svg", "UNSAFE_SVG", true));
    Files.writeString(
        root.resolve("con-svg.md"),
        article("Con un logo", "tags: [Logo]", 2) + "\n![Il logo](logo.svg)\n");
    traps.add(new Trap("con-svg.md", "MISSING_IMAGE", true));

    Files.writeString(
        root.resolve("sommario.txt"),
        "Il sommario spezzato\n\n"
            + "Primo paragrafo del testo incollato, con una frase intera.\n\n<!--more-->\n\n"
            + "Secondo paragrafo, che resta nel corpo dell'articolo.\n");
    return new HostileFolder(root, traps);
  }

  /** The content folder. */
  public Path root() {
    return root;
  }

  /** Every trap laid on this machine (the FIFO and the unreadable folder only where possible). */
  public List<Trap> traps() {
    return traps;
  }

  private static void good(Path root) throws IOException {
    Files.writeString(
        root.resolve("bilancio.md"),
        "---\ntitle: Bilancio approvato\ndate: 2024-03-15\ntags: [Comune]\n---\n\n"
            + "Il consiglio comunale ha approvato il bilancio, con le nuove piste ciclabili.\n");
    Files.writeString(
        root.resolve("piste.md"),
        "---\ntitle: Nuove piste ciclabili\ndate: 2025-01-20\ntags: [Comune, Mobilità]\n---\n\n"
            + "Le nuove piste ciclabili collegano il centro alla stazione.\n");
    Files.writeString(
        root.resolve("script.md"),
        "---\ntitle: Script nel titolo <!--<script\nslug: script-nel-titolo\ndate: 2025-02-01\n"
            + "description: \"Fine </script><script>alert(1)</script> ]]> \\u2028 riga\"\n"
            + "tags: [Comune]\n---\n\n"
            + "Il corpo resta visibile anche con le piste ciclabili nel testo.\n");
  }

  private static String article(String title, String extraFrontMatter, int paragraphs) {
    String body =
        IntStream.range(0, paragraphs)
            .mapToObj(i -> "Un paragrafo di prova, numero " + (i + 1) + ", con qualche parola.")
            .collect(Collectors.joining("\n\n"));
    return "---\ntitle: " + title + "\n" + extraFrontMatter + "\n---\n\n" + body + "\n\n";
  }

  /** The "billion laughs": nine levels of aliases, each ten times the one before. */
  private static String yamlBomb() {
    StringBuilder yaml = new StringBuilder("---\ntitle: Bomba\na: &a [\"lol\"]\n");
    char previous = 'a';
    for (char level = 'b'; level <= 'i'; level++) {
      yaml.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 10; i++) {
        yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = level;
    }
    return yaml.append("tags: *i\n---\n\nIl corpo della bomba.\n").toString();
  }

  /** Makes a FIFO with the system's {@code mkfifo}; false where there is none. */
  private static boolean mkfifo(Path path) {
    try {
      Process process = new ProcessBuilder("mkfifo", path.toString()).start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
