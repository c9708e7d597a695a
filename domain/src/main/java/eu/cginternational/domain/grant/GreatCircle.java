package eu.cginternational.domain.grant;

import eu.cginternational.domain.institution.GeoPoint;
import java.util.Objects;

/**
 * The great-circle distance between two places on a sphere the size of the earth, by the haversine
 * formula. Erasmus+ measures the one-way travel distance in a straight line over the earth's
 * surface, not along roads or flight routes, and so does this.
 */
public final class GreatCircle {

    /** The mean radius of the earth in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0;

    private GreatCircle() {
    }

    public static double kilometres(GeoPoint from, GeoPoint to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        double latitude1 = Math.toRadians(from.getLatitude());
        double latitude2 = Math.toRadians(to.getLatitude());
        double deltaLatitude = latitude2 - latitude1;
        double deltaLongitude = Math.toRadians(to.getLongitude() - from.getLongitude());
        double haversine = Math.pow(Math.sin(deltaLatitude / 2), 2)
                + Math.cos(latitude1) * Math.cos(latitude2) * Math.pow(Math.sin(deltaLongitude / 2), 2);
        // Rounding can push the haversine a hair above 1 for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1.0, haversine)));
    }

    /** The distance in whole kilometres, rounded to the nearest, as the bands count it. */
    public static int wholeKilometres(GeoPoint from, GeoPoint to) {
        return (int) Math.round(kilometres(from, to));
    }
}
