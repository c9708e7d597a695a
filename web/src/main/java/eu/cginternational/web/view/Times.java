package eu.cginternational.web.view;

import eu.cginternational.web.converter.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * Moments as the pages show them, for the cells of a list's export: an exporter writes a column's value as it is,
 * without the converter the page gives it.
 */
@Named
@ApplicationScoped
public class Times {

    public String utc(Instant moment) {
        return InstantConverter.format(moment);
    }
}
