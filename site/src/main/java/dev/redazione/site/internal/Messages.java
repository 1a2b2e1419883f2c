package dev.redazione.site.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The Italian UI strings of the site, from the {@code i18n/messages_it.properties} bundle, for both
 * templates and Java code. Messages with arguments use {@link MessageFormat}. Immutable and
 * thread-safe.
 */
public final class Messages {

  /** The locale of the site's UI. */
  public static final Locale LOCALE = Locale.ITALIAN;

  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** Loads the bundle. */
  public static Messages load() {
    return new Messages(
        ResourceBundle.getBundle(
            "i18n/messages",
            LOCALE,
            Messages.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /**
   * The message of a key, formatted with the arguments when there are any.
   *
   * @throws MissingResourceException naming the key, when the bundle lacks it
   */
  public String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(arguments);
  }

  /** Whether the bundle has this key. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
