package eu.cginternational.service.mobility;

import eu.cginternational.domain.learning.CefrLevel;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.learning.Recognition;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

import static eu.cginternational.domain.learning.LearningAgreementContent.MAX_HOURS_PER_WEEK;
import static eu.cginternational.domain.learning.LearningAgreementContent.MENTOR_EMAIL_MAXLENGTH;
import static eu.cginternational.domain.learning.LearningAgreementContent.MENTOR_FUNCTION_MAXLENGTH;
import static eu.cginternational.domain.learning.LearningAgreementContent.MENTOR_NAME_MAXLENGTH;
import static eu.cginternational.domain.learning.LearningAgreementContent.MIN_HOURS_PER_WEEK;
import static eu.cginternational.domain.learning.LearningAgreementContent.OUTCOMES_MAXLENGTH;
import static eu.cginternational.domain.learning.LearningAgreementContent.TASKS_MAXLENGTH;
import static eu.cginternational.domain.learning.LearningAgreementContent.TEXT_MAXLENGTH;

/**
 * What the sending school enters for the learning agreement. {@code version} is the version of the
 * agreement last read (empty while there is none); {@code reason} says why, and is required once
 * the mobility has been approved by the ministry, when the change becomes a new version.
 */
public class LearningAgreementDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{learning.outcomes.required}")
    @Size(max = OUTCOMES_MAXLENGTH, message = "{learning.outcomes.too_long}")
    @PlainParagraphs
    private String learningOutcomes;

    @NotBlank(message = "{learning.tasks.required}")
    @Size(max = TASKS_MAXLENGTH, message = "{learning.tasks.too_long}")
    @PlainParagraphs
    private String tasks;

    @NotNull(message = "{learning.hours.required}")
    @Min(value = MIN_HOURS_PER_WEEK, message = "{learning.hours.range}")
    @Max(value = MAX_HOURS_PER_WEEK, message = "{learning.hours.range}")
    private Integer hoursPerWeek;

    @NotBlank(message = "{learning.mentor_name.required}")
    @Size(max = MENTOR_NAME_MAXLENGTH, message = "{learning.mentor_name.too_long}")
    @PlainText
    private String mentorName;

    @Size(max = MENTOR_FUNCTION_MAXLENGTH, message = "{learning.mentor_function.too_long}")
    @PlainText
    private String mentorFunction;

    @NotBlank(message = "{learning.mentor_email.required}")
    @Size(max = MENTOR_EMAIL_MAXLENGTH, message = "{learning.mentor_email.too_long}")
    @Email(message = "{learning.mentor_email.invalid}")
    private String mentorEmail;

    @NotBlank(message = "{learning.monitoring.required}")
    @Size(max = TEXT_MAXLENGTH, message = "{learning.monitoring.too_long}")
    @PlainParagraphs
    private String monitoring;

    @NotBlank(message = "{learning.assessment.required}")
    @Size(max = TEXT_MAXLENGTH, message = "{learning.assessment.too_long}")
    @PlainParagraphs
    private String assessment;

    @NotNull(message = "{learning.recognition.required}")
    private Recognition recognition;

    @Size(max = TEXT_MAXLENGTH, message = "{learning.recognition_details.too_long}")
    @PlainParagraphs
    private String recognitionDetails;

    @NotBlank(message = "{learning.language.required}")
    private String workLanguage;

    @NotNull(message = "{learning.level.required}")
    private CefrLevel languageLevel;

    @Size(max = LearningAgreementVersion.REASON_MAXLENGTH, message = "{learning.reason.too_long}")
    @PlainParagraphs
    private String reason;

    private Long version;

    /** A draft holding the current version of the agreement, to change it. */
    public static LearningAgreementDraft of(LearningAgreement agreement) {
        LearningAgreementContent content = agreement.getCurrent().getContent();
        LearningAgreementDraft draft = new LearningAgreementDraft();
        draft.learningOutcomes = content.getLearningOutcomes();
        draft.tasks = content.getTasks();
        draft.hoursPerWeek = content.getHoursPerWeek();
        draft.mentorName = content.getMentorName();
        draft.mentorFunction = content.getMentorFunction();
        draft.mentorEmail = content.getMentorEmail();
        draft.monitoring = content.getMonitoring();
        draft.assessment = content.getAssessment();
        draft.recognition = content.getRecognition();
        draft.recognitionDetails = content.getRecognitionDetails();
        draft.workLanguage = content.getWorkLanguage();
        draft.languageLevel = content.getLanguageLevel();
        draft.version = agreement.getVersion();
        return draft;
    }

    /** The content for the domain; call after validation. */
    LearningAgreementContent toContent() {
        return new LearningAgreementContent(learningOutcomes, tasks, hoursPerWeek,
                new LearningAgreementContent.Mentor(mentorName, mentorFunction, mentorEmail), monitoring, assessment,
                recognition, recognitionDetails, workLanguage, languageLevel);
    }

    public String getLearningOutcomes() {
        return learningOutcomes;
    }

    public void setLearningOutcomes(String learningOutcomes) {
        this.learningOutcomes = learningOutcomes;
    }

    public String getTasks() {
        return tasks;
    }

    public void setTasks(String tasks) {
        this.tasks = tasks;
    }

    public Integer getHoursPerWeek() {
        return hoursPerWeek;
    }

    public void setHoursPerWeek(Integer hoursPerWeek) {
        this.hoursPerWeek = hoursPerWeek;
    }

    public String getMentorName() {
        return mentorName;
    }

    public void setMentorName(String mentorName) {
        this.mentorName = mentorName;
    }

    public String getMentorFunction() {
        return mentorFunction;
    }

    public void setMentorFunction(String mentorFunction) {
        this.mentorFunction = mentorFunction;
    }

    public String getMentorEmail() {
        return mentorEmail;
    }

    public void setMentorEmail(String mentorEmail) {
        this.mentorEmail = mentorEmail;
    }

    public String getMonitoring() {
        return monitoring;
    }

    public void setMonitoring(String monitoring) {
        this.monitoring = monitoring;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public Recognition getRecognition() {
        return recognition;
    }

    public void setRecognition(Recognition recognition) {
        this.recognition = recognition;
    }

    public String getRecognitionDetails() {
        return recognitionDetails;
    }

    public void setRecognitionDetails(String recognitionDetails) {
        this.recognitionDetails = recognitionDetails;
    }

    public String getWorkLanguage() {
        return workLanguage;
    }

    public void setWorkLanguage(String workLanguage) {
        this.workLanguage = workLanguage;
    }

    public CefrLevel getLanguageLevel() {
        return languageLevel;
    }

    public void setLanguageLevel(CefrLevel languageLevel) {
        this.languageLevel = languageLevel;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
