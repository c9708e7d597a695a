package eu.cginternational.service.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A value of a request body is read only from the JSON type it is; null stays null. */
class StrictJsonTest {

    /** What the reader makes of one JSON value, handed to it as Yasson does: the parser on the value. */
    private static <T> T read(JsonbDeserializer<T> reader, String json) {
        try (JsonParser parser = Json.createParser(new StringReader("[" + json + "]"))) {
            parser.next();
            parser.next();
            return reader.deserialize(parser, null, Object.class);
        }
    }

    @Nested
    class YesNo {

        @Test
        void takesTrueFalseAndNull() {
            assertThat(read(new StrictJson.YesNo(), "true")).isTrue();
            assertThat(read(new StrictJson.YesNo(), "false")).isFalse();
            assertThat(read(new StrictJson.YesNo(), "null")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"yes\"", "\"true\"", "1", "0", "{}", "[]"})
        void refusesAnythingElse(String json) {
            assertThatThrownBy(() -> read(new StrictJson.YesNo(), json)).isInstanceOf(JsonbException.class);
        }
    }

    @Nested
    class WholeNumbers {

        @Test
        void takeIntegralNumbersWithinTheirRange() {
            assertThat(read(new StrictJson.WholeNumber(), "-2147483648")).isEqualTo(Integer.MIN_VALUE);
            assertThat(read(new StrictJson.WholeNumber(), "14")).isEqualTo(14);
            assertThat(read(new StrictJson.LongNumber(), "9223372036854775807")).isEqualTo(Long.MAX_VALUE);
            assertThat(read(new StrictJson.LongNumber(), "null")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"14.9", "14.0", "1e2", "2147483648", "\"14\"", "true"})
        void anIntRefusesFractionsExponentsTextAndWhatItCannotHold(String json) {
            assertThatThrownBy(() -> read(new StrictJson.WholeNumber(), json)).isInstanceOf(JsonbException.class);
        }

        @ParameterizedTest
        @ValueSource(strings = {"18446744073709551630", "-9223372036854775809", "14.9", "1E2", "\"5\"", "[5]"})
        void aLongRefusesWhatItCannotHoldInsteadOfWrappingIt(String json) {
            assertThatThrownBy(() -> read(new StrictJson.LongNumber(), json)).isInstanceOf(JsonbException.class);
        }
    }

    @Nested
    class Decimals {

        @Test
        void takeAnyNumberAsWritten() {
            assertThat(read(new StrictJson.Decimal(), "42.4406")).isEqualTo(42.4406);
            assertThat(read(new StrictJson.Decimal(), "19")).isEqualTo(19.0);
            assertThat(read(new StrictJson.Amount(), "1.50")).isEqualTo(new BigDecimal("1.50"));
            assertThat(read(new StrictJson.Amount(), "null")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"42.5\"", "false", "1e400"})
        void refuseTextAndWhatADoubleCannotHold(String json) {
            assertThatThrownBy(() -> read(new StrictJson.Decimal(), json)).isInstanceOf(JsonbException.class);
        }

        @Test
        void anAmountRefusesText() {
            assertThatThrownBy(() -> read(new StrictJson.Amount(), "\"12.00\"")).isInstanceOf(JsonbException.class);
        }
    }

    @Nested
    class Texts {

        @Test
        void takeStringsAndNull() {
            assertThat(read(new StrictJson.Text(), "\"Klea\"")).isEqualTo("Klea");
            assertThat(read(new StrictJson.Text(), "null")).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"5", "true", "{\"a\": 1}"})
        void refuseNumbersBooleansAndObjects(String json) {
            assertThatThrownBy(() -> read(new StrictJson.Text(), json)).isInstanceOf(JsonbException.class);
        }
    }
}
