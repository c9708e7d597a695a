package eu.cginternational.domain.guidance;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Holland code: one to three different RIASEC letters, the first the strongest ({@code RIC}).
 * A value object: immutable, equal by its letters.
 */
public final class RiasecCode implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<RiasecType> types;

    private RiasecCode(List<RiasecType> types) {
        this.types = List.copyOf(types);
    }

    /** Whether the text is a valid code: one to three different letters of R, I, A, S, E, C. */
    public static boolean isValid(String text) {
        if (text == null || text.isEmpty() || text.length() > 3 || !text.matches("[RIASEC]+")) {
            return false;
        }
        return text.chars().distinct().count() == text.length();
    }

    public static RiasecCode parse(String text) {
        if (!isValid(text)) {
            throw new IllegalArgumentException("A RIASEC code is one to three different letters of RIASEC: " + text);
        }
        List<RiasecType> letters = new ArrayList<>();
        text.chars().forEach(c -> letters.add(RiasecType.of((char) c)));
        return new RiasecCode(letters);
    }

    public static RiasecCode of(List<RiasecType> types) {
        Set<RiasecType> distinct = types.isEmpty() ? EnumSet.noneOf(RiasecType.class) : EnumSet.copyOf(types);
        if (types.isEmpty() || types.size() > 3 || distinct.size() != types.size()) {
            throw new IllegalArgumentException("A RIASEC code is one to three different types: " + types);
        }
        return new RiasecCode(types);
    }

    /** The letters, strongest first. */
    public List<RiasecType> types() {
        return types;
    }

    public boolean contains(RiasecType type) {
        return types.contains(type);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RiasecCode that && types.equals(that.types);
    }

    @Override
    public int hashCode() {
        return types.hashCode();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(3);
        types.forEach(type -> text.append(type.letter()));
        return text.toString();
    }
}
