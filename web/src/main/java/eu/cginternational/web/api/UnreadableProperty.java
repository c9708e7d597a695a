package eu.cginternational.web.api;

import jakarta.json.bind.JsonbException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A property of a request body whose value cannot be read, or that the body does not have: its path in the body
 * ({@code placements[1].placementsPerYear}, as a 422 names its fields) and the bundle text that says what it takes.
 * What it takes is told by the type of its member in the body's class, as JSON-B reads it (a record's component, a
 * setter or a public field), not by the wording of the reader's exception.
 */
final class UnreadableProperty extends JsonbException {

    private static final long serialVersionUID = 1L;

    private static final Set<Class<?>> YES_NO = Set.of(boolean.class, Boolean.class);
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, long.class, short.class, byte.class,
            Integer.class, Long.class, Short.class, Byte.class, BigInteger.class);
    private static final Set<Class<?>> NUMBERS = Set.of(double.class, float.class, Double.class, Float.class,
            BigDecimal.class);
    private static final Set<Class<?>> TEXTS = Set.of(String.class, char.class, Character.class);

    private final String property;
    private final String messageKey;
    private final String allowed;

    private UnreadableProperty(String property, String messageKey, String allowed, JsonbException cause) {
        super("Cannot read the property " + property + " (" + messageKey + "): " + cause.getMessage(), cause);
        this.property = property;
        this.messageKey = messageKey;
        this.allowed = allowed;
    }

    /**
     * The property at the path of a body of the type that could not be read; empty when the path names no property
     * (the body itself was of another JSON type than its class takes).
     */
    static Optional<UnreadableProperty> at(Type body, List<Object> path, JsonbException cause) {
        Type type = body;
        String property = "";
        for (Object step : path) {
            Type inner = step instanceof Integer ? entryType(type) : memberType(type, (String) step);
            if (inner == null) {
                if (step instanceof String && isObject(type)) {
                    return Optional.of(new UnreadableProperty(name(property, step), "api.bad_json.unknown_property",
                            null, cause));
                }
                // An object or a list where the member takes something else: the member's own value is wrong.
                break;
            }
            property = name(property, step);
            type = inner;
        }
        if (property.isEmpty()) {
            return Optional.empty();
        }
        Class<?> taken = raw(type);
        String allowed = taken != null && taken.isEnum() ? Stream.of(taken.getEnumConstants())
                .map(constant -> ((Enum<?>) constant).name()).collect(Collectors.joining(", ")) : null;
        return Optional.of(new UnreadableProperty(property, "api.bad_json." + takes(type), allowed, cause));
    }

    /** The property's path in the body, e.g. {@code version} or {@code placements[1].placementsPerYear}. */
    String getProperty() {
        return property;
    }

    String getMessageKey() {
        return messageKey;
    }

    /** The arguments of the message: the property, and for a choice the values it takes. */
    Object[] getArguments() {
        return allowed == null ? new Object[] {property} : new Object[] {property, allowed};
    }

    private static String name(String path, Object step) {
        if (step instanceof Integer position) {
            return path + "[" + position + "]";
        }
        return path.isEmpty() ? (String) step : path + "." + step;
    }

    /** What a member of the type takes, as the suffix of its bundle key. */
    static String takes(Type type) {
        Class<?> taken = raw(type);
        if (taken == null) {
            return "object";
        }
        if (YES_NO.contains(taken)) {
            return "yes_no";
        }
        if (WHOLE_NUMBERS.contains(taken)) {
            return "whole_number";
        }
        if (NUMBERS.contains(taken)) {
            return "number";
        }
        if (TEXTS.contains(taken)) {
            return "text";
        }
        if (taken == LocalDate.class) {
            return "date";
        }
        if (taken == LocalDateTime.class) {
            return "date_time";
        }
        if (taken == Instant.class) {
            return "moment";
        }
        if (taken.isEnum()) {
            return "one_of";
        }
        return entryType(type) != null ? "list" : "object";
    }

    /** Whether JSON-B reads the type from an object, with named members or a map's keys; not so a member typed Object. */
    static boolean takesObject(Type type) {
        Class<?> taken = raw(type);
        return taken != null && taken != Object.class && "object".equals(takes(type));
    }

    /** Whether JSON-B reads the type from an object with named members (a map's keys are its own). */
    private static boolean isObject(Type type) {
        Class<?> taken = raw(type);
        return taken != null && "object".equals(takes(type)) && !Map.class.isAssignableFrom(taken);
    }

    /** The type of the member of that name: a map's values, a record's component, a setter's or a public field's. */
    static Type memberType(Type type, String name) {
        Class<?> owner = raw(type);
        if (owner == null || !"object".equals(takes(type)) || name.isEmpty()) {
            return null;
        }
        if (Map.class.isAssignableFrom(owner)) {
            return type instanceof ParameterizedType map ? map.getActualTypeArguments()[1] : Object.class;
        }
        if (owner.isRecord()) {
            return Stream.of(owner.getRecordComponents()).filter(component -> component.getName().equals(name))
                    .map(RecordComponent::getGenericType).findFirst().orElse(null);
        }
        String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        for (Method method : owner.getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1) {
                return method.getGenericParameterTypes()[0];
            }
        }
        try {
            Field field = owner.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? null : field.getGenericType();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The type of a list's entries; null when the type is no list. */
    static Type entryType(Type type) {
        if (type instanceof Class<?> array && array.isArray()) {
            return array.getComponentType();
        }
        Class<?> raw = raw(type);
        if (raw == null || !Collection.class.isAssignableFrom(raw)) {
            return null;
        }
        return type instanceof ParameterizedType list ? list.getActualTypeArguments()[0] : Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> plain) {
            return plain;
        }
        return null;
    }
}
