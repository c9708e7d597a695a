package eu.cginternational.service.query;

import java.io.Serializable;
import java.util.List;

/** One page of a list and the number of rows of the whole filtered list. */
public record Page<T>(List<T> items, long total) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }
}
