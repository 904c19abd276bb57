package org.anomalyworkbench.core.detector;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Derives parameter specs from a config record's {@link Param} annotations and converts
 * configs to and from their text form ({@code name -> value}), which is what the CLI
 * parses, the UI form edits and the model file stores.
 */
public final class ConfigBinder {
  private ConfigBinder() {
  }

  /** The parameters of a config record type, in declaration order. */
  public static List<ParameterSpec> specs(Class<? extends Record> type, Record defaults) {
    Map<String, String> defaultText = toText(defaults);
    List<ParameterSpec> specs = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Param p = c.getAnnotation(Param.class);
      if (p == null) {
        throw new IllegalStateException(type.getSimpleName() + "." + c.getName() + " has no @Param");
      }
      specs.add(new ParameterSpec(c.getName(), p.label(), p.description(), typeOf(c),
          p.min(), p.max(), choicesOf(c), defaultText.get(c.getName())));
    }
    return specs;
  }

  /** The config as text values, in declaration order. */
  public static Map<String, String> toText(Record config) {
    Map<String, String> out = new LinkedHashMap<>();
    for (RecordComponent c : config.getClass().getRecordComponents()) {
      try {
        out.put(c.getName(), format(c.getAccessor().invoke(config)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  /**
   * Builds a config from {@code base} with the given text values replacing its own. Unknown
   * names, unparsable values and values out of bounds raise an {@link IllegalArgumentException}
   * whose message names the parameter and what is allowed.
   */
  @SuppressWarnings("unchecked")
  public static <C extends Record> C bind(C base, Map<String, String> overrides) {
    Class<C> type = (Class<C>) base.getClass();
    RecordComponent[] comps = type.getRecordComponents();
    List<String> known = Arrays.stream(comps).map(RecordComponent::getName).toList();
    for (String name : overrides.keySet()) {
      if (!known.contains(name)) {
        throw new IllegalArgumentException("Unknown parameter '" + name + "'. Known: " + String.join(", ", known));
      }
    }
    Map<String, String> text = toText(base);
    Object[] args = new Object[comps.length];
    Class<?>[] types = new Class<?>[comps.length];
    for (int i = 0; i < comps.length; i++) {
      RecordComponent c = comps[i];
      types[i] = c.getType();
      String value = overrides.containsKey(c.getName()) ? overrides.get(c.getName()) : text.get(c.getName());
      args[i] = parse(c, value);
      checkBounds(c, args[i]);
    }
    try {
      Constructor<C> ctor = type.getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return ctor.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Checks constructor arguments against the record's own {@code @Param} declarations, so a
   * config's compact constructor validates with the same bounds and messages as {@link #bind}
   * instead of restating them. Pass the arguments in component order.
   *
   * @throws IllegalArgumentException naming the first missing or out-of-bounds parameter
   */
  public static void requireDeclaredBounds(Class<? extends Record> type, Object... values) {
    RecordComponent[] comps = type.getRecordComponents();
    if (comps.length != values.length) {
      throw new IllegalStateException(type.getSimpleName() + " has " + comps.length + " components, got "
          + values.length + " values");
    }
    for (int i = 0; i < comps.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException("Parameter '" + comps[i].getName() + "' is required.");
      }
      checkBounds(comps[i], values[i]);
    }
  }

  private static ParameterSpec.Type typeOf(RecordComponent c) {
    Class<?> t = c.getType();
    if (t == int.class || t == long.class || t == Integer.class || t == Long.class) {
      return ParameterSpec.Type.INTEGER;
    }
    if (t == double.class || t == float.class || t == Double.class) {
      return ParameterSpec.Type.DECIMAL;
    }
    if (t == boolean.class || t == Boolean.class) {
      return ParameterSpec.Type.BOOLEAN;
    }
    if (t.isEnum()) {
      return ParameterSpec.Type.CHOICE;
    }
    if (t == List.class) {
      return listElement(c) == Integer.class ? ParameterSpec.Type.INTEGER_LIST : ParameterSpec.Type.TEXT_LIST;
    }
    return ParameterSpec.Type.TEXT;
  }

  private static List<String> choicesOf(RecordComponent c) {
    if (!c.getType().isEnum()) {
      return List.of();
    }
    return Arrays.stream(c.getType().getEnumConstants()).map(Object::toString).toList();
  }

  private static Type listElement(RecordComponent c) {
    Type g = c.getGenericType();
    if (g instanceof ParameterizedType pt) {
      return pt.getActualTypeArguments()[0];
    }
    return String.class;
  }

  private static String format(Object v) {
    if (v instanceof List<?> list) {
      return list.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
    return String.valueOf(v);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object parse(RecordComponent c, String raw) {
    String name = c.getName();
    String v = raw == null ? "" : raw.trim();
    Class<?> t = c.getType();
    try {
      if (t == int.class || t == Integer.class) {
        return Integer.parseInt(v);
      }
      if (t == long.class || t == Long.class) {
        return Long.parseLong(v);
      }
      if (t == double.class || t == Double.class) {
        return Double.parseDouble(v);
      }
      if (t == float.class) {
        return Float.parseFloat(v);
      }
      if (t == boolean.class || t == Boolean.class) {
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
          throw new IllegalArgumentException("Parameter '" + name + "' must be true or false, not '" + raw + "'.");
        }
        return Boolean.parseBoolean(v);
      }
      if (t.isEnum()) {
        for (Object e : t.getEnumConstants()) {
          if (e.toString().equalsIgnoreCase(v) || ((Enum) e).name().equalsIgnoreCase(v.replace('-', '_'))) {
            return e;
          }
        }
        throw new IllegalArgumentException("Parameter '" + name + "' must be one of "
            + choicesOf(c) + ", not '" + raw + "'.");
      }
      if (t == List.class) {
        List<String> parts = v.isEmpty() ? List.of()
            : Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (listElement(c) == Integer.class) {
          return parts.stream().map(Integer::parseInt).toList();
        }
        return parts;
      }
      return v;
    } catch (NumberFormatException e) {
      String type = typeOf(c).name().toLowerCase(Locale.ROOT).replace('_', ' ');
      throw new IllegalArgumentException("Parameter '" + name + "' must be " + ("aeiou".indexOf(type.charAt(0)) >= 0
          ? "an " : "a ") + type + ", not '" + raw + "'.");
    }
  }

  private static void checkBounds(RecordComponent c, Object value) {
    Param p = c.getAnnotation(Param.class);
    if (p == null) {
      return;
    }
    List<?> values = value instanceof List<?> l ? l : List.of(value);
    for (Object o : values) {
      if (o instanceof Number n) {
        double d = n.doubleValue();
        if (Double.isNaN(d) || d < p.min() || d > p.max()) {
          throw new IllegalArgumentException("Parameter '" + c.getName() + "' must be between "
              + bound(p.min()) + " and " + bound(p.max()) + ", not " + o + ".");
        }
      }
    }
  }

  private static String bound(double b) {
    if (Double.isInfinite(b)) {
      return b > 0 ? "+inf" : "-inf";
    }
    return b == Math.rint(b) ? Long.toString((long) b) : Double.toString(b);
  }
}
