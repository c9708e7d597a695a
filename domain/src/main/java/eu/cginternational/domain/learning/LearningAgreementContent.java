package eu.cginternational.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * What a learning agreement says: the learning outcomes and tasks, the hours per week, the mentor
 * at the host, how progress is monitored and results are assessed, how they are recognised, and
 * the language of work with the level it needs. A value: it never changes; a new content replaces
 * it. The constructor guards the invariants; the service checks the same limits first and tells
 * the person which field to correct.
 */
@Embeddable
public class LearningAgreementContent implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int OUTCOMES_MAXLENGTH = 4000;
    public static final int TASKS_MAXLENGTH = 4000;
    public static final int TEXT_MAXLENGTH = 2000;
    public static final int MENTOR_NAME_MAXLENGTH = 150;
    public static final int MENTOR_FUNCTION_MAXLENGTH = 150;
    public static final int MENTOR_EMAIL_MAXLENGTH = 254;
    public static final int MIN_HOURS_PER_WEEK = 1;
    /** The weekly limit of the EU Working Time Directive. */
    public static final int MAX_HOURS_PER_WEEK = 48;

    /**
     * The languages of work one can choose, as ISO 639 codes: the official languages of the EU and
     * those of the Western Balkans and the other programme countries. {@code cnr} is Montenegrin.
     */
    public static final List<String> WORK_LANGUAGES = List.of("bg", "cs", "da", "de", "el", "en", "es", "et", "fi",
            "fr", "ga", "hr", "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
            "sq", "cnr", "sr", "bs", "mk", "tr", "is", "no");

    @Column(name = "learning_outcomes", length = OUTCOMES_MAXLENGTH, nullable = false)
    private String learningOutcomes;

    @Column(name = "tasks", length = TASKS_MAXLENGTH, nullable = false)
    private String tasks;

    @Column(name = "hours_per_week", nullable = false)
    private int hoursPerWeek;

    @Column(name = "mentor_name", length = MENTOR_NAME_MAXLENGTH, nullable = false)
    private String mentorName;

    @Column(name = "mentor_function", length = MENTOR_FUNCTION_MAXLENGTH)
    private String mentorFunction;

    @Column(name = "mentor_email", length = MENTOR_EMAIL_MAXLENGTH, nullable = false)
    private String mentorEmail;

    @Column(name = "monitoring", length = TEXT_MAXLENGTH, nullable = false)
    private String monitoring;

    @Column(name = "assessment", length = TEXT_MAXLENGTH, nullable = false)
    private String assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "recognition", length = 30, nullable = false)
    private Recognition recognition;

    @Column(name = "recognition_details", length = TEXT_MAXLENGTH)
    private String recognitionDetails;

    @Column(name = "work_language", length = 3, nullable = false)
    private String workLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "language_level", length = 2, nullable = false)
    private CefrLevel languageLevel;

    protected LearningAgreementContent() {
        // for JPA
    }

    /** The mentor at the host: name and e-mail required, function optional. */
    public record Mentor(String name, String function, String email) {
    }

    public LearningAgreementContent(String learningOutcomes, String tasks, int hoursPerWeek, Mentor mentor,
            String monitoring, String assessment, Recognition recognition, String recognitionDetails,
            String workLanguage, CefrLevel languageLevel) {
        this.learningOutcomes = required(learningOutcomes, "learningOutcomes", OUTCOMES_MAXLENGTH);
        this.tasks = required(tasks, "tasks", TASKS_MAXLENGTH);
        if (hoursPerWeek < MIN_HOURS_PER_WEEK || hoursPerWeek > MAX_HOURS_PER_WEEK) {
            throw new IllegalArgumentException("hoursPerWeek out of range: " + hoursPerWeek);
        }
        this.hoursPerWeek = hoursPerWeek;
        Objects.requireNonNull(mentor, "mentor");
        this.mentorName = required(mentor.name(), "mentorName", MENTOR_NAME_MAXLENGTH);
        this.mentorFunction = optional(mentor.function(), "mentorFunction", MENTOR_FUNCTION_MAXLENGTH);
        this.mentorEmail = required(mentor.email(), "mentorEmail", MENTOR_EMAIL_MAXLENGTH);
        this.monitoring = required(monitoring, "monitoring", TEXT_MAXLENGTH);
        this.assessment = required(assessment, "assessment", TEXT_MAXLENGTH);
        this.recognition = Objects.requireNonNull(recognition, "recognition");
        this.recognitionDetails = recognition.needsDetails()
                ? required(recognitionDetails, "recognitionDetails", TEXT_MAXLENGTH)
                : optional(recognitionDetails, "recognitionDetails", TEXT_MAXLENGTH);
        if (workLanguage == null || !WORK_LANGUAGES.contains(workLanguage)) {
            throw new IllegalArgumentException("Not a language of work: " + workLanguage);
        }
        this.workLanguage = workLanguage;
        this.languageLevel = Objects.requireNonNull(languageLevel, "languageLevel");
    }

    private static String required(String text, String field, int max) {
        String trimmed = optional(text, field, max);
        if (trimmed == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return trimmed;
    }

    private static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(field + " longer than " + max);
        }
        return trimmed;
    }

    public String getLearningOutcomes() {
        return learningOutcomes;
    }

    public String getTasks() {
        return tasks;
    }

    public int getHoursPerWeek() {
        return hoursPerWeek;
    }

    public Mentor getMentor() {
        return new Mentor(mentorName, mentorFunction, mentorEmail);
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMentorFunction() {
        return mentorFunction;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public String getMonitoring() {
        return monitoring;
    }

    public String getAssessment() {
        return assessment;
    }

    public Recognition getRecognition() {
        return recognition;
    }

    public String getRecognitionDetails() {
        return recognitionDetails;
    }

    public String getWorkLanguage() {
        return workLanguage;
    }

    public CefrLevel getLanguageLevel() {
        return languageLevel;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LearningAgreementContent that
                && hoursPerWeek == that.hoursPerWeek
                && learningOutcomes.equals(that.learningOutcomes)
                && tasks.equals(that.tasks)
                && mentorName.equals(that.mentorName)
                && Objects.equals(mentorFunction, that.mentorFunction)
                && mentorEmail.equals(that.mentorEmail)
                && monitoring.equals(that.monitoring)
                && assessment.equals(that.assessment)
                && recognition == that.recognition
                && Objects.equals(recognitionDetails, that.recognitionDetails)
                && workLanguage.equals(that.workLanguage)
                && languageLevel == that.languageLevel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(learningOutcomes, tasks, hoursPerWeek, mentorName, mentorFunction, mentorEmail, monitoring,
                assessment, recognition, recognitionDetails, workLanguage, languageLevel);
    }
}
