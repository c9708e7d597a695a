package eu.cginternational.service.demo;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.training.Training;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The demo trainings loaded at 23:30 UTC in winter: half past midnight of the next day in Tirana, Podgorica and Madrid,
 * half past one in Helsinki. A session meant for "the day before yesterday" or "in 40 days" is counted from the day its
 * own clock shows, not from the UTC day, which is still the day before there.
 */
class DemoTrainingsTest {

    private static final Instant HALF_PAST_MIDNIGHT_IN_TIRANA = Instant.parse("2026-12-03T23:30:00Z");

    private final Institution mundus = institution(1, "Mundus", InstitutionType.PROJECT_PARTNER, "ES", "Europe/Madrid");
    private final Institution oep = institution(2, "OEP", InstitutionType.PROJECT_PARTNER, "FI", "Europe/Helsinki");
    private final Institution costaAzul = institution(3, "Costa Azul Hoteles S.L.", InstitutionType.COMPANY, "ES", "Europe/Madrid");
    private final Institution kpt = institution(4, "Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL, "AL", "Europe/Tirane");
    private final Institution lutfi = institution(5, "SHMT Lutfi Musiqi", InstitutionType.VET_SCHOOL, "XK", "Europe/Belgrade");
    private final Institution pljevlja = institution(6, "SVS-Pljevlja", InstitutionType.VET_SCHOOL, "ME", "Europe/Podgorica");
    private final Map<String, UserAccount> accounts = new HashMap<>();
    private final List<Object> persisted = new ArrayList<>();

    @Test
    void sessionsAreOnTheDayTheirOwnClockShowsAtLoading() {
        account(10, "coordinator", mundus, Role.COORDINATOR);
        account(11, "teacher.kpt", kpt, Role.TEACHER);
        account(12, "school.kpt", kpt, Role.SCHOOL_ADMIN);
        account(13, "teacher.lutfimusiqi", lutfi, Role.TEACHER);
        account(14, "school.lutfimusiqi", lutfi, Role.SCHOOL_ADMIN);
        account(15, "teacher.pljevlja", pljevlja, Role.TEACHER);
        account(16, "school.pljevlja", pljevlja, Role.SCHOOL_ADMIN);

        new DemoTrainings(recordingEntityManager(), accounts, HALF_PAST_MIDNIGHT_IN_TIRANA).load(mundus, oep, costaAzul);

        // Two days before 4 December on the first session's clock (Tirana's); the follow-up five days after 4 December
        // on Helsinki's.
        assertThat(starts("Labour-market information in guidance"))
                .containsExactly(LocalDateTime.parse("2026-12-02T10:00"), LocalDateTime.parse("2026-12-09T16:00"));
        // Yesterday in Valencia is 3 December: the session the hotel's staff have to mark.
        assertThat(starts("Preparing learners for hotel placements"))
                .containsExactly(LocalDateTime.parse("2026-12-03T15:00"), LocalDateTime.parse("2026-12-10T09:00"));
        assertThat(starts("RIASEC interest assessment in practice"))
                .containsExactly(LocalDateTime.parse("2027-01-13T15:00"), LocalDateTime.parse("2027-01-20T15:00"));
    }

    private List<LocalDateTime> starts(String title) {
        return persisted.stream().filter(Training.class::isInstance).map(Training.class::cast)
                .filter(training -> training.getTitle().equals(title)).findFirst().orElseThrow()
                .getSessions().stream().map(session -> session.getStart()).toList();
    }

    /** An entity manager that only keeps what is persisted: the demo trainings ask nothing else of it. */
    private EntityManager recordingEntityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("persist")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    persisted.add(arguments[0]);
                    return null;
                });
    }

    private static Institution institution(long id, String name, InstitutionType type, String countryCode, String zone) {
        Country country = new Country(countryCode, CountryGroup.REGION_1, false, false, ZoneId.of(zone));
        return withId(new Institution(name, type, country, "City", new GeoPoint(0, 0)), id);
    }

    private void account(long id, String username, Institution institution, Role role) {
        accounts.put(username, withId(new UserAccount(username, username + "@example.org", username, institution,
                Set.of(role), Language.EN, "hash"), id));
    }
}
