package eu.cginternational.service.query;

import jakarta.enterprise.inject.spi.CDI;
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
        if (totals == null) {
            // EclipseLink does not inject every listener instance it makes (seen for the training
            // entities during the demo data's start-up transaction): look the bean up instead.
            totals = CDI.current().select(ListTotals.class).get();
        }
        totals.changed(entity.getClass());
    }
}
