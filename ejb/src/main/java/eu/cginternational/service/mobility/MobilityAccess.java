package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.query.Listing;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see and do what with a mobility, by role and scope: coordinators see all; a ministry
 * sees and decides finally for the schools of its country; a school's administrators decide first
 * for their school, and its staff prepare its applications; students see their own; a host ({@link Mobility#hostRole}) sees
 * the mobilities it hosts once submitted, unless withdrawn or rejected. Nobody outside these scopes learns that a
 * mobility exists. Only the applicant withdraws an application (DESIGN.md): the participant, or whoever
 * submitted it for them. A draft nobody has submitted is not an application yet: the school's
 * administrators may also discard it, as they cancel what their school no longer pursues, and so may whoever
 * drafted it while they are staff of the school, to undo a draft made by mistake.
 */
final class MobilityAccess {

    /**
     * What a host sees of the mobilities it hosts: from the submitted application on, while it may still take place or
     * after it did. A draft, or an application withdrawn or rejected, is the school's and the participant's business
     * (participants are often minors): the host only needs the mobilities it is to receive.
     */
    static final Set<MobilityStatus> SEEN_BY_HOST = EnumSet.of(MobilityStatus.SUBMITTED, MobilityStatus.RETURNED,
            MobilityStatus.SCHOOL_APPROVED, MobilityStatus.MINISTRY_APPROVED, MobilityStatus.IN_PROGRESS,
            MobilityStatus.COMPLETED, MobilityStatus.CANCELLED);

    private MobilityAccess() {
    }

    static boolean canSee(UserAccount caller, Mobility mobility) {
        return seesWhole(caller, mobility) || seesAsHost(caller, mobility);
    }

    /**
     * Whether the caller sees the mobility only as its host. The host needs whom it receives, when, where the
     * application stands and the learning agreement; not whether the participant has fewer opportunities (the
     * inclusion support), nor the participant's report, nor who at the school or ministry took each step and
     * what they wrote. The pages and the API leave those out alike.
     */
    static boolean seesOnlyAsHost(UserAccount caller, Mobility mobility) {
        return seesAsHost(caller, mobility) && !seesWhole(caller, mobility);
    }

    private static boolean seesWhole(UserAccount caller, Mobility mobility) {
        return caller.hasRole(Role.COORDINATOR)
                || (caller.hasRole(Role.MINISTRY_ADMIN) && sameCountry(caller, mobility))
                || (isSchoolStaff(caller) && sameSchool(caller, mobility))
                || (caller.hasRole(Role.STUDENT) && caller.equals(mobility.getParticipant()));
    }

    private static boolean seesAsHost(UserAccount caller, Mobility mobility) {
        return mobility.isHostedBy(caller) && SEEN_BY_HOST.contains(mobility.getStatus());
    }

    /** Whether the caller may change the application's content (while it is editable). */
    static boolean canEdit(UserAccount caller, Mobility mobility) {
        return mobility.getStatus().isEditable() && isApplicantSide(caller, mobility);
    }

    static boolean mayTake(UserAccount caller, Mobility mobility, MobilityAction action) {
        return switch (action) {
            case SUBMIT -> isApplicantSide(caller, mobility);
            // the applicant's own decision; a school that no longer wants it returns or rejects it, with a reason
            case WITHDRAW -> mobility.isApplicant(caller) || discardsDraft(caller, mobility);
            case APPROVE, RETURN, REJECT -> decidesNow(caller, mobility);
            case CANCEL -> (caller.hasRole(Role.SCHOOL_ADMIN) && sameSchool(caller, mobility))
                    || (caller.hasRole(Role.MINISTRY_ADMIN) && sameCountry(caller, mobility));
            case START, COMPLETE -> caller.hasRole(Role.SCHOOL_ADMIN) && sameSchool(caller, mobility);
        };
    }

    /**
     * The actions the caller can take now: legal from the status, allowed to the caller, four eyes kept, and
     * ready (no start before the first day, no completion before the last nor before the report is in, no submission
     * once the first day has passed), by the mobility's day ({@link Mobility#dayAt}).
     */
    static Set<MobilityAction> actionsFor(UserAccount caller, Mobility mobility) {
        Set<MobilityAction> actions = EnumSet.noneOf(MobilityAction.class);
        LocalDate today = mobility.dayAt(Instant.now());
        for (MobilityAction action : MobilityAction.legalFrom(mobility.getStatus())) {
            boolean ownSubmission = action == MobilityAction.APPROVE
                    && (caller.equals(mobility.getParticipant()) || mobility.hasSubmitted(caller));
            boolean lateSubmission = action == MobilityAction.SUBMIT && startPassed(mobility, today);
            if (mayTake(caller, mobility, action) && !ownSubmission && !lateSubmission && mobility.isReady(action, today)) {
                actions.add(action);
            }
        }
        return actions;
    }

    /**
     * Whether the mobility's first day is before the day: an application is approved before the mobility starts, so
     * one whose first day has passed is changed before it is submitted.
     */
    static boolean startPassed(Mobility mobility, LocalDate today) {
        return mobility.getStartDate().isBefore(today);
    }

    /** Whether the caller may hand in the report now: the participant, from the mobility's last day on, once. */
    static boolean canReport(UserAccount caller, Mobility mobility) {
        return caller.equals(mobility.getParticipant()) && mobility.getStatus() == MobilityStatus.IN_PROGRESS
                && mobility.getReport() == null && mobility.isDue(MobilityAction.COMPLETE, mobility.dayAt(Instant.now()));
    }

    /**
     * Whether the caller may write the learning agreement: the staff (teachers and administrators)
     * of the sending school. The participant, the host and the deciders read it; they sign it later.
     */
    static boolean mayWriteLearningAgreement(UserAccount caller, Mobility mobility) {
        return isSchoolStaff(caller) && sameSchool(caller, mobility);
    }

    /** Whether the caller may apply for someone of this school, or for this participant. */
    static boolean mayApplyFor(UserAccount caller, UserAccount participant) {
        if (caller.hasRole(Role.STUDENT) && caller.equals(participant)) {
            return true;
        }
        return isSchoolStaff(caller) && caller.getInstitution().equals(participant.getInstitution());
    }

    /**
     * Whether the caller may discard a draft nobody has submitted: its school's administrators, and whoever drafted
     * it as long as they are staff of its school. A teacher may not discard a student's or a colleague's draft for
     * good; they may have made it on purpose.
     */
    private static boolean discardsDraft(UserAccount caller, Mobility mobility) {
        return mobility.getStatus() == MobilityStatus.DRAFT && sameSchool(caller, mobility)
                && (caller.hasRole(Role.SCHOOL_ADMIN) || (isSchoolStaff(caller) && mobility.isDraftOf(caller)));
    }

    private static boolean decidesNow(UserAccount caller, Mobility mobility) {
        return (mobility.getStatus() == MobilityStatus.SUBMITTED && caller.hasRole(Role.SCHOOL_ADMIN) && sameSchool(caller, mobility))
                || (mobility.getStatus() == MobilityStatus.SCHOOL_APPROVED && caller.hasRole(Role.MINISTRY_ADMIN)
                        && sameCountry(caller, mobility));
    }

    /** Whether the caller is of those who prepare the application: the applicant, or the staff of its school. */
    static boolean isApplicantSide(UserAccount caller, Mobility mobility) {
        return mobility.isApplicant(caller) || (isSchoolStaff(caller) && sameSchool(caller, mobility));
    }

    private static boolean isSchoolStaff(UserAccount caller) {
        return caller.hasRole(Role.SCHOOL_ADMIN) || caller.hasRole(Role.TEACHER);
    }

    private static boolean sameSchool(UserAccount caller, Mobility mobility) {
        return caller.getInstitution().equals(mobility.getSendingSchool());
    }

    private static boolean sameCountry(UserAccount caller, Mobility mobility) {
        return caller.getInstitution().isIn(mobility.getSendingSchool().getCountry());
    }

    /** What the caller's list holds by default ({@link #scopeOf(UserAccount, boolean)} without the hosted list). */
    static Listing.Scope<Mobility> scopeOf(UserAccount caller) {
        return scopeOf(caller, false);
    }

    /**
     * The mobilities of the caller's list, as one condition of its query. Those who act for a host list what it hosts;
     * a school's administrators, who also send, list what their school sends, and with {@code hosted} what it hosts:
     * each list one condition that an index serves, where the two joined by OR made Derby read every mobility
     * (1 s a page instead of 0.3 s with 100,000 mobilities). The pages and the API reach either the same way, and a
     * mobility's own page shows it to whoever may see it ({@link #canSee}).
     */
    static Listing.Scope<Mobility> scopeOf(UserAccount caller, boolean hosted) {
        return (CriteriaBuilder cb, Root<Mobility> root) -> {
            if (caller.hasRole(Role.COORDINATOR)) {
                return cb.conjunction();
            }
            Institution own = caller.getInstitution();
            Predicate hosting = actsForAHost(caller)
                    ? cb.and(cb.equal(root.get("host").get("id"), own.getId()), root.get("status").in(SEEN_BY_HOST))
                    : null;
            if (hosted) {
                return hosting == null ? cb.disjunction() : hosting;
            }
            List<Predicate> visible = new ArrayList<>();
            if (caller.hasRole(Role.MINISTRY_ADMIN)) {
                visible.add(cb.equal(root.get("sendingCountryCode"), own.getCountry().getCode()));
            }
            if (isSchoolStaff(caller)) {
                visible.add(cb.equal(root.get("sendingSchool").get("id"), own.getId()));
            }
            if (caller.hasRole(Role.STUDENT)) {
                visible.add(cb.equal(root.get("participant").get("id"), caller.getId()));
            }
            if (visible.isEmpty()) {
                return hosting == null ? cb.disjunction() : hosting;
            }
            return cb.or(visible.toArray(Predicate[]::new));
        };
    }

    /** Whether the caller keeps the mobilities their institution hosts in a list of their own, apart from those it sends. */
    static boolean listsHostedApart(UserAccount caller) {
        return actsForAHost(caller) && !caller.hasRole(Role.COORDINATOR)
                && (isSchoolStaff(caller) || caller.hasRole(Role.MINISTRY_ADMIN) || caller.hasRole(Role.STUDENT));
    }

    private static boolean actsForAHost(UserAccount caller) {
        return Mobility.hostRole(caller.getInstitution().getType()).filter(caller::hasRole).isPresent();
    }
}
