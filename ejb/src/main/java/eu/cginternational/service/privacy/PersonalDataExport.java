package eu.cginternational.service.privacy;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.ActionPlan;
import eu.cginternational.domain.guidance.GuidanceSession;
import eu.cginternational.domain.guidance.InterestAssessment;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStep;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.QuizAttempt;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.audit.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The export of one person's data (DESIGN.md, personal data): the records the platform holds about them, as
 * {@link PersonalData} lists them, read in one transaction so that the file is one consistent picture. Each person exports their own; a coordinator exports
 * anyone's, for a request made outside the platform (someone who can no longer sign in, say). Each export is in the
 * audit log.
 */
@Stateless
public class PersonalDataExport {

    /**
     * EclipseLink reads a collection for all the rows at once, in one more statement, instead of one per row; with the
     * to-one associations fetched in the rows' statement, an export takes a fixed number of statements.
     */
    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    UserAdministration users;

    @Inject
    AuditLog audit;

    /** The caller's own data. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN,
            Role.Names.TEACHER, Role.Names.STUDENT, Role.Names.PARTNER})
    public PersonalData mine() {
        return export(callers.getCurrent());
    }

    /** The data of the account with the id; an unknown id answers "not found". */
    @RolesAllowed(Role.Names.COORDINATOR)
    public PersonalData of(long accountId) {
        return export(users.get(accountId));
    }

    private PersonalData export(UserAccount person) {
        audit.record(AuditEventType.PERSONAL_DATA_EXPORTED, person.getUsername(), null);
        return new PersonalData(Instant.now(), account(person), mobilities(person), mobilitiesCreated(person),
                decisions(person), trainings(person), assessments(person), actionPlans(person), counselling(person),
                applications(person), signatures(person), notifications(person), emails(person), activity(person));
    }

