package eu.cginternational.web.api;

import java.util.List;

/** One page of a list: its rows and the size of the whole filtered list. */
public record ListResult<T>(List<T> items, long total) {
}
