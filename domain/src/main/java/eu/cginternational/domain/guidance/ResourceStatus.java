package eu.cginternational.domain.guidance;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a library resource: written as a draft, published by a coordinator for everyone who
 * signs in, archived when outdated (and published again if it becomes current). Only published
 * resources are listed for readers; drafts are seen by their author and the coordinators.
 */
public enum ResourceStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    public Set<ResourceStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED, ARCHIVED);
            case PUBLISHED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.of(PUBLISHED);
        };
    }

    public boolean mayBecome(ResourceStatus target) {
        return next().contains(target);
    }
}