    private static PersonalData.Account account(UserAccount a) {
        return new PersonalData.Account(a.getId(), a.getUsername(), a.getFullName(), a.getEmail(), a.getLanguage().name(),
                a.getRoles().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)),
                a.getInstitution().getName(), a.getInstitution().getCountryCode(), a.isActive(), a.getCreatedAt(),
                a.getLastLoginAt(), a.getPasswordChangedAt());
    }

    private List<PersonalData.Mobility> mobilities(UserAccount person) {
        return em.createQuery("SELECT m FROM Mobility m JOIN FETCH m.sendingSchool JOIN FETCH m.host"
                        + " WHERE m.participant = :person ORDER BY m.startDate, m.id", Mobility.class)
                .setParameter("person", person)
                .setHint(BATCH_TYPE, "IN").setHint(BATCH, "m.history").setHint(BATCH, "m.history.actor")
                .getResultList().stream()
                .map(m -> new PersonalData.Mobility(m.getId(), m.getType().name(), m.getStatus().name(),
                        m.getSendingSchool().getName(), m.getHost().getName(), m.getHost().getCity(),
                        m.getHost().getCountryCode(), m.getStartDate(), m.getEndDate(), m.getIscoCode(),
                        m.isGreenTravel(), m.isInclusionSupport(), m.getReport(), m.getReportSubmittedAt(),
                        m.getHistory().stream().map(PersonalDataExport::step).toList()))
                .toList();
    }

    private static PersonalData.Step step(MobilityStep s) {
        return new PersonalData.Step(s.getOccurredAt(), s.getAction().name(), name(s.getBefore()), name(s.getAfter()),
                s.getActor() == null ? null : s.getActor().getFullName(), s.getComment());
    }

    private List<PersonalData.CreatedMobility> mobilitiesCreated(UserAccount person) {
        return rows("SELECT m FROM Mobility m JOIN FETCH m.participant p WHERE m.createdBy = :person AND p <> :person"
                        + " ORDER BY m.createdAt, m.id", Mobility.class, person,
                m -> new PersonalData.CreatedMobility(m.getId(), m.getCreatedAt(), m.getParticipant().getFullName(),
                        m.getStartDate(), m.getEndDate(), m.getStatus().name()));
    }

    private List<PersonalData.Decision> decisions(UserAccount person) {
        return rows("SELECT s.mobility.id, s FROM MobilityStep s WHERE s.actor = :person ORDER BY s.occurredAt, s.id",
                Object[].class, person, row -> {
                    MobilityStep s = (MobilityStep) row[1];
                    return new PersonalData.Decision((Long) row[0], s.getOccurredAt(), s.getAction().name(),
                            name(s.getBefore()), name(s.getAfter()), s.getComment());
                });
    }

    private List<PersonalData.TrainingRegistration> trainings(UserAccount person) {
        Map<Long, List<PersonalData.QuizAttempt>> attempts = em.createQuery("SELECT q.registration.id, q FROM QuizAttempt q"
                        + " WHERE q.registration.participant = :person ORDER BY q.attemptedAt, q.id", Object[].class)
                .setParameter("person", person).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> {
                    QuizAttempt q = (QuizAttempt) row[1];
                    return new PersonalData.QuizAttempt(q.getAttemptedAt(), q.getPercent(), q.isPassed());
                }, Collectors.toList())));
        Map<Long, List<PersonalData.LessonDone>> lessons = em.createQuery("SELECT d.registration.id, l, d.doneAt"
                        + " FROM LessonDone d JOIN d.lesson l WHERE d.registration.participant = :person ORDER BY d.doneAt, d.id",
                        Object[].class)
                .setParameter("person", person).getResultStream()
                .collect(Collectors.groupingBy(row -> (Long) row[0], Collectors.mapping(row -> new PersonalData.LessonDone(
                        ((Lesson) row[1]).getTitle().in(person.getLanguage()), (Instant) row[2]), Collectors.toList())));
        return em.createQuery("SELECT r FROM Registration r JOIN FETCH r.training WHERE r.participant = :person ORDER BY r.id",
                        Registration.class)
                .setParameter("person", person)
                .setHint(BATCH_TYPE, "IN").setHint(BATCH, "r.attendance")
                .getResultList().stream()
                .map(r -> new PersonalData.TrainingRegistration(r.getId(), r.getTraining().getTitle(), r.getStatus().name(),
                        r.getPosition(), r.getSessionsAttended(), r.getCompletedAt(), r.getCertificateCode(),
                        r.getFeedbackRating(), r.getFeedbackComment(), r.getFeedbackAt(),
                        lessons.getOrDefault(r.getId(), List.of()), attempts.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    private List<PersonalData.InterestAssessment> assessments(UserAccount person) {
        return rows("SELECT a FROM InterestAssessment a WHERE a.student = :person ORDER BY a.completedAt, a.id",
                InterestAssessment.class, person,
                a -> new PersonalData.InterestAssessment(a.getCompletedAt(), a.getCode(), a.getQuestionnaireVersion(),
                        a.getProfile().itemsPerType(), a.getProfile().scoresByLetter(), a.getProfile().percentagesByLetter()));
    }

    private List<PersonalData.ActionPlan> actionPlans(UserAccount person) {
        return em.createQuery("SELECT p FROM ActionPlan p JOIN FETCH p.school WHERE p.student = :person"
                        + " ORDER BY p.createdAt, p.id", ActionPlan.class)
                .setParameter("person", person)
                .setHint(BATCH_TYPE, "IN").setHint(BATCH, "p.actions")
                .getResultList().stream()
                .map(p -> new PersonalData.ActionPlan(p.getSchool().getName(), p.getGoals(), p.getActions().stream()
                        .map(a -> new PersonalData.PlannedAction(a.getDescription(), a.getDueOn(), a.getStatus().name(),
                                a.getDoneAt()))
                        .toList()))
                .toList();
    }

    private List<PersonalData.CounsellingSession> counselling(UserAccount person) {
        return rows("SELECT s FROM GuidanceSession s JOIN FETCH s.counsellor WHERE s.student = :person ORDER BY s.heldOn, s.id",
                GuidanceSession.class, person,
                s -> new PersonalData.CounsellingSession(s.getHeldOn(), s.getCounsellor().getFullName(), s.getTopics(),
                        s.isPrivateNote() ? null : s.getNotes()));
    }

    private List<PersonalData.OpportunityApplication> applications(UserAccount person) {
        return rows("SELECT a FROM OpportunityApplication a JOIN FETCH a.opportunity WHERE a.student = :person"
                        + " ORDER BY a.appliedAt, a.id",
                OpportunityApplication.class, person,
                a -> new PersonalData.OpportunityApplication(a.getOpportunity().getOccupationTitle(),
                        a.getOpportunity().getCity(), a.getAppliedAt(), a.getMotivation(), a.getStatus().name(),
                        a.getDecidedAt(), a.getDeclineReason()));
    }

    private List<PersonalData.Signature> signatures(UserAccount person) {
        return rows("SELECT s FROM Signer s JOIN FETCH s.document WHERE s.account = :person ORDER BY s.id", Signer.class, person,
                s -> new PersonalData.Signature(s.getDocument().getTitle(), s.getRole().name(), s.getStatus().name(),
                        s.getActedAt(), s.getTypedName(),
                        s.getDrawnSignature() == null ? null : Base64.getEncoder().encodeToString(s.getDrawnSignature()),
                        s.getConsentVersion(), s.getClientAddress(), s.getUserAgent(), s.getDeclineReason()));
    }

    private List<PersonalData.Notification> notifications(UserAccount person) {
        return rows("SELECT n FROM Notification n WHERE n.recipient = :person ORDER BY n.createdAt, n.id",
                Notification.class, person,
                n -> new PersonalData.Notification(n.getCreatedAt(), n.getTitle(), n.getText(), n.getReadAt()));
    }

    /** The e-mails to the person's address in any case, as the anonymisation finds (and deletes) them. */
    private List<PersonalData.Email> emails(UserAccount person) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE LOWER(m.recipient) = LOWER(:address) ORDER BY m.id",
                        OutboxMessage.class)
                .setParameter("address", person.getEmail()).getResultStream()
                .map(m -> new PersonalData.Email(m.getCreatedAt(), m.getSubject(), m.getStatus().name(), m.getSentAt()))
                .toList();
    }

    private List<PersonalData.Activity> activity(UserAccount person) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.actor = :username ORDER BY e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("username", person.getUsername()).getResultStream()
                .map(e -> new PersonalData.Activity(e.getOccurredAt(), e.getType().name(), e.getTarget(),
                        e.getClientAddress(), e.getDetail()))
                .toList();
    }

    /** The person's rows of a query with the parameter {@code person}, each as the export gives it. */
    private <T, R> List<R> rows(String query, Class<T> type, UserAccount person, Function<T, R> row) {
        return em.createQuery(query, type).setParameter("person", person).getResultStream().map(row).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
