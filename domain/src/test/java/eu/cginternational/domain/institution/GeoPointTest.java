package eu.cginternational.domain.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Nested
    class Latitude {

        @Test
        void polesAreValid() {
            assertThat(new GeoPoint(90, 0).getLatitude()).isEqualTo(90.0);
            assertThat(new GeoPoint(-90, 0).getLatitude()).isEqualTo(-90.0);
        }

        @Test
        void beyondTheNorthPoleIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new GeoPoint(90.0001, 0));
        }

        @Test
        void beyondTheSouthPoleIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new GeoPoint(-90.0001, 0));
        }

        @Test
        void notANumberIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
        }
    }

    @Nested
    class Longitude {

        @Test
        void antimeridianIsValid() {
            assertThat(new GeoPoint(0, 180).getLongitude()).isEqualTo(180.0);
            assertThat(new GeoPoint(0, -180).getLongitude()).isEqualTo(-180.0);
        }

        @Test
        void beyondPlus180IsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, 180.0001));
        }

        @Test
        void beyondMinus180IsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -180.0001));
        }

        @Test
        void notANumberIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, Double.NaN));
        }

        @Test
        void infinityIsRejected() {
            assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, Double.POSITIVE_INFINITY));
        }
    }

    @Nested
    class Equality {

        @Test
        void pointsWithTheSameCoordinatesAreEqual() {
            GeoPoint podgorica = new GeoPoint(42.4411, 19.2636);
            GeoPoint same = new GeoPoint(42.4411, 19.2636);

            assertThat(podgorica).isEqualTo(same);
            assertThat(podgorica.hashCode()).isEqualTo(same.hashCode());
        }

        @Test
        void pointsWithSwappedCoordinatesDiffer() {
            assertThat(new GeoPoint(42.0, 19.0)).isNotEqualTo(new GeoPoint(19.0, 42.0));
        }

        @Test
        void pointsWithDifferentLatitudeDiffer() {
            assertThat(new GeoPoint(42.0, 19.0)).isNotEqualTo(new GeoPoint(42.5, 19.0));
        }
    }
}
