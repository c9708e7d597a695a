package eu.cginternational.domain.guidance;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One completed interest self-assessment of a student: the raw score per type and the code, with
 * the questionnaire version answered. The answers themselves are not kept (only what the result
 * needs). A student retakes the questionnaire by completing a new one; old results stay for
 * comparison. Never changed once recorded.
 */
@Entity
@Table(name = "interest_assessment")
@NamedQuery(name = "InterestAssessment.ofStudent",
        query = "SELECT a FROM InterestAssessment a WHERE a.student = :student ORDER BY a.completedAt DESC, a.id DESC")
@NamedQuery(name = "InterestAssessment.countCompleted", query = "SELECT COUNT(a) FROM InterestAssessment a")
public class InterestAssessment extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id", nullable = false, updatable = false)
    private UserAccount student;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "questionnaire_version", length = 20, nullable = false, updatable = false)
    private String questionnaireVersion;

    @Column(name = "items_per_type", nullable = false, updatable = false)
    private int itemsPerType;

    @Column(name = "score_r", nullable = false, updatable = false)
    private int scoreR;

    @Column(name = "score_i", nullable = false, updatable = false)
    private int scoreI;

    @Column(name = "score_a", nullable = false, updatable = false)
    private int scoreA;

    @Column(name = "score_s", nullable = false, updatable = false)
    private int scoreS;

    @Column(name = "score_e", nullable = false, updatable = false)
    private int scoreE;

    @Column(name = "score_c", nullable = false, updatable = false)
    private int scoreC;

    @Column(name = "riasec_code", length = 3, nullable = false, updatable = false)
    private String code;

    protected InterestAssessment() {
        // for JPA
    }

    public InterestAssessment(UserAccount student, String questionnaireVersion, InterestProfile profile, Instant completedAt) {
        this.student = Objects.requireNonNull(student, "student");
        this.questionnaireVersion = Objects.requireNonNull(questionnaireVersion, "questionnaireVersion");
        this.completedAt = Objects.requireNonNull(completedAt, "completedAt");
        this.itemsPerType = profile.itemsPerType();
        this.scoreR = profile.raw(RiasecType.R);
        this.scoreI = profile.raw(RiasecType.I);
        this.scoreA = profile.raw(RiasecType.A);
        this.scoreS = profile.raw(RiasecType.S);
        this.scoreE = profile.raw(RiasecType.E);
        this.scoreC = profile.raw(RiasecType.C);
        this.code = profile.code().toString();
    }

    public UserAccount getStudent() {
        return student;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public String getCode() {
        return code;
    }

    /** The scores as a profile, for percentages and fits. */
    public InterestProfile getProfile() {
        Map<RiasecType, Integer> raw = new EnumMap<>(RiasecType.class);
        raw.put(RiasecType.R, scoreR);
        raw.put(RiasecType.I, scoreI);
        raw.put(RiasecType.A, scoreA);
        raw.put(RiasecType.S, scoreS);
        raw.put(RiasecType.E, scoreE);
        raw.put(RiasecType.C, scoreC);
        return new InterestProfile(raw, itemsPerType);
    }
}
