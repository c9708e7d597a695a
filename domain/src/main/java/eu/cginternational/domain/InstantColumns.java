package eu.cginternational.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@link Instant} as a SQL TIMESTAMP in UTC. EclipseLink 4.0 binds an {@code Instant}
 * as serialised bytes on Derby, which a TIMESTAMP column refuses; this converter makes the mapping
 * explicit and the same on Derby and PostgreSQL. The server runs with {@code user.timezone=UTC}.
 */
@Converter(autoApply = true)
public class InstantColumns implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
