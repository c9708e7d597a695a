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
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.SessionPlan;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import eu.cginternational.service.documents.Pdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificate of a training read back with PDFBox, and the calendar file of its sessions. */
class TrainingDocumentsTest {

    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true,
            ZoneId.of("Europe/Podgorica"));
    private static final Instant OPENS = Instant.parse("2026-03-01T00:00:00Z");

    private final TrainingDocuments documents = new TrainingDocuments();
    private final Institution school = withId(new Institution("JU Srednja stručna škola Pljevlja", InstitutionType.VET_SCHOOL,
            MONTENEGRO, "Pljevlja", new GeoPoint(43.36, 19.36)), 10L);
    private final Institution provider = withId(new Institution("Mundus", InstitutionType.PROJECT_PARTNER, MONTENEGRO,
            "Podgorica", new GeoPoint(42.44, 19.26)), 11L);

    private Training training() {
        return withId(new Training(new Training.Description("Mentoring learners on placements abroad", "Two days in Podgorica.",
                "mobility, mentoring", Language.CNR, TrainingMode.BLENDED, provider, 10, OPENS,
                Instant.parse("2026-03-31T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"), false),
                List.of(new SessionPlan(LocalDateTime.of(2026, 4, 20, 9, 0), LocalDateTime.of(2026, 4, 20, 16, 0),
                                "Europe/Podgorica", "Ministarstvo prosvjete, sala 2", null),
                        new SessionPlan(LocalDateTime.of(2026, 4, 27, 16, 0), LocalDateTime.of(2026, 4, 27, 18, 0),
                                "Europe/Helsinki", null, "https://meet.example.org/follow-up"))), 7L);
    }

    @Test
    void theCalendarHasAnEventPerSessionInItsOwnTimeZone() {
        String ics = new String(documents.calendar(training(), "https://cg.example.org/trainings/training.xhtml?id=7"),
                StandardCharsets.UTF_8).replace("\r\n ", "");

        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0", "PRODID:-//CG International//Trainings//EN");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);
        assertThat(ics).contains("DTSTART;TZID=Europe/Podgorica:20260420T090000", "DTEND;TZID=Europe/Podgorica:20260420T160000",
                "DTSTART;TZID=Europe/Helsinki:20260427T160000");
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:Europe/Podgorica", "TZID:Europe/Helsinki");
        assertThat(ics).contains("LOCATION:Ministarstvo prosvjete\\, sala 2", "URL:https://meet.example.org/follow-up");
        assertThat(ics).contains("SUMMARY:Mentoring learners on placements abroad (1/2)");
    }

    /** The certificate of a teacher of Pljevlja who completed the training at the moment. */
    private Pdf certificateCompletedAt(Instant completedAt) {
        UserAccount teacher = withId(new UserAccount("teacher.pljevlja", "t@example.org", "Milica Đurović", school,
                EnumSet.of(Role.TEACHER), Language.CNR, "hash"), 5L);
        Registration registration = training().register(teacher, null, Instant.parse("2026-03-02T00:00:00Z"));
        registration.complete(eu.cginternational.domain.training.CompletionBasis.ATTENDANCE, "K7QM-3XWP-9HRT", completedAt);
        return documents.certificate(registration, "https://cg.example.org/verify-certificate.xhtml?code=K7QM-3XWP-9HRT");
    }

    private static String text(Pdf pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCertificateCarriesNameTrainingAndCodeInTheParticipantsLanguage() throws IOException {
        Pdf pdf = certificateCompletedAt(Instant.parse("2026-04-28T10:00:00Z"));

        assertThat(text(pdf)).contains("Milica Đurović", "Mentoring learners on placements abroad", "Mundus", "K7QM-3XWP-9HRT",
                "Sertifikat", "Završeno 28. april 2026.");
        assertThat(pdf.fileName()).isEqualTo("training-certificate-K7QM-3XWP-9HRT.pdf");
    }

    /** Completed at 22:30 UTC, which is half past midnight in Podgorica: the provider's day is the next one. */
    @Test
    void theDayOfCompletionIsTheProvidersDay() throws IOException {
        assertThat(text(certificateCompletedAt(Instant.parse("2026-04-28T22:30:00Z")))).contains("Završeno 29. april 2026.")
                .doesNotContain("28. april 2026.");
    }
}
