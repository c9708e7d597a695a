package eu.cginternational.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationTest {

    @Test
    void aRecommendationStartsProposedWithItsAddresseeAndIsTracked() {
        Publication recommendation = new Publication(PublicationKind.RECOMMENDATION);
        recommendation.describe(" Guidance in every school ", "Summary", null, LocalDate.of(2026, 5, 1), " Ministry ");
        assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.PROPOSED);
        assertThat(recommendation.getAddressee()).isEqualTo("Ministry");
        recommendation.track(RecommendationStatus.IMPLEMENTED);
        recommendation.describe("Guidance in every school", "Changed summary", null, LocalDate.of(2026, 5, 1), "Ministry");
        assertThat(recommendation.getStatus()).isEqualTo(RecommendationStatus.IMPLEMENTED);
    }

    @Test
    void aRecommendationWithoutAddresseeIsAProgrammingError() {
        Publication recommendation = new Publication(PublicationKind.RECOMMENDATION);
        assertThrows(IllegalArgumentException.class,
                () -> recommendation.describe("T", "S", null, LocalDate.of(2026, 5, 1), " "));
    }

    @Test
    void aReportHasNeitherAddresseeNorStatus() {
        Publication report = new Publication(PublicationKind.REPORT);
        report.describe("Country report", "Summary", null, LocalDate.of(2026, 5, 1), "Ignored");
        assertThat(report.getAddressee()).isNull();
        assertThat(report.getStatus()).isNull();
        assertThrows(IllegalStateException.class, () -> report.track(RecommendationStatus.ADOPTED));
    }

    @Test
    void aPublicationIsOutByItsDateAndNotAheadOfIt() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        Publication report = new Publication(PublicationKind.REPORT);
        report.describe("Country report", "Summary", null, today, null);
        assertThat(report.isPublishedBy(today)).isTrue();
        assertThat(report.isPublishedBy(today.minusDays(1))).isFalse();
        report.describe("Country report", "Summary", null, LocalDate.of(1990, 1, 1), null);
        assertThat(report.isPublishedBy(today)).isTrue();
        // No date is its constraint's to report, not this rule's.
        report.describe("Country report", "Summary", null, null, null);
        assertThat(report.isPublishedBy(today)).isTrue();
    }
}
