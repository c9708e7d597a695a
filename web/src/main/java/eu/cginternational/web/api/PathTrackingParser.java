package eu.cginternational.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
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
 *
 * <p>It also refuses a plain value (text, number, yes or no) where the body's class takes an object: Yasson would read
 * on to the next object in the body and take that instead, so {@code [5, {...}]} became one entry, the 5 dropped.
 */
final class PathTrackingParser implements JsonParser {

    /**
     * An open object (its current key) or list (the position of its current entry, -1 before the first), and the type
     * the body's class reads it as (null where the class does not say).
     */
    private static final class Level {
        final boolean list;
        final Type type;
        String key;
        int position = -1;

        Level(boolean list, Type type) {
            this.list = list;
            this.type = type;
        }

        /** The type of the value that comes next in this object or list. */
        Type next() {
            if (type == null) {
                return null;
            }
            return list ? UnreadableProperty.entryType(type) : UnreadableProperty.memberType(type, key);
        }
    }

    private final JsonParser parser;
    private final Type body;
    /** The open objects and lists, the outermost first. */
    private final LinkedList<Level> levels = new LinkedList<>();
    private List<Object> path = List.of();
    private Event last;

    PathTrackingParser(JsonParser parser, Type body) {
        this.parser = parser;
        this.body = body;
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
                Type expected = levels.isEmpty() ? body : levels.getLast().next();
                if (event == Event.START_OBJECT || event == Event.START_ARRAY) {
                    levels.add(new Level(event == Event.START_ARRAY, expected));
                } else if (event != Event.VALUE_NULL && expected != null && UnreadableProperty.takesObject(expected)) {
                    throw new JsonbException("A plain value (" + event + ") where an object belongs");
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
