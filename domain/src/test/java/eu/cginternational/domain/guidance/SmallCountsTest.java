package eu.cginternational.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallCountsTest {

    @Nested
    class Suppressed {

        @ParameterizedTest
        @ValueSource(longs = {1, 2, 3, 4})
        void countsFromOneToFourAreShownAsLessThanFive(long count) {
            assertThat(SmallCounts.shown(count)).isEqualTo("<5");
            assertThat(SmallCounts.isSuppressed(count)).isTrue();
        }
    }

    @Nested
    class Shown {

        @Test
        void zeroIsShownBecauseItSinglesNobodyOut() {
            assertThat(SmallCounts.shown(0)).isEqualTo("0");
        }

        @ParameterizedTest
        @ValueSource(longs = {5, 6, 17, 1_000_000})
        void fiveAndMoreAreShownAsTheyAre(long count) {
            assertThat(SmallCounts.shown(count)).isEqualTo(Long.toString(count));
            assertThat(SmallCounts.isSuppressed(count)).isFalse();
        }
    }

    @Test
    void aNegativeCountIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> SmallCounts.shown(-1));
    }
}
