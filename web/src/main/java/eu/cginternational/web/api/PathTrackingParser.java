package eu.cginternational.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.math.BigDecimal;
import java.util.LinkedList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A JSON parser that knows where in the request body it is: the property names and list positions that lead to
 * the value it came to last ({@link #path()}). JSON-B offers no structured way to learn which property a value it could
 * not read belongs to: Yasson's DeserializationContext has no path, and the property's name appears only in the text
 * of its exceptions ("Unable to deserialize property 'x' because of: ..."), which its next version may word
 * differently. So {@link JsonBinding} reads each body through this parser and asks it, when the reading fails.
 *
 * <p>The path is the last value's, not the parser's position: before Yasson refuses a value of the wrong kind it
 * looks one event ahead (its PositionChecker, for a number where a list belongs), which may be the end of the object.
 */
final class PathTrackingParser implements JsonParser {

    /** An open object (its current key) or list (the position of its current entry, -1 before the first). */
    private static final class Level {
        final boolean list;
        String key;
        int position = -1;

        Level(boolean list) {
            this.list = list;
        }
    }

    private final JsonParser parser;
    /** The open objects and lists, the outermost first. */
    private final LinkedList<Level> levels = new LinkedList<>();
    private List<Object> path = List.of();
    private Event last;

    PathTrackingParser(JsonParser parser) {
        this.parser = parser;
    }

    /**
     * The property names (strings) and list positions (integers) that lead from the body to the value the parser came
     * to last; empty for the body itself.
     */
    List<Object> path() {
        return path;
    }

    @Override
    public Event next() {
        Event event = parser.next();
        last = event;
        switch (event) {
            case KEY_NAME -> levels.getLast().key = parser.getString();
            case END_OBJECT, END_ARRAY -> levels.removeLast();
            default -> {
                if (!levels.isEmpty() && levels.getLast().list) {
                    levels.getLast().position++;
                }
                path = levels.stream().map(level -> level.list ? (Object) level.position : level.key).toList();
                if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                    levels.add(new Level(event == Event.START_ARRAY));
                }
            }
        }
        return event;
    }

    /** Reads a whole object or list at once, which closes the level its start opened. */
    private <T> T whole(Supplier<T> read) {
        boolean opened = last == Event.START_OBJECT || last == Event.START_ARRAY;
        T value = read.get();
        if (opened) {
            levels.removeLast();
        }
        return value;
    }

    @Override
    public JsonValue getValue() {
        return whole(parser::getValue);
    }

    @Override
    public JsonObject getObject() {
        return whole(parser::getObject);
    }

    @Override
    public JsonArray getArray() {
        return whole(parser::getArray);
    }

    @Override
    public void skipObject() {
        // Advances to the end of the object the parser is in, whether on its start or inside it.
        parser.skipObject();
        levels.removeLast();
        last = Event.END_OBJECT;
    }

    @Override
    public void skipArray() {
        parser.skipArray();
        levels.removeLast();
        last = Event.END_ARRAY;
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public String getString() {
        return parser.getString();
    }

    @Override
    public boolean isIntegralNumber() {
        return parser.isIntegralNumber();
    }

    @Override
    public int getInt() {
        return parser.getInt();
    }

    @Override
    public long getLong() {
        return parser.getLong();
    }

    @Override
    public BigDecimal getBigDecimal() {
        return parser.getBigDecimal();
    }

    @Override
    public JsonLocation getLocation() {
        return parser.getLocation();
    }

    @Override
    public Event currentEvent() {
        return parser.currentEvent();
    }

    @Override
    public void close() {
        parser.close();
    }
}
