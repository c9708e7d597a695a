package eu.cginternational.service.training;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.time.PlausibleDate;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import eu.cginternational.service.config.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the coordinator enters for a training of the catalogue. The window and the deadline are
 * moments (UTC); the sessions carry their own time zone. {@code version} is the version seen when
 * editing; null when creating.
 */
public class TrainingDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "{training.title.required}")
    @Size(max = Training.TITLE_MAXLENGTH, message = "{training.title.too_long}")
    @PlainText
    private String title;

    @NotBlank(message = "{training.description.required}")
    @Size(max = Training.DESCRIPTION_MAXLENGTH, message = "{training.description.too_long}")
    @PlainParagraphs
    private String description;

    @Size(max = Training.TOPICS_MAXLENGTH, message = "{training.topics.too_long}")
    @PlainText
    private String topics;

    @NotNull(message = "{training.language.required}")
    private Language language;

    @NotNull(message = "{training.mode.required}")
    private TrainingMode mode;

    @NotNull(message = "{training.provider.required}")
    private Long providerId;

    @NotNull(message = "{training.capacity.required}")
    private Integer capacity;

    @NotNull(message = "{training.registration_opens.required}")
    @PlausibleDate
    private Instant registrationOpens;

    @NotNull(message = "{training.registration_closes.required}")
    @PlausibleDate
    private Instant registrationCloses;

    @NotNull(message = "{training.cancellation_deadline.required}")
    @PlausibleDate
    private Instant cancellationDeadline;

    @JsonbTypeDeserializer(StrictJson.YesNo.class)
    private boolean nominationRequired;

    /** The completion rule: the share of sessions, in percent, a person attends to complete. */
    @NotNull(message = "{training.completion_share.required}")
    @Min(value = 1, message = "{training.completion_share.range}")
    @Max(value = 100, message = "{training.completion_share.range}")
    private Integer completionShare = Training.DEFAULT_COMPLETION_SHARE;

    /** Whether people with fewer opportunities (rural school, first training) go ahead on the waiting list. */
    @JsonbTypeDeserializer(StrictJson.YesNo.class)
    private boolean priorityForFewerOpportunities;

    // None for a self-paced training, at least one otherwise: the training decides (training.rule.NO_SESSIONS).
    @Valid
    private List<@NotNull(message = "{list.entry.missing}") SessionDraft> sessions = new ArrayList<>();

    private Long version;

    public static TrainingDraft of(Training training) {
        TrainingDraft draft = new TrainingDraft();
        draft.title = training.getTitle();
        draft.description = training.getDescription();
        draft.topics = training.getTopics();
        draft.language = training.getLanguage();
        draft.mode = training.getMode();
        draft.providerId = training.getProvider().getId();
        draft.capacity = training.getCapacity();
        draft.registrationOpens = training.getRegistrationOpens();
        draft.registrationCloses = training.getRegistrationCloses();
        draft.cancellationDeadline = training.getCancellationDeadline();
        draft.nominationRequired = training.isNominationRequired();
        draft.completionShare = training.getCompletionShare();
        draft.priorityForFewerOpportunities = training.isPriorityForFewerOpportunities();
        draft.sessions = new ArrayList<>(training.getSessions().stream().map(SessionDraft::of).toList());
        draft.version = training.getVersion();
        return draft;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public TrainingMode getMode() {
        return mode;
    }

    public void setMode(TrainingMode mode) {
        this.mode = mode;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Instant getRegistrationOpens() {
        return registrationOpens;
    }

    public void setRegistrationOpens(Instant registrationOpens) {
        this.registrationOpens = registrationOpens;
    }

    public Instant getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(Instant registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public Instant getCancellationDeadline() {
        return cancellationDeadline;
    }

    public void setCancellationDeadline(Instant cancellationDeadline) {
        this.cancellationDeadline = cancellationDeadline;
    }

    public boolean isNominationRequired() {
        return nominationRequired;
    }

    public void setNominationRequired(boolean nominationRequired) {
        this.nominationRequired = nominationRequired;
    }

    public List<SessionDraft> getSessions() {
        return sessions;
    }

    public void setSessions(List<SessionDraft> sessions) {
        this.sessions = sessions == null ? new ArrayList<>() : sessions;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Integer getCompletionShare() {
        return completionShare;
    }

    public void setCompletionShare(Integer completionShare) {
        this.completionShare = completionShare;
    }

    public boolean isPriorityForFewerOpportunities() {
        return priorityForFewerOpportunities;
    }

    public void setPriorityForFewerOpportunities(boolean priorityForFewerOpportunities) {
        this.priorityForFewerOpportunities = priorityForFewerOpportunities;
    }
}
