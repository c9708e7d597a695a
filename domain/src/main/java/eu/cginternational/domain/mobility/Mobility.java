package eu.cginternational.domain.mobility;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Isco;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.mobility.MobilityRuleException.Rule;
import eu.cginternational.domain.text.ErasedText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner or staff member of a VET school going abroad to a host organisation. The aggregate
 * guards its own rules: the duration fits the type, the type fits the participant (learners for
 * learner types, staff for staff types), only legal transitions happen, a comment comes with every
 * refusal, and neither the participant nor anyone who submitted the application can approve it
 * (four eyes), nothing starts before its first day and nothing ends before its last. Each transition
 * appends a {@link MobilityStep} to the history. The host is an institution with someone to act
 * for it ({@link #hostRole}).
 *
 * <p>Days are the sending school's ({@link #dayAt}), for the people acting and for the platform's own start on the
 * first day alike.
 */
@Entity
@Table(name = "mobility")
public class Mobility extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int REPORT_MAXLENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", nullable = false)
    private UserAccount participant;

    @Enumerated(EnumType.STRING)
    @Column(length = 30, nullable = false)
    private MobilityType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sending_school_id", nullable = false, updatable = false)
    private Institution sendingSchool;

    /**
     * The sending school's country, kept with the mobility: a ministry's list holds the mobilities of
     * its country's schools, and reads them in date order from an index (migration 019) instead of
     * joining every mobility to its school and sorting them all.
     */
    @Column(name = "sending_country_code", length = 2, nullable = false)
    private String sendingCountryCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id", nullable = false)
    private Institution host;

    /*
     * The three keys above as plain columns, read-only, for the lists only: selecting participant.id through the
     * association makes EclipseLink join its table, and a list page takes the names from the shared cache instead.
     */
    @Column(name = "participant_id", insertable = false, updatable = false)
    private Long participantId;

    @Column(name = "sending_school_id", insertable = false, updatable = false)
    private Long sendingSchoolId;

    @Column(name = "host_id", insertable = false, updatable = false)
    private Long hostId;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private MobilityStatus status = MobilityStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "submitted_by_id")
    private UserAccount submittedBy;

    /**
     * Who made the draft: the participant, someone of the sending school applying for them, or the school
     * accepting the participant's application to a placement. Null for mobilities made before it was recorded
     * whose creation the audit log does not tell (migration 031).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by_id", updatable = false)
    private UserAccount createdBy;

    @Column(name = "report_text", length = REPORT_MAXLENGTH)
    private String report;

    @Column(name = "report_submitted_at")
    private Instant reportSubmittedAt;

    @Column(name = "report_reminded_at")
    private Instant reportRemindedAt;

    @Column(name = "green_travel", nullable = false)
    private boolean greenTravel;

    @Column(name = "inclusion_support", nullable = false)
    private boolean inclusionSupport;

    /** The ISCO-08 unit group of the occupation the placement trains for; null when none was named. */
    @Column(name = "isco_code", length = 4)
    private String iscoCode;

    /**
     * When what a learning agreement states of the mobility itself (type, host, dates, occupation) last
     * changed after the application was made; null while it is as first applied for. A signature of the
     * agreement sent before it is of another mobility and does not count (migration 028).
     */
    @Column(name = "terms_changed_at")
    private Instant termsChangedAt;

    @OneToMany(mappedBy = "mobility", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<MobilityStep> history = new ArrayList<>();

    protected Mobility() {
        // for JPA
    }

    /** A new application in draft for a participant of the sending school, made by the creator. */
    public Mobility(UserAccount participant, MobilityType type, Institution sendingSchool, Institution host,
            LocalDate startDate, LocalDate endDate, UserAccount creator) {
        this.participant = Objects.requireNonNull(participant);
        this.createdBy = Objects.requireNonNull(creator);
        this.sendingSchool = Objects.requireNonNull(sendingSchool);
        this.sendingCountryCode = sendingSchool.getCountry().getCode();
        plan(type, host, startDate, endDate);
    }

    /** Sets what, where and when; only while the application can be edited. */
    public final void plan(MobilityType newType, Institution newHost, LocalDate start, LocalDate end) {
        if (!status.isEditable()) {
            throw new MobilityRuleException(Rule.NOT_EDITABLE, status);
        }
        Objects.requireNonNull(newType);
        Objects.requireNonNull(newHost);
        if (hostRole(newHost.getType()).isEmpty()) {
            throw new MobilityRuleException(Rule.HOST_CANNOT_HOST, newHost.getName());
        }
        if (end.isBefore(start)) {
            throw new MobilityRuleException(Rule.END_BEFORE_START);
        }
        if (!newType.allows(start, end)) {
            throw new MobilityRuleException(Rule.DURATION_OUT_OF_RANGE, MobilityType.days(start, end),
                    newType.getMinDays(), newType.getMaxDays());
        }
        if (newType.isForLearners() != participant.hasRole(Role.STUDENT)) {
            throw new MobilityRuleException(Rule.TYPE_NOT_FOR_PARTICIPANT, newType);
        }
        this.type = newType;
        this.host = newHost;
        this.startDate = start;
        this.endDate = end;
    }

    /**
     * Sets how the participant travels (green: low-emission means for the main part of the journey)
     * and whether they have fewer opportunities and get inclusion support; only while the
     * application can be edited. Both change the grant estimate.
     */
    public void planSupport(boolean green, boolean fewerOpportunities) {
        if (!status.isEditable()) {
            throw new MobilityRuleException(Rule.NOT_EDITABLE, status);
        }
        this.greenTravel = green;
        this.inclusionSupport = fewerOpportunities;
    }

    /**
     * Names the occupation the placement trains for, an ISCO-08 unit group, or none (null); only
     * while the application can be edited. Whether the catalogue knows the code is the service's check.
     */
    public void trainFor(String occupationCode) {
        if (!status.isEditable()) {
            throw new MobilityRuleException(Rule.NOT_EDITABLE, status);
        }
        if (occupationCode != null && !Isco.isUnitGroup(occupationCode)) {
            throw new IllegalArgumentException("Not an ISCO-08 unit group: " + occupationCode);
        }
        this.iscoCode = occupationCode;
    }

    /**
     * Changes the application while it can be edited: what, where and when ({@link #plan}), travel and
     * inclusion support ({@link #planSupport}) and the occupation ({@link #trainFor}). When what a
     * learning agreement states of the mobility changes (type, host, dates or occupation; the participant
     * never does), records when: the agreement's signers signed for another mobility, so their
     * signatures no longer let it start. Returns whether those terms changed.
     */
    public boolean revise(MobilityType newType, Institution newHost, LocalDate start, LocalDate end, boolean green,
            boolean fewerOpportunities, String occupationCode, Instant now) {
        Terms before = terms();
        plan(newType, newHost, start, end);
        planSupport(green, fewerOpportunities);
        trainFor(occupationCode);
        boolean changed = !before.equals(terms());
        if (changed) {
            // to the millisecond, what every database keeps: the learning agreement's PDF names this moment, and a
            // PDF made again after a reload must have the same bytes as the one sent for signature
            termsChangedAt = Objects.requireNonNull(now).truncatedTo(ChronoUnit.MILLIS);
        }
        return changed;
    }

    /**
     * The role whose holders act for a host of this type: they see the mobilities it hosts and sign the
     * learning agreement in the host's place. A company or a project partner hosts through its partner
     * accounts; a VET school abroad (Erasmus+ learners and job shadowing at partner schools) through its
     * administrators. A ministry or national agency has nobody to receive a participant or sign for it:
     * empty, it cannot host.
     */
    public static Optional<Role> hostRole(InstitutionType type) {
        return switch (type) {
            case COMPANY, PROJECT_PARTNER -> Optional.of(Role.PARTNER);
            case VET_SCHOOL -> Optional.of(Role.SCHOOL_ADMIN);
            case MINISTRY, NATIONAL_AGENCY -> Optional.empty();
        };
    }

    /** Whether the person acts for this mobility's host: an account of the host in the role of {@link #hostRole}. */
    public boolean isHostedBy(UserAccount person) {
        return person.getInstitution().equals(host)
                && hostRole(host.getType()).filter(person::hasRole).isPresent();
    }

    /** What a learning agreement states of the mobility itself. */
    private record Terms(MobilityType type, Institution host, LocalDate start, LocalDate end, String iscoCode) {
    }

    private Terms terms() {
        return new Terms(type, host, startDate, endDate, iscoCode);
    }

    /**
     * Takes an action: checks that it is legal from the current status, that a reason comes with a
     * refusal, that nobody approves what they submitted themselves, and that a mobility neither starts
     * before its first day nor is completed before its last (the certificate says it took place); then
     * records the step.
     */
    public MobilityStatus act(MobilityAction action, UserAccount actor, String comment, Instant now) {
        MobilityStatus next = action.from(status)
                .orElseThrow(() -> new MobilityRuleException(Rule.ILLEGAL_TRANSITION, action, status));
        String reason = comment == null || comment.isBlank() ? null : comment.trim();
        if (action.needsComment() && reason == null) {
            throw new MobilityRuleException(Rule.COMMENT_REQUIRED, action);
        }
        if (action == MobilityAction.APPROVE && (actor.equals(participant) || hasSubmitted(actor))) {
            throw new MobilityRuleException(Rule.FOUR_EYES);
        }
        requireDue(action, dayAt(now));
        if (action == MobilityAction.SUBMIT) {
            submittedBy = actor;
        }
        if (action == MobilityAction.COMPLETE && report == null) {
            throw new MobilityRuleException(Rule.REPORT_MISSING);
        }
        history.add(new MobilityStep(this, action, actor, now, reason, status, next));
        status = next;
        return next;
    }

    /**
     * Starts an approved mobility on its first day: the one step the platform takes by itself,
     * recorded without a person as actor.
     */
    public void startOn(LocalDate today, Instant now) {
        MobilityStatus next = MobilityAction.START.from(status)
                .orElseThrow(() -> new MobilityRuleException(Rule.ILLEGAL_TRANSITION, MobilityAction.START, status));
        requireDue(MobilityAction.START, today);
        history.add(new MobilityStep(this, MobilityAction.START, null, now, null, status, next));
        status = next;
    }

    /**
     * Whether the day has come for the action: a start from the first day on, a completion from the
     * last day on; the other actions have no date.
     */
    public boolean isDue(MobilityAction action, LocalDate today) {
        return switch (action) {
            case START -> !today.isBefore(startDate);
            case COMPLETE -> !today.isBefore(endDate);
            default -> true;
        };
    }

    /**
     * Whether the step can be taken today as far as the mobility itself can tell: it is due, and a completion has
     * the participant's report to complete.
     */
    public boolean isReady(MobilityAction action, LocalDate today) {
        return isDue(action, today) && (action != MobilityAction.COMPLETE || report != null);
    }

    private void requireDue(MobilityAction action, LocalDate today) {
        if (!isDue(action, today)) {
            throw action == MobilityAction.START ? new MobilityRuleException(Rule.NOT_STARTED_YET, startDate)
                    : new MobilityRuleException(Rule.NOT_ENDED_YET, endDate);
        }
    }

    /**
     * The mobility's day at the moment: the day at its sending school, on its country's clock ({@link Institution#dayAt}).
     * The participant, whoever applied for them and the school's and the ministry's approvers live there, and the
     * application, its first and last day and the report are theirs; the host abroad receives the participant on the
     * days agreed. Not the UTC day: in Tirana, Prishtina and Podgorica the day begins an hour (two in summer) earlier.
     */
    public LocalDate dayAt(Instant moment) {
        return sendingSchool.dayAt(moment);
    }

    /**
     * Whether the platform starts the mobility at the moment, as far as the mobility can tell: approved, and its first
     * day has come at the sending school. The start timer finds its candidates by the latest day any country has
     * reached and asks each this before starting it.
     */
    public boolean isDueToStart(Instant moment) {
        return status == MobilityStatus.MINISTRY_APPROVED && isDue(MobilityAction.START, dayAt(moment));
    }

    /**
     * The participant's report on the mobility, from its last day on while it is in progress, and once: a report
     * tells what happened, so it waits until it has; completion waits for it. The school is told when it comes in,
     * so what was handed in stays as it was then.
     */
    public void report(String text, Instant now) {
        if (status != MobilityStatus.IN_PROGRESS) {
            throw new MobilityRuleException(Rule.REPORT_NOT_NOW, status);
        }
        if (report != null) {
            throw new MobilityRuleException(Rule.REPORT_ALREADY_IN, reportSubmittedAt);
        }
        if (dayAt(now).isBefore(endDate)) {
            throw new MobilityRuleException(Rule.NOT_ENDED_YET, endDate);
        }
        if (text == null || text.isBlank()) {
            throw new MobilityRuleException(Rule.REPORT_EMPTY);
        }
        report = text.trim();
        reportSubmittedAt = now;
    }

    /** Erases the report's words for the participant's anonymisation; that it was written, and when, stays. */
    public void eraseReportText() {
        if (report != null) {
            report = ErasedText.MARK;
        }
    }

    /** Whether the participant should be reminded of the report today: ended, no report, not reminded yet. */
    public boolean needsReportReminder(LocalDate today) {
        return status == MobilityStatus.IN_PROGRESS && report == null && reportRemindedAt == null && today.isAfter(endDate);
    }

    /**
     * Whether the participant should be reminded of the report at the moment: by the day at the sending school
     * ({@link #dayAt}), as the timer asks of each mobility it found by the latest day any country has reached.
     */
    public boolean needsReportReminder(Instant moment) {
        return needsReportReminder(dayAt(moment));
    }

    public void reportReminded(Instant now) {
        reportRemindedAt = now;
    }

    /** Whether the person submitted this application at any time, also before it was returned and resubmitted. */
    public boolean hasSubmitted(UserAccount person) {
        return history.stream().anyMatch(step -> step.getAction() == MobilityAction.SUBMIT && person.equals(step.getActor()));
    }

    /** Whether the person is the applicant: the participant or whoever submitted the application. */
    public boolean isApplicant(UserAccount person) {
        return person.equals(participant) || person.equals(submittedBy);
    }

    /**
     * Whether the person made this draft and nobody has submitted it yet: until then it is not an application,
     * and what its creator started by mistake is theirs to undo.
     */
    public boolean isDraftOf(UserAccount person) {
        return status == MobilityStatus.DRAFT && person.equals(createdBy);
    }

    public long getDays() {
        return MobilityType.days(startDate, endDate);
    }

    public UserAccount getParticipant() {
        return participant;
    }

    public MobilityType getType() {
        return type;
    }

    public Institution getSendingSchool() {
        return sendingSchool;
    }

    public String getSendingCountryCode() {
        return sendingCountryCode;
    }

    public Institution getHost() {
        return host;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public MobilityStatus getStatus() {
        return status;
    }

    public UserAccount getSubmittedBy() {
        return submittedBy;
    }

    /** Who made the draft; null when that is not known (made before it was recorded). */
    public UserAccount getCreatedBy() {
        return createdBy;
    }

    public String getReport() {
        return report;
    }

    public Instant getReportSubmittedAt() {
        return reportSubmittedAt;
    }

    public boolean isGreenTravel() {
        return greenTravel;
    }

    public boolean isInclusionSupport() {
        return inclusionSupport;
    }

    public Instant getTermsChangedAt() {
        return termsChangedAt;
    }

    public String getIscoCode() {
        return iscoCode;
    }

    public List<MobilityStep> getHistory() {
        return Collections.unmodifiableList(history);
    }
}
