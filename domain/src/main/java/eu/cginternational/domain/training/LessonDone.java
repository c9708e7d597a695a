package eu.cginternational.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A participant marked a lesson of a self-paced module done, once per registration and lesson. */
@Entity
@Table(name = "learning_lesson_done",
        uniqueConstraints = @UniqueConstraint(name = "uq_lesson_done", columnNames = {"registration_id", "lesson_id"}))
public class LessonDone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lesson_id", nullable = false, updatable = false)
    private Lesson lesson;

    @Column(name = "done_at", nullable = false, updatable = false)
    private Instant doneAt;

    protected LessonDone() {
        // for JPA
    }

    public LessonDone(Registration registration, Lesson lesson, Instant doneAt) {
        this.registration = registration;
        this.lesson = lesson;
        this.doneAt = doneAt;
    }

    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
