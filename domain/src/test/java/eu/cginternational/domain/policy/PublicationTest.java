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
    void aRecommendationWithoutAddresseeIsNotAddressedAndAReportNeedsNone() {
        Publication recommendation = new Publication(PublicationKind.RECOMMENDATION);
        recommendation.describe("T", "S", null, LocalDate.of(2026, 5, 1), " ");
        Publication report = new Publication(PublicationKind.REPORT);
        report.describe("T", "S", null, LocalDate.of(2026, 5, 1), null);

        assertThat(recommendation.isAddressed()).isFalse();
        assertThat(recommendation.getAddressee()).isNull();
        assertThat(report.isAddressed()).isTrue();
        recommendation.describe("T", "S", null, LocalDate.of(2026, 5, 1), "Ministry of Education");
        assertThat(recommendation.isAddressed()).isTrue();
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
    void aPublicationIsDatedOnTheDayOrBeforeAndNotAheadOfIt() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        Publication report = new Publication(PublicationKind.REPORT);
        assertThat(report.mayBeDated(today, today)).isTrue();
        assertThat(report.mayBeDated(LocalDate.of(1990, 1, 1), today)).isTrue();
        assertThat(report.mayBeDated(today.plusDays(1), today)).isFalse();
        report.describe("Country report", "Summary", null, today, null);
        assertThat(report.mayBeDated(today.plusDays(1), today)).isFalse();
        // No date is its constraint's to report, not this rule's.
        assertThat(report.mayBeDated(null, today)).isTrue();
    }

    /** One saved before the date was checked may be dated ahead: it is changed without a new date, not moved ahead. */
    @Test
    void aDateAheadIsKeptWhenTheChangeDoesNotTouchItButNotGivenAnew() {
        LocalDate today = LocalDate.of(2026, 5, 1);
        Publication report = new Publication(PublicationKind.REPORT);
        report.describe("Country report", "Summary", null, today.plusDays(10), null);

        assertThat(report.mayBeDated(today.plusDays(10), today)).isTrue();
        assertThat(report.mayBeDated(today.plusDays(11), today)).isFalse();
        assertThat(report.mayBeDated(today, today)).isTrue();
    }
}
