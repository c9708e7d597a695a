package eu.cginternational.service.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the platform holds about one person, as the export of their data gives it: their account and each record
 * made about them or by them, in the platform's own words (states and types by their names, times in UTC). Documents
 * (learning agreement, certificates, signed PDFs) are downloaded from their pages; the export lists the records.
 *
 * @param counsellingSessions the sessions a counsellor recorded with the person; a note the counsellor marked private
 *        is left out, as the person does not see it on the platform either
 * @param actionPlans the person's action plans as a student, one per school that made one, the oldest first: a
 *        student who moved to another school has the plan of each
 * @param mobilitiesCreated the mobilities the person created for someone else: the applications they drafted for a
 *        participant, or the placements they accepted as a school; as the person made them, whatever became of them
 * @param mobilityDecisions the steps the person took on mobilities, their own or others' (as approver, say)
 * @param activity what the audit log records the person doing: sign-ins, changes, refusals
 * @param emails what the outbox holds for the person's address: subjects only, a body may hold a link still valid
 */
public record PersonalData(Instant exportedAt, Account account, List<Mobility> mobilities,
        List<CreatedMobility> mobilitiesCreated, List<Decision> mobilityDecisions, List<TrainingRegistration> trainings,
        List<InterestAssessment> interestAssessments, List<ActionPlan> actionPlans,
        List<CounsellingSession> counsellingSessions, List<OpportunityApplication> opportunityApplications,
        List<Signature> signatures, List<Notification> notifications, List<Email> emails, List<Activity> activity) {

    public record Account(long id, String username, String fullName, String email, String language, Set<String> roles,
            String institution, String country, boolean active, Instant createdAt, Instant lastLoginAt,
            Instant passwordChangedAt) {
    }

    public record Mobility(long id, String type, String status, String sendingSchool, String host, String hostCity,
            String hostCountry, LocalDate startDate, LocalDate endDate, String occupation, boolean greenTravel,
            boolean inclusionSupport, String report, Instant reportSubmittedAt, List<Step> history) {
    }

    /** A step of a mobility's approval; {@code actor} is the name of who took it, or null for the platform. */
    public record Step(Instant occurredAt, String action, String before, String after, String actor, String comment) {
    }

    /**
     * A mobility the person created for someone else: what the creator knows of their own act, the participant's name,
     * the dates and where the application stands; nothing the participant or the school added of their own.
     */
    public record CreatedMobility(long id, Instant createdAt, String participant, LocalDate startDate, LocalDate endDate,
            String status) {
    }

    public record Decision(long mobilityId, Instant occurredAt, String action, String before, String after,
            String comment) {
    }

    public record TrainingRegistration(long id, String training, String status, Integer waitingPosition,
            long sessionsAttended, Instant completedAt, String certificateCode, Integer feedbackRating,
            String feedbackComment, Instant feedbackAt, List<LessonDone> lessonsDone, List<QuizAttempt> quizAttempts) {
    }

    /** A lesson of a self-paced module the person marked done; its title in the person's language. */
    public record LessonDone(String lesson, Instant doneAt) {
    }

    public record QuizAttempt(Instant attemptedAt, int percent, boolean passed) {
    }

    /**
     * A completed questionnaire with what the school's staff see of it: the raw score of each type and its share of the
     * scale, as {@code GET /api/assessments} gives them.
     */
    public record InterestAssessment(Instant completedAt, String code, String questionnaireVersion, int itemsPerType,
            Map<String, Integer> scores, Map<String, Integer> percentages) {
    }

    /** A plan with the name of the school that made it and keeps it. */
    public record ActionPlan(String school, String goals, List<PlannedAction> actions) {
    }

    public record PlannedAction(String description, LocalDate dueOn, String status, Instant doneAt) {
    }

    /** {@code notes} is null when the counsellor kept them private. */
    public record CounsellingSession(LocalDate heldOn, String counsellor, String topics, String notes) {
    }

    public record OpportunityApplication(String occupation, String city, Instant appliedAt, String motivation,
            String status, Instant decidedAt, String declineReason) {
    }

    /** A place in a document's signing; the drawn signature as PNG in Base64, when the person drew one. */
    public record Signature(String document, String role, String status, Instant actedAt, String typedName,
            String drawnSignature, String consentVersion, String clientAddress, String userAgent,
            String declineReason) {
    }

    public record Notification(Instant createdAt, String title, String text, Instant readAt) {
    }

    public record Email(Instant queuedAt, String subject, String status, Instant sentAt) {
    }

    public record Activity(Instant occurredAt, String type, String target, String clientAddress, String detail) {
    }
}
