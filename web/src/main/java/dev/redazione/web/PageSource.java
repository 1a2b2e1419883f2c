package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import dev.redazione.site.RenderedPage;
import dev.redazione.site.Site;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Where the fast path ({@link FrontReplies}), the {@link PageController} and the error answers
 * ({@link ErrorReplies}) take the pages of a snapshot from: the site's rendered pages. A bean so
 * that tests can stand in a source whose rendering fails. Thread-safe.
 */
@Singleton
class PageSource {

  /** The page at a request target if the site has already rendered it: see {@link Site#cached}. */
  Optional<RenderedPage> cached(Site site, String target) {
    return site.cached(target);
  }

  /** The page at a request target, rendered now if need be: see {@link Site#render}. */
  Optional<RenderedPage> render(Site site, String target) {
    return site.render(target);
  }

  /** An error page in the site's style. */
  RenderedPage error(Site site, ErrorPage kind) {
    return site.error(kind);
  }
}
