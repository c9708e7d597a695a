package eu.cginternational.domain.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * A position on the earth in decimal degrees (WGS 84). Used for the great-circle distance between
 * a sending and a host city, so it is validated on construction and never changes.
 */
@Embeddable
public class GeoPoint implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "latitude", nullable = false)
    private double latitude;

    @Column(name = "longitude", nullable = false)
    private double longitude;

    protected GeoPoint() {
        // for JPA
    }

    public GeoPoint(double latitude, double longitude) {
        if (Double.isNaN(latitude) || latitude < -90 || latitude > 90) {
            throw new IllegalArgumentException("Latitude must lie between -90 and 90: " + latitude);
        }
        if (Double.isNaN(longitude) || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("Longitude must lie between -180 and 180: " + longitude);
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public double getLatitude() {
        return latitude;
    }

    public double getLongitude() {
        return longitude;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GeoPoint that
                && Double.compare(latitude, that.latitude) == 0
                && Double.compare(longitude, that.longitude) == 0;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(latitude) * 31 + Double.hashCode(longitude);
    }

    @Override
    public String toString() {
        return latitude + "," + longitude;
    }
}
