package eu.cginternational.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Identity, optimistic lock and timestamps shared by every mutable aggregate root.
 *
 * <p>Equality is by id once the entity is persisted; before that an entity is only equal to itself.
 * The version has no setter: only the persistence provider moves it, so a stale copy sent back by a
 * user is detected at commit.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private Long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @PrePersist
    void beforeInsert() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void beforeUpdate() {
        updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isNew() {
        return id == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || id == null || !(other instanceof BaseEntity that)) {
            return false;
        }
        // Compare the mapped classes, not the runtime ones, so that a lazy proxy equals its entity.
        return entityClass(this) == entityClass(that) && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : Objects.hash(entityClass(this), id);
    }

    private static Class<?> entityClass(BaseEntity entity) {
        Class<?> type = entity.getClass();
        while (type.getSuperclass() != null && type.getSuperclass() != BaseEntity.class
                && !type.isAnnotationPresent(jakarta.persistence.Entity.class)) {
            type = type.getSuperclass();
        }
        return type;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + id + "]";
    }
}
