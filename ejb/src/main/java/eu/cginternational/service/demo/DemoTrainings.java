package eu.cginternational.service.demo;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.training.Attendance;
import eu.cginternational.domain.training.CertificateCode;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.SessionPlan;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import eu.cginternational.domain.training.TrainingSession;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The demo trainings: one that is over (attendance marked, closed, certificates issued, rated), one
 * running (its first session marked), two open for registration (one of them full
 * with a waiting list) and one that needs the school's nomination with a request waiting. Every
 * registration goes through the training's own rules, at a moment inside its registration window.
 * A self-paced module on RIASEC interests, in three languages, has teacher.kpt registered. One
 * running training is provided by a company, Costa Azul Hoteles: its partner staff (partner.es)
 * keep its attendance sheet, whose first session is waiting to be marked.
 */
final class DemoTrainings {

    private static final String PODGORICA = "Europe/Podgorica";
    private static final String TIRANA = "Europe/Tirane";

    private final EntityManager em;
    private final Map<String, UserAccount> accounts;
    private final Instant now;

    /** The trainings as they stand at the moment given: their windows count from it, their sessions from its day. */
    DemoTrainings(EntityManager em, Map<String, UserAccount> accounts, Instant now) {
        this.em = em;
        this.accounts = accounts;
        this.now = now;
    }

    void load(Institution mundus, Institution finnishPartner, Institution hotelPartner) {
        Training past = training("Career guidance basics for VET teachers",
                "Four mornings on the foundations of career guidance in vocational schools: the guidance interview, "
                        + "labour-market information and working with families.",
                "career guidance, interviewing, labour-market information", Language.EN, TrainingMode.ON_SITE, mundus, 20,
                days(-150), days(-100), days(-95), false,
                List.of(session(-90, 9, 13, TIRANA, "Kolegji Profesional i Tiranës, hall A", null),
                        session(-89, 9, 13, TIRANA, "Kolegji Profesional i Tiranës, hall A", null)));
        register(past, days(-120), "teacher.kpt", "teacher.lutfimusiqi", "school.lutfimusiqi");
        past.requireCompletionShare(100);
        attend(past, 0, days(-90), "teacher.kpt", "teacher.lutfimusiqi", "school.lutfimusiqi");
        attend(past, 1, days(-89), "teacher.kpt", "school.lutfimusiqi");
        absent(past, 1, days(-89), "teacher.lutfimusiqi");
        past.close(days(-88), CertificateCode::next);
        past.registrationOf(accounts.get("teacher.kpt")).orElseThrow().leaveFeedback(5,
                "Very practical: the interview role plays helped me most.", days(-87));
        past.registrationOf(accounts.get("school.lutfimusiqi")).orElseThrow().leaveFeedback(4,
                "Good content; the second morning was too short for the labour-market part.", days(-86));

        Training running = training("Labour-market information in guidance",
                "How to read and explain vacancy and wage data with students; one day together, then an online follow-up.",
                "labour-market information, data, counselling", Language.SQ, TrainingMode.BLENDED, finnishPartner, 15,
                days(-40), days(-5), days(-4), false,
                List.of(session(-2, 10, 15, TIRANA, "SHMT Lutfi Musiqi, Prishtina", null),
                        session(5, 16, 18, "Europe/Helsinki", null, "https://meet.cg-international.eu/lmi-follow-up")));
        register(running, days(-20), "teacher.kpt", "school.pljevlja", "teacher.lutfimusiqi");
        attend(running, 0, days(-2), "teacher.kpt", "school.pljevlja");
        absent(running, 0, days(-2), "teacher.lutfimusiqi");

        Training open = training("RIASEC interest assessment in practice",
                "Run the platform's interest self-assessment with a class and turn the profiles into guidance conversations.",
                "RIASEC, self-assessment, guidance", Language.EN, TrainingMode.ONLINE, mundus, 25,
                days(-7), days(30), days(35), false,
                List.of(session(40, 15, 17, PODGORICA, null, "https://meet.cg-international.eu/riasec-1"),
                        session(47, 15, 17, PODGORICA, null, "https://meet.cg-international.eu/riasec-2")));
        register(open, days(-3), "teacher.lutfimusiqi");

        Training full = training("Mentoring learners on placements abroad",
                "Two days in Podgorica for staff who prepare and follow learners on work placements abroad: "
                        + "learning agreements, mentors at the host, recognition of results.",
                "mobility, mentoring, learning agreement", Language.CNR, TrainingMode.ON_SITE, mundus, 3,
                days(-10), days(25), days(28), false,
                List.of(session(35, 9, 16, PODGORICA, "Ministarstvo prosvjete, Podgorica, sala 2", null),
                        session(36, 9, 13, PODGORICA, "Ministarstvo prosvjete, Podgorica, sala 2", null)));
        register(full, days(-6), "teacher.kpt", "teacher.lutfimusiqi", "school.kpt", "school.lutfimusiqi");

        Training nominated = training("Erasmus+ mobility coordination for school staff",
                "For the international officers of the schools: applications, approvals, grants and reporting. "
                        + "The school nominates who attends.",
                "Erasmus+, coordination, grants", Language.EN, TrainingMode.ONLINE, mundus, 10,
                days(-5), days(40), days(45), true,
                List.of(session(50, 10, 12, TIRANA, null, "https://meet.cg-international.eu/erasmus-coordination")));
        register(nominated, days(-2), "teacher.kpt");

        Training selfPaced = training("Introducing RIASEC interests to VET students",
                "A self-paced online module: the six interest types, running the platform's self-assessment with a class, "
                        + "and turning profiles into occupations and placements. Three short lessons and a quiz.",
                "RIASEC, self-assessment, career guidance, online learning", Language.EN, TrainingMode.SELF_PACED, mundus, 200,
                days(-14), days(120), days(120), false, List.of());
        em.persist(DemoModule.riasec(selfPaced));
        register(selfPaced, days(-1), "teacher.kpt");

        Training hosted = training("Preparing learners for hotel placements",
                "A hotel group that hosts VET learners shows what a placement in hospitality asks of them: shifts, "
                        + "safety and hygiene, guests in several languages. One online afternoon, then a day at a hotel in Valencia.",
                "hospitality, work placements, mentoring", Language.EN, TrainingMode.BLENDED, hotelPartner, 12,
                days(-30), days(-3), days(-2), false,
                List.of(session(-1, 15, 17, "Europe/Madrid", null, "https://meet.cg-international.eu/hotel-placements"),
                        session(6, 9, 16, "Europe/Madrid", "Costa Azul Hoteles, Valencia", null)));
        register(hosted, days(-10), "teacher.pljevlja", "teacher.lutfimusiqi");
    }

