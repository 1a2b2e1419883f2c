package dev.redazione.site.internal;

import dev.redazione.site.view.PageHead;
import java.util.Objects;

/**
 * A page ready for its template: the template name, the head and the page's view record.
 *
 * @param template the template, such as {@code articles/show}
 * @param head what goes in the document head
 * @param view the page's view model, available to the template as {@code view}
 */
record PageModel(String template, PageHead head, Object view) {

  PageModel {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(view, "view");
  }
}
