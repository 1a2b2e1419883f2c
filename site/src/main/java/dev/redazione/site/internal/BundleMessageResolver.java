package dev.redazione.site.internal;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;

/** Resolves {@code #{key}} expressions of the templates against the site's {@link Messages}. */
final class BundleMessageResolver implements IMessageResolver {

  private final Messages messages;

  BundleMessageResolver(Messages messages) {
    this.messages = messages;
  }

  @Override
  public String getName() {
    return "site-messages";
  }

  @Override
  public Integer getOrder() {
    return 0;
  }

  @Override
  public String resolveMessage(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    if (!messages.has(key)) {
      return null;
    }
    return messages.get(key, messageParameters == null ? new Object[0] : messageParameters);
  }

  @Override
  public String createAbsentMessageRepresentation(
      ITemplateContext context, Class<?> origin, String key, Object[] messageParameters) {
    throw new IllegalStateException("the site's message bundle has no key `" + key + "`");
  }
}
