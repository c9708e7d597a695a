package eu.cginternational.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PlausibleDateTest {

    @PlausibleDate
    private LocalDate record;

    @PlausibleDate(from = 1900)
    private LocalDate published;

    private static boolean valid(String field, Temporal value) {
        try {
            PlausibleDateValidator validator = new PlausibleDateValidator();
            validator.initialize(PlausibleDateTest.class.getDeclaredField(field).getAnnotation(PlausibleDate.class));
            return validator.isValid(value, null);
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void datesWithinTheYearsAndNoDateAreValid() {
        assertThat(valid("record", LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(valid("record", LocalDateTime.of(2099, 12, 31, 23, 59))).isTrue();
        assertThat(valid("record", Instant.parse("2026-12-01T10:00:00Z"))).isTrue();
        assertThat(valid("published", LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(valid("record", null)).isTrue();
    }

    @Test
    void yearsTheDatabasesCannotStoreOrARecordCannotBeAboutAreRefused() {
        assertThat(valid("record", LocalDate.of(10000, 1, 10))).isFalse();
        assertThat(valid("record", LocalDate.of(0, 1, 1))).isFalse();
        assertThat(valid("record", LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(valid("record", LocalDateTime.of(2100, 1, 1, 0, 0))).isFalse();
        assertThat(valid("record", Instant.MAX)).isFalse();
        assertThat(valid("record", Instant.MIN)).isFalse();
        assertThat(valid("published", LocalDate.of(1899, 12, 31))).isFalse();
    }

    @Test
    void theMessageNamesTheYearsInEveryLanguage() {
        for (String language : new String[] {"en", "sq", "sr-Latn-ME"}) {
            String message = ResourceBundle.getBundle("ValidationMessages", java.util.Locale.forLanguageTag(language))
                    .getString("date.implausible");
            assertThat(message).as(language).contains("{from}", "{to}");
        }
    }
}
