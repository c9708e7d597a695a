package eu.cginternational.service.query;

import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells {@link ListTotals} of every entity written, whichever service wrote it. A default entity
 * listener (META-INF/orm.xml), so that no write path can forget it and the domain stays unaware.
 */
public class ListChanges {

    @Inject
    ListTotals totals;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        totals.changed(entity.getClass());
    }
}
