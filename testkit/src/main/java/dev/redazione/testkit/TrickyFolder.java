package dev.redazione.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A content folder of files that each raise an editorial question: an image in a format the site
 * does not publish, a missing image, an image outside the folder, an unsafe SVG, leftover page
 * furniture, an undated article, a very short body, two files claiming one slug, a bad date, raw
 * text and a draft. Every entry point ({@code validate}, {@code serve}, {@code build}, {@code
 * inspect}) must report the same diagnostics for it.
 */
public final class TrickyFolder {

  /** The files that give an article, relative to the folder. */
  public static final List<String> ARTICLE_FILES =
      List.of(
          "mappa.md",
          "assente.md",
          "avanzi.md",
          "senza-data.md",
          "doppio-a.md",
          "doppio-b.md",
          "data-rotta.md",
          "grezzo.txt",
          "bozza.md",
          "buona.md");

  /** The slug of the article whose image is published. */
  public static final String GOOD_IMAGE_SLUG = "con-foto";

  /** The slug of the article whose image is a bitmap the site does not publish. */
  public static final String BITMAP_SLUG = "la-mappa";

  private TrickyFolder() {}

  /**
   * Writes the folder {@code parent/content}, with an image outside it in {@code parent}.
   *
   * @param parent an empty temporary folder
   * @return the content folder
   */
  public static Path write(Path parent) throws IOException {
    Path root = Files.createDirectories(parent.resolve("content"));
    Files.write(parent.resolve("fuori.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.createDirectories(root.resolve("foto"));
    Files.write(root.resolve("foto/a.bmp"), new byte[] {'B', 'M', 0, 0});
    Files.write(root.resolve("foto/b.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Files.writeString(
        root.resolve("foto/ostile.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n");
    write(
        root,
        "mappa.md",
        "title: La mappa\nslug: la-mappa\ndate: 2025-03-01",
        "![Mappa](foto/a.bmp)");
    write(
        root,
        "assente.md",
        "title: Foto assente\ndate: 2025-03-02\nimage: ../fuori.png",
        "![Foto](foto/nessuna.jpg)\n\n![Logo](foto/ostile.svg)");
    write(
        root,
        "avanzi.md",
        "title: Avanzi di pagina\ndate: 2025-03-03",
        "Iscriviti alla nostra newsletter");
    write(root, "senza-data.md", "title: Senza data", "");
    write(root, "doppio-a.md", "title: Doppio\nslug: doppio\ndate: 2025-03-04", "");
    write(root, "doppio-b.md", "title: Doppio\nslug: doppio\ndate: 2025-03-05", "");
    write(root, "data-rotta.md", "title: Data rotta\ndate: 2025-13-45", "");
    write(root, "bozza.md", "title: Bozza\ndate: 2025-03-06\ndraft: true", "");
    write(
        root,
        "buona.md",
        "title: Con foto\nslug: con-foto\ndate: 2025-03-07\nimage: foto/b.png",
        "![Foto buona](foto/b.png)");
    Files.writeString(
        root.resolve("grezzo.txt"),
        "Il consiglio approva il bilancio\n\n" + "Seguici su Google News\n\n" + prose() + "\n");
    return root;
  }

  private static void write(Path root, String name, String frontMatter, String extra)
      throws IOException {
    Files.writeString(
        root.resolve(name),
        "---\n"
            + frontMatter
            + "\n---\n\n"
            + prose()
            + (extra.isEmpty() ? "" : "\n\n" + extra)
            + "\n");
  }

  private static String prose() {
    return "Il consiglio comunale ha discusso a lungo della nuova pista ciclabile, che collegherà"
        + " la stazione al centro storico entro la fine dell’anno, secondo l’assessore.";
  }
}
