package eu.cginternational.domain.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.institution.GeoPoint;
import org.junit.jupiter.api.Test;

class GreatCircleTest {

    private static final GeoPoint TIRANA = new GeoPoint(41.3275, 19.8187);
    private static final GeoPoint VALENCIA = new GeoPoint(39.4699, -0.3763);

    @Test
    void parisToLondonIsAbout344Kilometres() {
        assertThat(GreatCircle.kilometres(new GeoPoint(48.8566, 2.3522), new GeoPoint(51.5074, -0.1278)))
                .isCloseTo(343.56, within(0.01));
    }

    @Test
    void tiranaToValenciaFallsIntoTheBandFrom500To1999Kilometres() {
        assertThat(GreatCircle.wholeKilometres(TIRANA, VALENCIA)).isEqualTo(1719);
    }

    @Test
    void theDistanceIsTheSameBothWays() {
        assertThat(GreatCircle.kilometres(VALENCIA, TIRANA)).isEqualTo(GreatCircle.kilometres(TIRANA, VALENCIA));
    }

    @Test
    void aPlaceIsNoDistanceFromItself() {
        assertThat(GreatCircle.kilometres(TIRANA, new GeoPoint(41.3275, 19.8187))).isZero();
    }

    @Test
    void antipodesAreHalfTheCircumferenceApart() {
        assertThat(GreatCircle.kilometres(new GeoPoint(0, 0), new GeoPoint(0, 180)))
                .isCloseTo(Math.PI * GreatCircle.EARTH_RADIUS_KM, within(0.001));
    }

    @Test
    void theDateLineIsCrossedTheShortWay() {
        assertThat(GreatCircle.kilometres(new GeoPoint(0, 179.5), new GeoPoint(0, -179.5)))
                .isCloseTo(111.19, within(0.01));
    }

    @Test
    void bothPlacesAreNeeded() {
        assertThrows(NullPointerException.class, () -> GreatCircle.kilometres(TIRANA, null));
    }
}