    private Training training(String title, String description, String topics, Language language, TrainingMode mode,
            Institution provider, int capacity, Instant opens, Instant closes, Instant deadline, boolean nomination,
            List<SessionPlan> sessions) {
        Training training = new Training(new Training.Description(title, description, topics, language, mode, provider,
                capacity, opens, closes, deadline, nomination), sessions);
        em.persist(training);
        return training;
    }

    /** Registers the people in this order, a few minutes apart, as they would have done themselves. */
    private void register(Training training, Instant at, String... usernames) {
        for (int i = 0; i < usernames.length; i++) {
            em.persist(training.register(accounts.get(usernames[i]), null, at.plus(Duration.ofMinutes(7L * i))));
        }
    }

    /** The coordinator marks these people present at the training's session (by its place in the order). */
    private void attend(Training training, int session, Instant at, String... usernames) {
        mark(training, session, at, true, usernames);
    }

    private void absent(Training training, int session, Instant at, String... usernames) {
        mark(training, session, at, false, usernames);
    }

    private void mark(Training training, int session, Instant at, boolean present, String... usernames) {
        TrainingSession meeting = training.getSessions().get(session);
        for (String username : usernames) {
            Registration registration = training.registrationOf(accounts.get(username)).orElseThrow();
            Attendance mark = training.markAttendance(meeting, registration, present, accounts.get("coordinator"),
                    at.isBefore(meeting.getStartInstant()) ? meeting.getEndInstant() : at);
            if (mark.getId() == null) {
                em.persist(mark);
            }
        }
    }

    private Instant days(int offset) {
        return now.plus(Duration.ofDays(offset));
    }

    /** A session the days after (or before) the day at the moment on the session's own clock, in its time zone. */
    private SessionPlan session(int dayOffset, int fromHour, int toHour, String zone, String place, String link) {
        LocalDate day = LocalDate.ofInstant(now, ZoneId.of(zone)).plusDays(dayOffset);
        return new SessionPlan(LocalDateTime.of(day, LocalTime.of(fromHour, 0)), LocalDateTime.of(day, LocalTime.of(toHour, 0)),
                zone, place, link);
    }
}
