package eu.cginternational.service.config;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * How the REST API reads the plain values of a request body: each only from the JSON type it is. Left to itself,
 * Yasson reads {@code "yes"} as false, 14.9 as 14, 2^64+14 as 14 and 5 as the text "5", so that a mistaken client
 * changed records with values nobody sent. A yes/no takes {@code true} or {@code false}; a whole number an integral
 * JSON number (no fraction, no exponent) within the range of its type; a decimal or an amount any (finite) JSON number; a text a JSON
 * string; {@code null} stays null (a primitive refuses it). Anything else fails the reading, which the API answers
 * as a body it cannot read, naming the property and what it takes (from the property's type, not from these readers).
 *
 * <p>The web tier's JSON-B configuration names these for the boxed types and {@code String}. Yasson never applies
 * configured deserializers to primitive properties, so a primitive member of a request body names its own with
 * {@code @JsonbTypeDeserializer} (the web module's RequestBodiesTest fails on one that does not).
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Reads {@code true} or {@code false}. */
    public static final class YesNo implements JsonbDeserializer<Boolean> {

        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw refused(value, "true or false");
            };
        }
    }

    /** Reads an integral JSON number within the range of an {@code int}. */
    public static final class WholeNumber implements JsonbDeserializer<Integer> {

        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = integral(parser);
            try {
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException e) {
                throw refused(number, "a whole number in the range of int");
            }
        }
    }

    /** Reads an integral JSON number within the range of a {@code long}. */
    public static final class LongNumber implements JsonbDeserializer<Long> {

        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = integral(parser);
            try {
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException e) {
                throw refused(number, "a whole number in the range of long");
            }
        }
    }

    /** Reads a JSON number that a {@code double} can hold. */
    public static final class Decimal implements JsonbDeserializer<Double> {

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = taken(parser, JsonNumber.class, "a number");
            if (number != null && !Double.isFinite(number.doubleValue())) {
                throw refused(number, "a number");
            }
            return number == null ? null : number.doubleValue();
        }
    }

    /** Reads a JSON number as it is written (an amount of money keeps its cents). */
    public static final class Amount implements JsonbDeserializer<BigDecimal> {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = taken(parser, JsonNumber.class, "a number");
            return number == null ? null : number.bigDecimalValue();
        }
    }

    /** Reads a JSON string. */
    public static final class Text implements JsonbDeserializer<String> {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonString text = taken(parser, JsonString.class, "a string");
            return text == null ? null : text.getString();
        }
    }

    private static JsonNumber integral(JsonParser parser) {
        JsonNumber number = taken(parser, JsonNumber.class, "a whole number");
        // isIntegral: no fraction and no exponent as written (14.0 and 1e2 are refused, like 14.9).
        if (number != null && !number.isIntegral()) {
            throw refused(number, "a whole number");
        }
        return number;
    }

    /** The value the parser is on as the JSON type asked for, or null for JSON null; any other type fails the reading. */
    private static <T extends JsonValue> T taken(JsonParser parser, Class<T> jsonType, String expected) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!jsonType.isInstance(value)) {
            throw refused(value, expected);
        }
        return jsonType.cast(value);
    }

    private static JsonbException refused(JsonValue value, String expected) {
        return new JsonbException("Expected " + expected + ", not " + value);
    }
}
