package eu.cginternational.it.services;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.training.CertificateCode;
import eu.cginternational.domain.training.CompletionBasis;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.SessionPlan;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Makes trainings and fills their seats directly, so that a test sets up its world without the service it tests. */
@Stateless
@PermitAll
public class TrainingTestData {

    @PersistenceContext
    EntityManager em;

    @EJB
    TestData data;

    /** A training of Mundus with one session in 60 days, its window and deadline relative to now. */
    public Training training(int capacity, Duration opensIn, Duration closesIn, Duration deadlineIn, boolean nomination) {
        Instant now = Instant.now();
        LocalDateTime start = LocalDateTime.now().plusDays(60).withHour(9).withMinute(0).withSecond(0).withNano(0);
        Training training = new Training(new Training.Description(TestData.unique("Training"), "Made by a test.", "tests",
                Language.EN, TrainingMode.ONLINE, data.institution("Mundus"), capacity, now.plus(opensIn), now.plus(closesIn),
                now.plus(deadlineIn), nomination),
                List.of(new SessionPlan(start, start.plusHours(2), "Europe/Podgorica", null, "https://meet.example.org/test")));
        em.persist(training);
        return training;
    }

    /** A training open for registration now, with a cancellation deadline in 30 days. */
    public Training openTraining(int capacity, boolean nomination) {
        return training(capacity, Duration.ofDays(-1), Duration.ofDays(20), Duration.ofDays(30), nomination);
    }

    /** New teachers of the school who take the given number of seats, registered directly through the training's rules. */
    public void fillSeats(long trainingId, String schoolName, int seats) {
        Training training = em.find(Training.class, trainingId);
        for (UserAccount teacher : data.newAccounts(Role.TEACHER, schoolName, seats)) {
            em.persist(training.register(teacher, null, whileOpen(training)));
        }
    }

    /** Now, or, for a training whose registration has closed, its last moment: when its people registered. */
    private static Instant whileOpen(Training training) {
        Instant now = Instant.now();
        return now.isAfter(training.getRegistrationCloses()) ? training.getRegistrationCloses() : now;
    }

    /** Completes every seat of the training, as closing it after full attendance would. */
    public void completeSeats(long trainingId) {
        registrations(trainingId).stream()
                .filter(registration -> registration.getStatus() == RegistrationStatus.REGISTERED)
                .forEach(registration -> registration.complete(CompletionBasis.ATTENDANCE, CertificateCode.next(), Instant.now()));
    }

    public UserAccount newTeacher(String schoolName) {
        return data.newAccount(Role.TEACHER, schoolName);
    }

    /** The training's registrations with their histories, in the order they were made. */
    public List<Registration> registrations(long trainingId) {
        List<Registration> registrations = em.createQuery(
                        "SELECT r FROM Registration r JOIN FETCH r.participant WHERE r.training.id = :training ORDER BY r.id",
                        Registration.class)
                .setParameter("training", trainingId).getResultList();
        registrations.forEach(r -> r.getHistory().size());
        return registrations;
    }

    /** Ends the registration through the training's rules, as its participant would: a seat given up, the list left. */
    public void cancel(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        registration.getTraining().cancel(registration, registration.getParticipant(), Instant.now());
    }

    /** The training with every registration read, so that its own counts of the seats can be asked. */
    public Training withRegistrations(long trainingId) {
        Training training = em.find(Training.class, trainingId);
        training.getRegistrations().size();
        return training;
    }

    /** Whether the training's registrations were read into it. */
    public boolean registrationsRead(Training training) {
        return em.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(training, "registrations");
    }

    public Registration registration(long id) {
        Registration registration = em.find(Registration.class, id);
        registration.getHistory().size();
        return registration;
    }

    /**
     * A training of Mundus whose sessions (two hours each, one a day in Podgorica) start
     * {@code firstInDays} days from today (negative: in the past). Its registration is open now when
     * the sessions are ahead, and closes (as does the giving up of seats) at the latest an hour
     * before the first; a training that took place had it open the month before.
     */
    public Training trainingWithSessions(int capacity, int firstInDays, int sessions) {
        return trainingWithSessions("Mundus", capacity, firstInDays, sessions);
    }

    /** The same, provided by the institution of that name (a company, for partner staff). */
    public Training trainingWithSessions(String provider, int capacity, int firstInDays, int sessions) {
        Instant now = Instant.now();
        LocalDateTime first = LocalDateTime.now(ZoneId.of("Europe/Podgorica")).plusDays(firstInDays)
                .withHour(9).withMinute(0).withSecond(0).withNano(0);
        List<SessionPlan> plans = java.util.stream.IntStream.range(0, sessions)
                .mapToObj(i -> new SessionPlan(first.plusDays(i), first.plusDays(i).plusHours(2), "Europe/Podgorica",
                        provider + ", room " + (i + 1), null))
                .toList();
        Instant beforeFirst = first.atZone(ZoneId.of("Europe/Podgorica")).toInstant().minus(Duration.ofHours(1));
        Instant closes = beforeFirst.isBefore(now.plus(Duration.ofDays(20))) ? beforeFirst : now.plus(Duration.ofDays(20));
        Instant opens = (closes.isBefore(now) ? closes : now).minus(Duration.ofDays(30));
        Training training = new Training(new Training.Description(TestData.unique("Training"), "Made by a test.", "tests",
                Language.EN, TrainingMode.ON_SITE, data.institution(provider), capacity, opens, closes, closes, false), plans);
        em.persist(training);
        return training;
    }

    /** Registers the account directly through the training's rules, while it was open; returns the registration's id. */
    public long register(long trainingId, String username) {
        Training training = em.find(Training.class, trainingId);
        Registration registration = training.register(data.account(username), null, whileOpen(training));
        if (registration.isNew()) {
            em.persist(registration);
        }
        em.flush();
        return registration.getId();
    }

    /**
     * The participant's feedback, given directly through the registration's rules at the time stated, once the coordinator
     * has marked them present at the first session (only those who attended rate a training).
     */
    public void leaveFeedback(long registrationId, int rating, String comment, Instant at) {
        Registration registration = em.find(Registration.class, registrationId);
        Training training = registration.getTraining();
        training.markAttendance(training.getSessions().get(0), registration, true, data.account("coordinator"), at);
        registration.leaveFeedback(rating, comment, at);
    }

    /** The ids of the training's sessions in their order. */
    public List<Long> sessions(long trainingId) {
        return em.find(Training.class, trainingId).getSessions().stream().map(s -> s.getId()).toList();
    }

    public Training trainingById(long id) {
        Training training = em.find(Training.class, id);
        training.getSessions().size();
        return training;
    }

    /**
     * Keeps the training's registration and the giving up of seats open until ten days from now, whatever its sessions:
     * as a training saved before its dates were checked against its sessions may still have them.
     */
    public void keepOpenAfterItsSessions(long trainingId) {
        Instant later = Instant.now().plus(Duration.ofDays(10));
        em.createQuery("UPDATE Training t SET t.registrationCloses = :later, t.cancellationDeadline = :later WHERE t.id = :id")
                .setParameter("later", later).setParameter("id", trainingId).executeUpdate();
    }

    /** Switches the training's priority for people with fewer opportunities on. */
    public void prioritise(long trainingId) {
        em.find(Training.class, trainingId).prioritiseFewerOpportunities(true);
    }

    public void markRural(String institutionName) {
        data.institution(institutionName).markRural(true);
    }
}
