package eu.cginternational.service.demo;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.service.account.Passwords;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads demo companies and the demo accounts of the README when {@code cg.demo-data.enabled} is
 * true and the database holds no account yet: a database in use is never touched. The reference
 * data (countries, project partners, ministries) comes from the migrations, not from here.
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
    @ConfigProperty(name = "cg.demo-data.enabled", defaultValue = "false")
    boolean enabled;

    private String passwordHash;

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

        Institution costaAzul = company("Costa Azul Hoteles S.L.", "ES", "Valencia", 39.4561, -0.3545);
        Institution tiranaDigital = company("Tirana Digital Solutions sh.p.k.", "AL", "Tirana", 41.3317, 19.8317);
        company("Officina Meccanica Romagnola S.r.l.", "IT", "Forlì", 44.2133, 12.0494);
        company("Dardania Construction L.L.C.", "XK", "Prishtina", 42.6486, 21.1631);
        company("Lovćen Turizam d.o.o.", "ME", "Budva", 42.2864, 18.8400);

        Institution mundus = institution("Mundus");
        Institution kpt = institution("Kolegji Profesional i Tiranës");
        Institution lutfiMusiqi = institution("SHMT Lutfi Musiqi");
        Institution pljevlja = institution("SVS-Pljevlja");

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
        log.info("Demo data loaded: 15 accounts and 5 companies");
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
        em.persist(new UserAccount(username, username + "@demo.cg-international.eu", fullName, institution,
                Set.of(role), language, passwordHash));
    }
}
