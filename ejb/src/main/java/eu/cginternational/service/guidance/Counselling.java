package eu.cginternational.service.guidance;

import static eu.cginternational.service.config.InputValidator.Rule.rule;
import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.ActionPlan;
import eu.cginternational.domain.guidance.ActionStatus;
import eu.cginternational.domain.guidance.GuidanceSession;
import eu.cginternational.domain.guidance.PlannedAction;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Counselling: a teacher acting as counsellor sees the students of their own school (the caseload),
 * records guidance sessions and keeps each student's action plan; the student reads their own plan
 * and the notes that are not private, and marks actions done. Scope is the school: anyone outside
 * it (another school's teacher, a ministry, the coordinator) learns nothing of a student's
 * guidance, not even that there is any: the answer is "not found". Coordinators and ministries see
 * only counts, through {@link PolicyIndicators}.
 *
 * <p>Sessions and plans belong to the school that made them: a student who moves to another school starts anew there,
 * the new school reads nothing of the old one's, and the old one's stay with it.
 *
 * <p>A student whose account is deactivated or anonymised has left the caseload, and their guidance is not found
 * either, for reading as for writing: nobody adds notes or actions about someone who left or asked to be forgotten,
 * and what is kept of them (sessions' dates and topics) counts in the indicators only. Activated again, a deactivated
 * student's guidance is there as it was.
 */
@Stateless
@RolesAllowed({Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN, Role.Names.STUDENT})
public class Counselling {

    private static final Listing<UserAccount> CASELOAD = Listing.of(UserAccount.class)
            .textFilter("fullName", root -> root.get("fullName"))
            .textFilter("username", root -> root.get("username"))
            .sort("fullName", root -> root.get("fullName"))
            .sort("username", root -> root.get("username"))
            .defaultSort("fullName", true);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    /** A page of the caseload: the active students of the caller's school, by name unless sorted otherwise. */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN})
    public Page<UserAccount> caseload(PageRequest request) {
        return CASELOAD.page(em, request, studentsOfMySchool());
    }

    @RolesAllowed({Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN})
    public List<UserAccount> caseloadItems(PageRequest request) {
        return CASELOAD.items(em, request, studentsOfMySchool());
    }

    @RolesAllowed({Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN})
    public long caseloadCount(Map<String, String> filters) {
        return CASELOAD.count(em, filters, studentsOfMySchool());
    }

    private Listing.Scope<UserAccount> studentsOfMySchool() {
        Institution school = callers.getCurrent().getInstitution();
        return (cb, root) -> cb.and(cb.isMember(Role.STUDENT, root.get("roles")), cb.equal(root.get("institution"), school),
                cb.isTrue(root.get("active")));
    }

    /** The caller's own guidance (students). */
    @RolesAllowed(Role.Names.STUDENT)
    public StudentGuidance mine() {
        return guidance(callers.getCurrent().getId());
    }

    /** A student's guidance as the caller may see it; "not found" outside the student's school. */
    public StudentGuidance guidance(long studentId) {
        UserAccount caller = callers.getCurrent();
        UserAccount student = visibleStudent(caller, studentId);
        // Private notes are for the counsellors (the teachers of the school), not for its administrators.
        boolean counsellor = caller.hasRole(Role.TEACHER) && counsels(caller, student);
        List<StudentGuidance.Session> sessions = em.createQuery(
                        "SELECT s FROM GuidanceSession s JOIN FETCH s.counsellor WHERE s.student = :student"
                                + " AND s.school = :school ORDER BY s.heldOn DESC, s.id DESC", GuidanceSession.class)
                .setParameter("student", student)
                .setParameter("school", student.getInstitution())
                .getResultStream()
                .map(s -> new StudentGuidance.Session(s.getId(), s.getHeldOn(), s.getTopics(), s.notesFor(counsellor),
                        s.isPrivateNote(), s.getCounsellor().getFullName()))
                .toList();
        Optional<ActionPlan> plan = findPlan(student);
        LocalDate today = todayAtTheSchoolOf(student);
        List<StudentGuidance.Action> actions = plan.map(p -> p.getActions().stream()
                .map(a -> new StudentGuidance.Action(a.getId(), a.getDescription(), a.getDueOn(), a.getStatus(),
                        a.getDoneAt(), a.isOverdueOn(today), a.getVersion()))
                .toList()).orElse(List.of());
        return new StudentGuidance(student.getId(), student.getFullName(), student.getInstitution().getName(), today,
                counsellor, sessions, plan.map(ActionPlan::getGoals).orElse(null), versionOf(plan), actions);
    }

    /** Records a session with a student of the counsellor's school, held by the school's today. */
    @RolesAllowed(Role.Names.TEACHER)
    public GuidanceSession recordSession(long studentId, LocalDate heldOn, String topics, String notes, boolean privateNote) {
        UserAccount caller = callers.getCurrent();
        UserAccount student = counselledStudent(caller, studentId);
        GuidanceSession session = new GuidanceSession(student, caller, heldOn, topics, notes, privateNote);
        // With the constraints, so that a form with blank topics and a day ahead is told both at once.
        validator.validate(session, rule(session.isHeldBy(todayAtTheSchoolOf(student)), "heldOn", "guidance.held_on.future"));
        em.persist(session);
        flushOrReportConflict(em);
        audit.record(AuditEventType.GUIDANCE_SESSION_RECORDED, label(student), "session " + session.getId());
        return session;
    }

    /**
     * Sets the goals of a student's plan against the plan's version last read, {@link ActionPlan#NOT_MADE} when there was
     * none: the plan is made with its first change, and a plan another counsellor made meanwhile is a change the caller
     * has not seen, whose goals must not be replaced unread.
     */
    @RolesAllowed(Role.Names.TEACHER)
    public ActionPlan setGoals(long studentId, String goals, Long versionSeen) {
        UserAccount caller = callers.getCurrent();
        UserAccount student = counselledStudent(caller, studentId);
        validator.validate(new PlanVersionSeen(versionSeen));
        Optional<ActionPlan> found = findPlan(student);
        if (versionSeen != versionOf(found)) {
            throw new ConcurrentChangeException();
        }
        // Two counsellors making the plan at once: the second insert breaks the unique key and is reported as a race.
        ActionPlan plan = found.orElseGet(() -> newPlan(student));
        plan.setGoals(goals);
        validator.validate(plan);
        flushOrReportConflict(em);
        audit.record(AuditEventType.ACTION_PLAN_CHANGED, label(student), "goals");
        return plan;
    }

    /**
     * Adds an action to a student's plan, due on the school's today or later ({@link PlannedAction#isDueFrom}): a due
     * date already passed is refused with the other inputs' errors.
     */
    @RolesAllowed(Role.Names.TEACHER)
    public PlannedAction addAction(long studentId, String description, LocalDate dueOn) {
        UserAccount caller = callers.getCurrent();
        UserAccount student = counselledStudent(caller, studentId);
        ActionPlan plan = planOf(student);
        PlannedAction action = plan.plan(description, dueOn);
        validator.validate(action, rule(action.isDueFrom(todayAtTheSchoolOf(student)), "dueOn", "guidance.due_on.past"));
        flushOrReportConflict(em);
        audit.record(AuditEventType.ACTION_PLAN_CHANGED, label(student), "action " + action.getId() + " planned");
        return action;
    }

    /**
     * Marks an action done or open again: the student whose plan it is, or a counsellor of their
     * school, with the action's version last read. A version that is not the one last read answers "changed meanwhile".
     */
    public PlannedAction markAction(long studentId, long actionId, ActionStatus status, Long versionSeen) {
        UserAccount caller = callers.getCurrent();
        PlannedAction action = em.find(PlannedAction.class, actionId);
        // An action of the plan of a school the student has left stays with that school: nobody reads or marks it.
        if (action == null || !action.getPlan().getStudent().getId().equals(studentId)
                || !action.getPlan().isOfTheStudentsSchool()) {
            throw new NotFoundException("guidance.action.not_found", actionId);
        }
        UserAccount student = action.getPlan().getStudent();
        if (!student.isActive() || !canSee(caller, student) || !(caller.equals(student) || counsels(caller, student))) {
            throw new NotFoundException("guidance.action.not_found", actionId);
        }
        if (!caller.equals(student) && !caller.hasRole(Role.TEACHER)) {
            throw new AccessDeniedException();
        }
        validator.validate(new ActionVersionSeen(versionSeen));
        if (!Objects.equals(versionSeen, action.getVersion())) {
            throw new ConcurrentChangeException();
        }
        action.mark(Objects.requireNonNull(status, "status"), Instant.now());
        flushOrReportConflict(em);
        audit.record(AuditEventType.ACTION_PLAN_CHANGED, label(student), "action " + actionId + " " + status);
        return action;
    }

    /** A student of the caseload the caller may see, or the student themself; an inactive student is not found. */
    private UserAccount visibleStudent(UserAccount caller, long studentId) {
        UserAccount student = em.find(UserAccount.class, studentId);
        if (student == null || !student.hasRole(Role.STUDENT) || !student.isActive() || !canSee(caller, student)) {
            throw new NotFoundException("guidance.student.not_found", studentId);
        }
        return student;
    }

    private UserAccount counselledStudent(UserAccount caller, long studentId) {
        UserAccount student = visibleStudent(caller, studentId);
        if (!counsels(caller, student) || !caller.hasRole(Role.TEACHER)) {
            throw new AccessDeniedException();
        }
        return student;
    }

    private ActionPlan planOf(UserAccount student) {
        return findPlan(student).orElseGet(() -> newPlan(student));
    }

    private ActionPlan newPlan(UserAccount student) {
        ActionPlan plan = new ActionPlan(student);
        em.persist(plan);
        return plan;
    }

    private static long versionOf(Optional<ActionPlan> plan) {
        return plan.map(ActionPlan::getVersion).orElse(ActionPlan.NOT_MADE);
    }

    /** The version of the plan the caller read, {@link ActionPlan#NOT_MADE} for none: required with every change of the goals. */
    record PlanVersionSeen(@NotNull(message = "{guidance.plan.version.required}") Long version) {
    }

    /** The version of the action the caller read, required when it is marked. */
    record ActionVersionSeen(@NotNull(message = "{guidance.action.version.required}") Long version) {
    }

    private Optional<ActionPlan> findPlan(UserAccount student) {
        return em.createQuery("SELECT p FROM ActionPlan p WHERE p.student = :student AND p.school = :school", ActionPlan.class)
                .setParameter("student", student)
                .setParameter("school", student.getInstitution())
                .getResultStream().findFirst();
    }

    /** The student themself, or the staff of the student's school. */
    static boolean canSee(UserAccount caller, UserAccount student) {
        return caller.equals(student) || counsels(caller, student);
    }

    /** Teachers and school administrators of the student's school. */
    static boolean counsels(UserAccount caller, UserAccount student) {
        return (caller.hasRole(Role.TEACHER) || caller.hasRole(Role.SCHOOL_ADMIN))
                && caller.getInstitution().equals(student.getInstitution());
    }

    /**
     * The day it is at the student's school, where sessions are held and actions are due: its country's day, the
     * counsellor's too, not the server's (UTC), which in the school's first hour or two after midnight is still yesterday.
     */
    private static LocalDate todayAtTheSchoolOf(UserAccount student) {
        return student.getInstitution().dayAt(Instant.now());
    }

    private static String label(UserAccount student) {
        return "student " + student.getId();
    }
}
