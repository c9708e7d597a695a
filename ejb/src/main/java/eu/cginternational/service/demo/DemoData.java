package eu.cginternational.service.demo;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.learning.CefrLevel;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.Recognition;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.account.Passwords;
import eu.cginternational.service.mobility.MobilityNotices;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo companies and the demo accounts of the README when {@code cg.demo-data.enabled} is
 * true and the database holds no account yet: a database in use is never touched. The reference
 * data (countries, project partners, ministries) comes from the migrations, not from here.
 *
 * <p>Everything is loaded at one moment, and a record meant for "today", "in two months" or "four months ago" takes
 * that day on the clock the rules check it by: a mobility its sending school's ({@link Mobility#dayAt}), an agreement
 * its drafting institution's, a placement its partner's, a training session its own time zone's, a publication the
 * coordinator's. The UTC day is the day before in Tirana,
 * Prishtina and Podgorica for an hour after midnight (two in summer).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
public class DemoData {

    /** The password of every demo account, printed by deploy/run.sh. */
    public static final String PASSWORD = "cg-demo-2026!";

    @Inject
    Logger log;

    @PersistenceContext
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    MobilityNotices notices;

    @Inject
    @ConfigProperty(name = "cg.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    private String passwordHash;
    /** The moment the demo data is loaded at: each record's "today" is the day its own clock shows then. */
    private Instant now;
    private final Map<String, UserAccount> accounts = new HashMap<>();
    private final List<DemoMobility> demoMobilities = new ArrayList<>();

    @PostConstruct
    void loadIntoEmptyDatabase() {
        if (!enabled) {
            return;
        }
        long accounts = em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        if (accounts > 0) {
            log.log(Level.INFO, "Demo data not loaded: the database already holds {0} accounts", accounts);
            return;
        }
        // The demo accounts share one password, so one (slow) hash serves them all.
        passwordHash = passwords.hash(PASSWORD.toCharArray());
        now = Instant.now();

        Institution costaAzul = company("Costa Azul Hoteles S.L.", "ES", "Valencia", 39.4561, -0.3545);
        Institution tiranaDigital = company("Tirana Digital Solutions sh.p.k.", "AL", "Tirana", 41.3317, 19.8317);
        company("Officina Meccanica Romagnola S.r.l.", "IT", "Forlì", 44.2133, 12.0494);
        company("Dardania Construction L.L.C.", "XK", "Prishtina", 42.6486, 21.1631);
        company("Lovćen Turizam d.o.o.", "ME", "Budva", 42.2864, 18.8400);

        Institution mundus = institution("Mundus");
        Institution kpt = institution("Kolegji Profesional i Tiranës");
        Institution lutfiMusiqi = institution("SHMT Lutfi Musiqi");
        Institution pljevlja = institution("SVS-Pljevlja");
        pljevlja.markRural(true);

        Institution officina = institution("Officina Meccanica Romagnola S.r.l.");
        Institution oep = institution("OEP");

        account("coordinator", "Elena Martínez", mundus, Role.COORDINATOR, Language.EN);
        account("ministry.al", "Arben Hoxha", institution("Ministria e Arsimit dhe Sportit"), Role.MINISTRY_ADMIN, Language.SQ);
        account("ministry.xk", "Drita Berisha",
                institution("Ministria e Arsimit, Shkencës, Teknologjisë dhe Inovacionit"), Role.MINISTRY_ADMIN, Language.SQ);
        account("ministry.me", "Milica Vuković", institution("Ministarstvo prosvjete, nauke i inovacija"),
                Role.MINISTRY_ADMIN, Language.CNR);
        account("school.kpt", "Besnik Leka", kpt, Role.SCHOOL_ADMIN, Language.SQ);
        account("school.lutfimusiqi", "Valbona Krasniqi", lutfiMusiqi, Role.SCHOOL_ADMIN, Language.SQ);
        account("school.pljevlja", "Dragan Šćekić", pljevlja, Role.SCHOOL_ADMIN, Language.CNR);
        account("teacher.kpt", "Elira Dervishi", kpt, Role.TEACHER, Language.SQ);
        account("teacher.lutfimusiqi", "Agron Gashi", lutfiMusiqi, Role.TEACHER, Language.SQ);
        account("teacher.pljevlja", "Jelena Popović", pljevlja, Role.TEACHER, Language.CNR);
        account("student.kpt", "Klea Shehu", kpt, Role.STUDENT, Language.SQ);
        account("student.lutfimusiqi", "Arbër Morina", lutfiMusiqi, Role.STUDENT, Language.SQ);
        account("student.pljevlja", "Luka Knežević", pljevlja, Role.STUDENT, Language.CNR);
        account("partner.es", "Javier Ortega", costaAzul, Role.PARTNER, Language.EN);
        account("partner.al", "Ermal Kola", tiranaDigital, Role.PARTNER, Language.SQ);
        // Requests for an account waiting at two schools, for their administrators to confirm or decline.
        em.persist(new AccountRequest("ardit.basha", "ardit.basha@demo.cg-international.eu", "Ardit Basha", Role.STUDENT,
                kpt, Language.SQ));
        em.persist(new AccountRequest("marko.bulatovic", "marko.bulatovic@demo.cg-international.eu", "Marko Bulatović",
                Role.TEACHER, pljevlja, Language.CNR));
        mobilities(costaAzul, officina, oep);
        notifyLastSteps();
        new DemoTrainings(em, this.accounts, now).load(mundus, oep, costaAzul);
        new DemoAgreements(em, this.accounts, now).load();
        new DemoGuidance(em, this.accounts, now).load();
        log.info("Demo data loaded: 15 accounts, 2 requests for an account, 5 companies and mobilities in every state");
    }

    /**
     * Mobilities of the three Western Balkan schools in every state, each reached through its real steps in the day
     * before the moment, their dates from the school's day at the moment.
     */
    private void mobilities(Institution spain, Institution italy, Institution finland) {
        String[][] schools = {{"kpt", "ministry.al"}, {"lutfimusiqi", "ministry.xk"}, {"pljevlja", "ministry.me"}};
        Institution[] hosts = {spain, italy, finland};
        for (int i = 0; i < schools.length; i++) {
            UserAccount student = accounts.get("student." + schools[i][0]);
            UserAccount teacher = accounts.get("teacher." + schools[i][0]);
            UserAccount school = accounts.get("school." + schools[i][0]);
            UserAccount ministry = accounts.get(schools[i][1]);
            Institution host = hosts[i];
            LocalDate today = school.getInstitution().dayAt(now);
            LocalDate soon = today.plusMonths(2).withDayOfMonth(1);
            LocalDate past = today.minusMonths(4).withDayOfMonth(1);
            MobilityType shortTerm = MobilityType.LEARNER_SHORT_TERM;
            draft(teacher, student, shortTerm, host, soon, 28);
            draft(teacher, student, shortTerm, host, soon.plusMonths(1), 21).submit(teacher);
            draft(teacher, student, MobilityType.LEARNER_ERASMUS_PRO, host, soon.plusMonths(2), 120).submit(teacher).then(school);
            draft(teacher, student, shortTerm, host, soon.plusMonths(3), 30).submit(teacher).agreed(placement(i, false), teacher)
                    .then(school).then(ministry);
            draft(teacher, teacher, MobilityType.STAFF_JOB_SHADOWING, host, soon, 10).submit(teacher)
                    .step(MobilityAction.RETURN, school, "Please add the name of the mentor at the host.");
            draft(teacher, student, shortTerm, host, past, 25).submit(teacher).agreed(placement(i, false), teacher)
                    .then(school).then(ministry)
                    .step(MobilityAction.START, school, null)
                    .amended(placement(i, true), school, AMENDMENT_REASONS[i]);
            draft(teacher, student, shortTerm, host, past.minusMonths(6), 20).submit(teacher).agreed(placement(i, false), teacher)
                    .then(school).then(ministry)
                    .step(MobilityAction.START, school, null)
                    .reported("Three weeks in the kitchen of the host: prepared breakfasts, learned the cold kitchen.")
                    .step(MobilityAction.COMPLETE, school, null);
            draft(teacher, student, shortTerm, host, soon.plusMonths(4), 15).submit(teacher)
                    .step(MobilityAction.REJECT, school, "The dates clash with the final exams.");
            draft(student, student, shortTerm, host, soon.plusMonths(5), 14).step(MobilityAction.WITHDRAW, student, null);
            draft(teacher, teacher, MobilityType.STAFF_COURSE, host, soon.plusMonths(1), 5).submit(teacher).then(school).then(ministry)
                    .step(MobilityAction.CANCEL, school, "The course was called off by the host.");
        }
    }

    /** A mobility of the participant drafted by the creator, to be taken through its steps. */
    private DemoMobility draft(UserAccount creator, UserAccount participant, MobilityType type, Institution host,
            LocalDate start, int days) {
        Mobility mobility = new Mobility(participant, type, participant.getInstitution(), host, start, start.plusDays(days - 1L),
                creator);
        String[] occupations = PLACEMENT_OCCUPATIONS.get(host.getName());
        if (type.isForLearners() && occupations != null) {
            mobility.trainFor(type == MobilityType.LEARNER_ERASMUS_PRO ? occupations[1] : occupations[0]);
        }
        em.persist(mobility);
        DemoMobility demo = new DemoMobility(mobility, em, now.minus(1, ChronoUnit.DAYS));
        demoMobilities.add(demo);
        return demo;
    }

    /**
     * The in-app notices of each demo mobility's last step, written as the real step writes them, so
     * that the demo accounts find something unread. No e-mails: the demo addresses reach nobody.
     */
    private void notifyLastSteps() {
        em.flush(); // the notices link to the mobilities by id
        demoMobilities.stream().filter(demo -> demo.last != null)
                .forEach(demo -> notices.stepShownInApp(demo.mobility, demo.last));
    }

    /**
     * The occupations (ISCO-08) the learner placements of each host train for: short-term, then
     * ErasmusPro. Hotel kitchens train cooks, the long stay also waiters or receptionists; the
     * Italian workshop trains machine-tool setters and machinery mechanics.
     */
    private static final Map<String, String[]> PLACEMENT_OCCUPATIONS = Map.of(
            "Costa Azul Hoteles S.L.", new String[] {"5120", "5131"},
            "Officina Meccanica Romagnola S.r.l.", new String[] {"7223", "7233"},
            "OEP", new String[] {"5120", "4224"});

    /** Why the running placement of each school was amended after the approval. */
    private static final String[] AMENDMENT_REASONS = {
        "Organizata pritëse shtoi shërbimin në restorantin à la carte nga java e dytë.",
        "Organizata pritëse shtoi mirëmbajtjen e makinave CNC pas ardhjes së një torno të re.",
        "Domaćin je uveo i rad na recepciji hotela od druge sedmice; dnevni broj sati je usklađen."};

    /**
     * The learning agreement of a learner placement at the school's host (Spain, Italy, Finland),
     * written by the school in its own language; {@code amended} gives the content after the host
     * changed the plan.
     */
    private static LearningAgreementContent placement(int school, boolean amended) {
        return switch (school) {
            case 0 -> new LearningAgreementContent(
                    "Përgatit mëngjesin për 80 mysafirë sipas standardeve HACCP.\nDrejton në mënyrë të pavarur kuzhinën e ftohtë: sallata, antipasta, ëmbëlsira."
                            + (amended ? "\nShërben në restorantin à la carte dhe u flet mysafirëve në spanjisht." : ""),
                    "Punon në kuzhinën e hotelit nën mbikëqyrjen e shefit të kuzhinës; përgatit bufenë e mëngjesit; pastron dhe mirëmban pajisjet."
                            + (amended ? " Nga java e dytë: shërbim në restorant." : ""),
                    amended ? 38 : 35,
                    new LearningAgreementContent.Mentor("María José Ruiz", "Shefe e kuzhinës", "mj.ruiz@costaazul.example.es"),
                    "Një bisedë çdo javë me mentorin; ditar praktike që nxënësi e plotëson çdo ditë; telefonatë me mësuesin çdo të premte.",
                    "Mentori vlerëson detyrat me tabelën e rezultateve të shkollës; bisedë përmbyllëse në fund të lëvizshmërisë.",
                    Recognition.ECVET, "Njësia 4 e kualifikimit Kuzhinier, 8 pikë ECVET.", "es", CefrLevel.A2);
            case 1 -> new LearningAgreementContent(
                    "Përgatit dhe drejton një torno CNC në mënyrë të sigurt; lexon vizatime teknike; mat pjesët me kalibër."
                            + (amended ? "\nKryen mirëmbajtjen e rregullt të makinave CNC." : ""),
                    "Ndihmon në punishten mekanike: përgatit materialet, drejton tornon nën mbikëqyrje, kontrollon cilësinë e pjesëve."
                            + (amended ? " Çdo të premte: mirëmbajtje e makinave." : ""),
                    amended ? 36 : 35,
                    new LearningAgreementContent.Mentor("Giulia Bianchi", "Përgjegjëse e punishtes", "g.bianchi@officina.example.it"),
                    "Bisedë javore me mentorin; ditar praktike; vizitë e mësuesit në javën e tretë.",
                    "Mentori vlerëson pjesët e prodhuara dhe sigurinë në punë me tabelën e shkollës.",
                    Recognition.SCHOOL_PROGRAMME_CREDIT, "Njihet si praktika profesionale e klasës së 12-të (120 orë).", "it", CefrLevel.A1);
            default -> new LearningAgreementContent(
                    "Samostalno priprema doručak za goste hotela po HACCP standardima; priprema tradicionalna jela: đuveč, kačamak, čorba."
                            + (amended ? "\nPrima goste na recepciji i komunicira na engleskom jeziku." : ""),
                    "Rad u hotelskoj kuhinji pod nadzorom šefa kuhinje; priprema bifea; održavanje čistoće i opreme."
                            + (amended ? " Od druge sedmice: dva dana sedmično na recepciji." : ""),
                    amended ? 32 : 35,
                    new LearningAgreementContent.Mentor("Aino Virtanen", "Šefica kuhinje", "aino.virtanen@oep.example.fi"),
                    "Sedmični razgovor sa mentorom; dnevnik prakse; video-poziv sa nastavnikom svakog petka.",
                    "Mentor ocjenjuje zadatke prema tabeli ishoda učenja škole; završni razgovor na kraju mobilnosti.",
                    Recognition.EUROPASS_MOBILITY, "Europass dokument o mobilnosti koji popunjavaju škola i domaćin.", "en", CefrLevel.B1);
        };
    }

    /** Takes a demo mobility through its steps, an hour apart from the moment given, with its learning agreement. */
    private static final class DemoMobility {
        private final Mobility mobility;
        private final EntityManager em;
        private LearningAgreement agreement;
        private Instant at;
        private MobilityAction last;

        DemoMobility(Mobility mobility, EntityManager em, Instant from) {
            this.mobility = mobility;
            this.em = em;
            this.at = from;
        }

        DemoMobility agreed(LearningAgreementContent content, UserAccount by) {
            at = at.plusSeconds(3600);
            agreement = new LearningAgreement(mobility, content, by, at);
            em.persist(agreement);
            return this;
        }

        DemoMobility amended(LearningAgreementContent content, UserAccount by, String reason) {
            at = at.plusSeconds(3600);
            agreement.change(content, by, reason, at);
            return this;
        }

        DemoMobility submit(UserAccount by) {
            return step(MobilityAction.SUBMIT, by, null);
        }

        DemoMobility then(UserAccount approver) {
            return step(MobilityAction.APPROVE, approver, null);
        }

        DemoMobility reported(String text) {
            at = at.plusSeconds(3600);
            mobility.report(text, at);
            return this;
        }

        DemoMobility step(MobilityAction action, UserAccount by, String comment) {
            at = at.plusSeconds(3600);
            mobility.act(action, by, comment, at);
            last = action;
            return this;
        }
    }

    private Institution company(String name, String countryCode, String city, double latitude, double longitude) {
        Institution company = new Institution(name, InstitutionType.COMPANY, em.find(Country.class, countryCode), city,
                new GeoPoint(latitude, longitude));
        em.persist(company);
        return company;
    }

    private Institution institution(String name) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    private void account(String username, String fullName, Institution institution, Role role, Language language) {
        UserAccount account = new UserAccount(username, username + "@demo.cg-international.eu", fullName, institution,
                Set.of(role), language, passwordHash);
        em.persist(account);
        accounts.put(username, account);
    }
}
