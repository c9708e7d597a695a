package eu.cginternational.service.training;

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
import eu.cginternational.domain.training.CompletionBasis;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.SessionPlan;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import eu.cginternational.service.notification.Notice;
import eu.cginternational.service.notification.Notifications;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the notices of a registration say, as the participant reads them in the app and in the e-mail. */
class TrainingNoticesTest {

    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true);
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");

    private final Institution school = withId(new Institution("JU Srednja stručna škola Pljevlja", InstitutionType.VET_SCHOOL,
            MONTENEGRO, "Pljevlja", new GeoPoint(43.36, 19.36)), 10L);
    private final Institution provider = withId(new Institution("Mundus", InstitutionType.PROJECT_PARTNER, MONTENEGRO,
            "Podgorica", new GeoPoint(42.44, 19.26)), 11L);
    private final List<Notice> sent = new ArrayList<>();
    private final TrainingNotices notices = new TrainingNotices();

    @BeforeEach
    void keepWhatIsSent() {
        notices.notifications = new Notifications() {
            @Override
            public void send(Notice notice) {
                sent.add(notice);
            }

            @Override
            public String publicLink(String path) {
                return "https://cg.example.org" + path;
            }
        };
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | First session",
        "SQ  | Sesioni i parë",
        "CNR | Prvi termin"})
    void aSeatInASelfPacedModuleIsToldWithoutAFirstSession(Language language, String firstSession) {
        Registration seat = seat(training(TrainingMode.SELF_PACED, List.of()), language);

        notices.promoted(seat);
        notices.nominated(seat);
        notices.decided(seat);

        assertThat(sent).hasSize(3).allSatisfy(notice -> {
            assertThat(notice.text()).contains("Introducing RIASEC interests").doesNotContain(firstSession).doesNotContain(": .");
            assertThat(notice.mailBody()).contains(notice.text());
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | First session: April 20, 2026 09:00 (Europe/Podgorica).",
        "SQ  | Sesioni i parë: 20 prill 2026 09:00 (Europe/Podgorica).",
        "CNR | Prvi termin: 20. april 2026. 09:00 (Europe/Podgorica)."})
    void aSeatInATrainingWithSessionsIsToldItsFirstSession(Language language, String firstSession) {
        Registration seat = seat(training(TrainingMode.BLENDED, List.of(new SessionPlan(LocalDateTime.of(2026, 4, 20, 9, 0),
                LocalDateTime.of(2026, 4, 20, 16, 0), "Europe/Podgorica", "Ministarstvo prosvjete, sala 2", null))), language);

        notices.promoted(seat);
        notices.nominated(seat);
        notices.decided(seat);

        assertThat(sent).hasSize(3).allSatisfy(notice -> assertThat(notice.text()).endsWith(firstSession));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EN  | New dates: Introducing RIASEC interests     | First session now: May 4, 2026 09:00 (Europe/Podgorica).",
        "SQ  | Data të reja: Introducing RIASEC interests  | Sesioni i parë tani: 4 maj 2026 09:00 (Europe/Podgorica).",
        "CNR | Novi termini: Introducing RIASEC interests  | Prvi termin je sada: 04. maj 2026. 09:00 (Europe/Podgorica)."})
    void aMovedTrainingIsToldWithItsNewFirstSession(Language language, String title, String firstSession) {
        Training training = training(TrainingMode.ON_SITE, List.of(new SessionPlan(LocalDateTime.of(2026, 4, 20, 9, 0),
                LocalDateTime.of(2026, 4, 20, 12, 0), "Europe/Podgorica", "Ministarstvo prosvjete, sala 2", null)));
        Registration seat = seat(training, language);
        training.planSessions(List.of(new SessionPlan(LocalDateTime.of(2026, 5, 4, 9, 0), LocalDateTime.of(2026, 5, 4, 12, 0),
                "Europe/Podgorica", "Ministarstvo prosvjete, sala 2", null)));

        notices.rescheduled(seat);

        assertThat(sent).singleElement().satisfies(notice -> {
            assertThat(notice.title()).isEqualTo(title);
            assertThat(notice.text()).contains("Introducing RIASEC interests").endsWith(firstSession);
            assertThat(notice.mailBody()).contains(notice.text());
        });
    }

    /** The certificate is on the training's page, where the notice links to; My trainings lists no certificates. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "EN  | the training's page   | My trainings",
        "SQ  | faqja e trajnimit     | Trajnimet e mia",
        "CNR | stranice obuke        | Moje obuke"})
    void theCompletionSendsTheParticipantToTheTrainingsPageForTheCertificate(Language language, String trainingPage,
            String myTrainings) {
        Registration seat = seat(training(TrainingMode.SELF_PACED, List.of()), language);
        seat.complete(CompletionBasis.SELF_PACED_MODULE, "K7QM-3XWP-9HRT", Instant.parse("2026-04-28T10:00:00Z"));

        notices.completed(seat);

        assertThat(sent).singleElement().satisfies(notice -> {
            assertThat(notice.text()).contains("K7QM-3XWP-9HRT", trainingPage).doesNotContain(myTrainings);
            assertThat(notice.link()).isEqualTo("/trainings/training.xhtml?id=7");
        });
    }

    private Training training(TrainingMode mode, List<SessionPlan> sessions) {
        return withId(new Training(new Training.Description("Introducing RIASEC interests", "Made by a test.", "RIASEC",
                Language.EN, mode, provider, 10, OPENS, Instant.parse("2026-03-31T00:00:00Z"),
                Instant.parse("2026-04-01T00:00:00Z"), false), sessions), 7L);
    }

    private Registration seat(Training training, Language language) {
        UserAccount teacher = withId(new UserAccount("teacher.pljevlja", "t@example.org", "Milica Đurović", school,
                EnumSet.of(Role.TEACHER), language, "hash"), 5L);
        return training.register(teacher, null, Instant.parse("2026-03-02T00:00:00Z"));
    }
}
