package dev.redazione.site.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;

/**
 * Reads the properties of records, the templates' view models, in template expressions: the method
 * OGNL would call for {@code ${view.title}} is looked up once per record class and property name.
 * OGNL's own accessor looks for a JavaBean getter first and, records having none, then scans every
 * public method of the class, on every read; this one makes the same choice once per class and
 * name, and checks access on every read as OGNL does. Any other property (a JavaBean getter, a
 * field, none) goes to OGNL's own handling. Thread-safe.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

  private static final ClassValue<Map<String, Optional<Method>>> READERS =
      new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  @SuppressWarnings("rawtypes")
  public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
    OgnlContext ognl = (OgnlContext) context;
    Optional<Method> reader = reader(target.getClass(), name);
    if (reader.isEmpty()
        || !ognl.getMemberAccess().isAccessible(ognl, target, reader.get(), name)) {
      return super.getPossibleProperty(context, target, name);
    }
    try {
      return OgnlRuntime.invokeMethod(target, reader.get(), OgnlRuntime.NoArguments);
    } catch (InvocationTargetException e) {
      throw new OgnlException(name, e.getTargetException());
    } catch (IllegalAccessException e) {
      throw new OgnlException(name, e);
    }
  }

  /**
   * The record's own method named like the property, when it has no JavaBean getter for it (which
   * OGNL would prefer): the method OGNL's scan finds.
   */
  private static Optional<Method> reader(Class<?> type, String name) {
    Map<String, Optional<Method>> readers = READERS.get(type);
    Optional<Method> reader = readers.get(name);
    if (reader == null) {
      Method found = hasGetter(type, name) ? null : OgnlRuntime.getReadMethod(type, name);
      reader =
          Optional.ofNullable(found)
              .filter(method -> method.getName().equals(name) && method.getParameterCount() == 0);
      readers.put(name, reader);
    }
    return reader;
  }

  private static boolean hasGetter(Class<?> type, String name) {
    if (name.isEmpty()) {
      return false;
    }
    String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    return hasPublicMethod(type, "get" + suffix) || hasPublicMethod(type, "is" + suffix);
  }

  private static boolean hasPublicMethod(Class<?> type, String name) {
    try {
      type.getMethod(name);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
