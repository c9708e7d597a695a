package eu.cginternational.domain.guidance;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.time.PlausibleDate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One guidance conversation of a counsellor with a student of their school: when, about what, and
 * the counsellor's notes. A private note is for the counsellors of the school only; the student
 * sees the session and its topics but not the note. The school is fixed when the session is
 * recorded, so that a later move of the student does not open the notes to the new school.
 *
 * <p>A session is recorded once it has taken place, on its day or later, never ahead ({@link #isHeldBy}). Its day is a
 * day at the school, where it is held, on the clock of the school's country; not the server's day (UTC), which in
 * Tirana is still yesterday for an hour or two after midnight and would refuse a session held today as ahead.
 */
@Entity
@Table(name = "guidance_session")
public class GuidanceSession extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TOPICS_MAXLENGTH = 300;
    public static final int NOTES_MAXLENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private UserAccount student;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "counsellor_id", nullable = false, updatable = false)
    private UserAccount counsellor;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private Institution school;

    @Column(name = "held_on", nullable = false)
    @NotNull(message = "{guidance.held_on.required}")
    @PlausibleDate
    private LocalDate heldOn;

    @Column(length = TOPICS_MAXLENGTH, nullable = false)
    @NotBlank(message = "{guidance.topics.required}")
    @Size(max = TOPICS_MAXLENGTH, message = "{guidance.topics.too_long}")
    @PlainText
    private String topics;

    @Column(name = "notes_text", length = NOTES_MAXLENGTH)
    @Size(max = NOTES_MAXLENGTH, message = "{guidance.notes.too_long}")
    @PlainParagraphs
    private String notes;

    @Column(name = "private_note", nullable = false)
    private boolean privateNote;

    protected GuidanceSession() {
        // for JPA
    }

    public GuidanceSession(UserAccount student, UserAccount counsellor, LocalDate heldOn, String topics, String notes,
            boolean privateNote) {
        this.student = student;
        this.counsellor = counsellor;
        this.school = student.getInstitution();
        this.heldOn = heldOn;
        this.topics = topics == null ? null : topics.strip();
        this.notes = notes == null || notes.isBlank() ? null : notes.strip();
        this.privateNote = privateNote;
    }

    /**
     * Whether the session has taken place by the day, the school's today ({@link Institution#dayAt}): held on it or
     * before. A session without a date is reported as such by its constraint, not as one in the future.
     */
    public boolean isHeldBy(LocalDate today) {
        return heldOn == null || !heldOn.isAfter(today);
    }

    /** Erases the notes, for the student's anonymisation; the session still counts in the indicators. */
    public void eraseNotes() {
        notes = null;
    }

    /** The notes as the given reader may see them: a private note only for the counsellors, never for the student. */
    public String notesFor(boolean counsellorOfTheSchool) {
        return privateNote && !counsellorOfTheSchool ? null : notes;
    }

    public UserAccount getStudent() {
        return student;
    }

    public UserAccount getCounsellor() {
        return counsellor;
    }

    public Institution getSchool() {
        return school;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getTopics() {
        return topics;
    }

    public String getNotes() {
        return notes;
    }

    public boolean isPrivateNote() {
        return privateNote;
    }
}
