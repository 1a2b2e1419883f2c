package dev.redazione.site;

import dev.redazione.core.Archive;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.ArticleSearchFactory;
import dev.redazione.site.internal.Messages;
import dev.redazione.site.internal.TemplateRenderer;
import dev.redazione.site.internal.UnbuiltSearch;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;

/**
 * The rendering machinery of a site: templates, messages, stylesheet, settings and the search
 * backend, loaded once and shared by every snapshot. {@link #snapshot} makes the {@link Site} of an
 * archive. The search backend is plugged in by whoever creates the renderer (the server, the CLI),
 * through core's {@link ArticleSearchFactory}, so the site knows no search engine. Immutable and
 * thread-safe.
 */
public final class SiteRenderer {

  private static final String STYLESHEET = "static/site.css";

  private final SiteSettings settings;
  private final Messages messages;
  private final TemplateRenderer templates;
  private final byte[] stylesheet;
  private final ArticleSearchFactory searchFactory;

  private SiteRenderer(
      SiteSettings settings,
      ArticleSearchFactory searchFactory,
      Messages messages,
      TemplateRenderer templates,
      byte[] stylesheet) {
    this.settings = settings;
    this.searchFactory = searchFactory;
    this.messages = messages;
    this.templates = templates;
    this.stylesheet = stylesheet;
  }

  /**
   * Loads templates, messages and stylesheet for a site with these settings.
   *
   * @param settings the site's name, address and page size
   * @param searchFactory the search backend that indexes each snapshot
   */
  public static SiteRenderer create(SiteSettings settings, ArticleSearchFactory searchFactory) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(searchFactory, "searchFactory");
    Messages messages = Messages.load();
    return new SiteRenderer(
        settings, searchFactory, messages, TemplateRenderer.create(messages), resource(STYLESHEET));
  }

  private static byte[] resource(String name) {
    try (InputStream in = SiteRenderer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  /**
   * The site of an archive snapshot, with its full-text search index, built now so that the archive
   * and its index are swapped in together. Pages render lazily, each at most once.
   *
   * @param archive the articles
   * @param images the image files that exist under the content folder
   * @param version when the snapshot was made; pages report it as their modification time
   */
  public Site snapshot(Archive archive, ImageFiles images, Instant version) {
    ShownText shown = ShownText.of(archive, images);
    return snapshot(archive, searchFactory.index(archive, shown), shown, images, version);
  }

  /**
   * The site of an archive snapshot that replaces {@code previous}, with its search index made by
   * updating the previous one ({@link ArticleSearchFactory#update}, with the text its pages show as
   * {@link #snapshot} indexes), so that the work is about what changed rather than the whole
   * archive; the same as {@link #snapshot} when the previous site has no search index yet. Built
   * now, on the calling thread.
   *
   * @param previous the site this one replaces
   * @param archive the articles
   * @param images the image files that exist under the content folder
   * @param version when the snapshot was made; pages report it as their modification time
   */
  public Site nextSnapshot(Site previous, Archive archive, ImageFiles images, Instant version) {
    if (!previous.searchReady()) {
      return snapshot(archive, images, version);
    }
    ShownText shown = previous.shownText().next(archive, images);
    ArticleSearch search = searchFactory.update(previous.search(), archive, shown);
    return snapshot(archive, search, shown, images, version);
  }

  /** The site of an archive snapshot with the search built for it over these shown texts. */
  Site snapshot(
      Archive archive, ArticleSearch search, ShownText shown, ImageFiles images, Instant version) {
    return new Site(
        archive, search, shown, images, version, settings, messages, templates, stylesheet);
  }

  /**
   * The site of an archive snapshot without its search index, to serve while {@link #snapshot}
   * builds the indexed one: every page renders, but articles list no related articles and {@link
   * Site#searchReady()} is false, so a search should be answered "not ready yet".
   *
   * @param archive the articles
   * @param images the image files that exist under the content folder
   * @param version when the snapshot was made; pages report it as their modification time
   */
  public Site unindexedSnapshot(Archive archive, ImageFiles images, Instant version) {
    return new Site(
        archive,
        new UnbuiltSearch(),
        ShownText.none(),
        images,
        version,
        settings,
        messages,
        templates,
        stylesheet);
  }
}
