package dev.redazione.site.internal;

import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.SiteView;
import java.nio.charset.StandardCharsets;
import ognl.OgnlRuntime;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf engine of the site, reading {@code templates/<resource>/<action>.html} from the
 * class path with the site's message bundle. Templates are parsed once and cached; the engine is
 * thread-safe, so one instance serves every snapshot.
 */
public final class TemplateRenderer {

  private static final RecordPropertyAccessor RECORDS = new RecordPropertyAccessor();

  private final TemplateEngine engine;

  private TemplateRenderer(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * An engine resolving messages with {@code messages}. Records (the view models) are read through
   * {@link RecordPropertyAccessor}, registered with OGNL for every engine of the process.
   */
  public static TemplateRenderer create(Messages messages) {
    OgnlRuntime.setPropertyAccessor(Record.class, RECORDS);
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(TemplateRenderer.class.getClassLoader());
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.setMessageResolver(new BundleMessageResolver(messages));
    return new TemplateRenderer(engine);
  }

  /**
   * Renders a page template inside the layout.
   *
   * @param template the template name, such as {@code articles/show}
   * @param site the site-wide view, {@code site} in the template
   * @param head the document head, {@code head} in the template
   * @param view the page's view record, {@code view} in the template
   */
  public String render(String template, SiteView site, PageHead head, Object view) {
    Context context = new Context(Messages.LOCALE);
    context.setVariable("site", site);
    context.setVariable("head", head);
    context.setVariable("view", view);
    return engine.process(template, context);
  }
}
