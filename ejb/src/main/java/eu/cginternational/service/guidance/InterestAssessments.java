package eu.cginternational.service.guidance;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.guidance.InterestAssessment;
import eu.cginternational.domain.guidance.InterestProfile;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.guidance.Questionnaire;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.RejectedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The interest self-assessment. A student answers the questionnaire and keeps every result, so
 * that a retake can be compared with earlier ones. The results are personal: the student sees
 * their own; teachers and school administrators (the student's counsellors) see those of students
 * of their own school; nobody else does, the coordinator included (who sees counts only).
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
        Role.Names.STUDENT, Role.Names.PARTNER})
public class InterestAssessments {

    /** How many matching occupations a result lists. */
    public static final int MATCHES = 15;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    QuestionnaireFile questionnaireFile;

    @Inject
    OccupationCatalogue occupations;

    public Questionnaire questionnaire() {
        return questionnaireFile.questionnaire();
    }

    /**
     * Scores the caller's answers, stores the result and returns it with the matching occupations.
     *
     * @param answers the answer (1–5) per item number; every item must be answered
     * @throws RejectedException if an answer is missing, outside the scale or for an unknown item
     */
    @RolesAllowed(Role.Names.STUDENT)
    public AssessmentResult complete(Map<Integer, Integer> answers) {
        Questionnaire questionnaire = questionnaire();
        InterestProfile profile = RejectedException.unlessRuleBroken("assessment.rule.",
                () -> questionnaire.score(answers == null ? Map.of() : answers));
        InterestAssessment assessment = new InterestAssessment(callers.getCurrent(), questionnaire.version(), profile,
                Instant.now());
        em.persist(assessment);
        em.flush();
        return result(assessment);
    }

    /** The caller's own results, newest first. */
    @RolesAllowed(Role.Names.STUDENT)
    public List<AssessmentResult> mine() {
        return resultsOf(callers.getCurrent());
    }

    /**
     * The results of one student, newest first, for the student and the staff of the student's
     * school (their counsellors). This is the method a counsellor's page uses.
     *
     * @throws AccessDeniedException if the caller is neither the student nor a teacher or school
     *         administrator of the student's school, or the student is no longer active (also when no
     *         such student exists, so that nobody learns who is a student elsewhere)
     */
    @RolesAllowed({Role.Names.STUDENT, Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN})
    public List<AssessmentResult> resultsOf(long studentId) {
        UserAccount caller = callers.getCurrent();
        UserAccount student = em.find(UserAccount.class, studentId);
        if (student == null || !mayRead(caller, student)) {
            throw new AccessDeniedException();
        }
        return resultsOf(student);
    }

    /** Whether the caller may read the student's results (see {@link #resultsOf(long)}). */
    static boolean mayRead(UserAccount caller, UserAccount student) {
        // a deactivated or anonymised student has left the school's guidance, as in counselling
        if (!student.hasRole(Role.STUDENT) || !student.isActive()) {
            return false;
        }
        if (caller.equals(student)) {
            return true;
        }
        boolean staff = caller.hasRole(Role.TEACHER) || caller.hasRole(Role.SCHOOL_ADMIN);
        return staff && caller.getInstitution().equals(student.getInstitution());
    }

    /** The occupations that fit a profile best, best first; equal fits by ISCO code. */
    public List<OccupationFit> matches(InterestProfile profile, int limit) {
        return rank(profile, occupations.all(), limit);
    }

    static List<OccupationFit> rank(InterestProfile profile, List<Occupation> all, int limit) {
        return all.stream()
                .map(occupation -> new OccupationFit(occupation, profile.fit(occupation.getRiasecCode())))
                .sorted(Comparator.comparingInt(OccupationFit::fit).reversed()
                        .thenComparing(fit -> fit.occupation().getIscoCode()))
                .limit(limit)
                .toList();
    }

    private List<AssessmentResult> resultsOf(UserAccount student) {
        List<InterestAssessment> assessments = em.createNamedQuery("InterestAssessment.ofStudent", InterestAssessment.class)
                .setParameter("student", student)
                .getResultList();
        if (assessments.isEmpty()) {
            return List.of();
        }
        List<Occupation> all = occupations.all();
        return assessments.stream().map(assessment -> result(assessment, all)).toList();
    }

    private AssessmentResult result(InterestAssessment assessment) {
        return result(assessment, occupations.all());
    }

    private static AssessmentResult result(InterestAssessment assessment, List<Occupation> all) {
        InterestProfile profile = assessment.getProfile();
        return new AssessmentResult(assessment.getId(), assessment.getCompletedAt(), profile, profile.code(),
                rank(profile, all, MATCHES));
    }
}
