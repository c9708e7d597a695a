package eu.cginternational.service.agreement;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementTerms;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.PlacementCommitment;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF of an agreement's version, read back with PDFBox: its dates on the drafting institution's clock. */
class AgreementDocumentsTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true, ZoneId.of("Europe/Tirane"));
    private static final Country FINLAND = new Country("FI", CountryGroup.GROUP_1, true, false, ZoneId.of("Europe/Helsinki"));

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tirana", new GeoPoint(41.33, 19.82)), 1L);
    private final Institution company = withId(new Institution("Oulu Kitchens Oy", InstitutionType.COMPANY, FINLAND,
            "Oulu", new GeoPoint(65.01, 25.47)), 2L);
    private final UserAccount director = person(10L, "school.kpt", "Besnik Leka", school, Role.SCHOOL_ADMIN);
    private final UserAccount partner = person(11L, "partner.fi", "Aino Virtanen", company, Role.PARTNER);

    private static UserAccount person(long id, String username, String name, Institution institution, Role role) {
        return withId(new UserAccount(username, username + "@example.org", name, institution, Set.of(role), Language.EN,
                "hash"), id);
    }

    /** Made at 23:30 UTC in winter, half past midnight in Tirana, where the school drafted it: its day is the next one. */
    @Test
    void theDayAVersionWasMadeIsTheDraftingInstitutionsDay() throws IOException {
        AgreementTerms terms = new AgreementTerms(Language.EN, "Work-based learning in hospitality", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 3, 31), List.of(new PlacementCommitment("5120", "Cooks", 4)), 2, null, null, null, null,
                List.of());
        Agreement agreement = withId(new Agreement("Hospitality placements", director, List.of(company), terms,
                List.of(new NamedSigner(partner), new NamedSigner(director)), Instant.parse("2026-01-14T23:30:00Z")), 77L);

        try (PDDocument document = Loader.loadPDF(new AgreementDocuments().render(agreement.getCurrent()).content())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

            assertThat(text).contains("version 1 of January 15, 2026")
                    .contains("made by Besnik Leka on January 15, 2026.").doesNotContain("January 14, 2026");
        }
    }
}
