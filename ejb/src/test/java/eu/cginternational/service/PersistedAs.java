package eu.cginternational.service;

import eu.cginternational.domain.BaseEntity;
import java.lang.reflect.Field;

/** Gives a test entity the id the database would give it, since ids have no setter (as the domain's tests do). */
public final class PersistedAs {

    private PersistedAs() {
    }

    public static <T extends BaseEntity> T withId(T entity, long id) {
        try {
            Field field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
