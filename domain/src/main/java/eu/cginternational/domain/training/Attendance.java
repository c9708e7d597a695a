package eu.cginternational.domain.training;

import eu.cginternational.domain.account.UserAccount;
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

/**
 * Whether a person holding a seat was present at one session, as the provider marked it last, and
 * who marked it when. One per session and registration (also in the database); made and changed
 * only by {@link Training#markAttendance}.
 */
@Entity
@Table(name = "training_attendance",
        uniqueConstraints = @UniqueConstraint(name = "uq_attendance_session", columnNames = {"registration_id", "session_id"}))
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false, updatable = false)
    private TrainingSession session;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false)
    private Registration registration;

    @Column(nullable = false)
    private boolean present;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "marked_by_id", nullable = false)
    private UserAccount markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected Attendance() {
        // for JPA
    }

    Attendance(TrainingSession session, Registration registration) {
        this.session = session;
        this.registration = registration;
    }

    void mark(boolean isPresent, UserAccount by, Instant now) {
        this.present = isPresent;
        this.markedBy = by;
        this.markedAt = now;
    }

    public Long getId() {
        return id;
    }

    public TrainingSession getSession() {
        return session;
    }

    public Registration getRegistration() {
        return registration;
    }

    public boolean isPresent() {
        return present;
    }

    public UserAccount getMarkedBy() {
        return markedBy;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }
}
