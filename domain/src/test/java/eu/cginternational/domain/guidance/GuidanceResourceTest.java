package eu.cginternational.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuidanceResourceTest {

    private static GuidanceResource resource(GuidanceResource.Content content) {
        GuidanceResource resource = new GuidanceResource(null);
        resource.describe(" Interview guide ", "How to prepare", ResourceKind.GUIDE, Language.EN,
                EnumSet.of(Audience.STUDENT, Audience.COUNSELLOR), List.of(" CV ", "interview", "cv", "a;b"), content);
        return resource;
    }

    @Nested
    class Description {

        @Test
        void audiencesAndTopicsAreStoredAsCodesThatLocateFindsWholly() {
            GuidanceResource resource = resource(new GuidanceResource.Body("<p>Text</p>"));
            assertThat(resource.getAudiences()).containsExactlyInAnyOrder(Audience.STUDENT, Audience.COUNSELLOR);
            assertThat(resource.getTopics()).containsExactly("cv", "interview", "a b");
            assertThat(resource.getTitle()).isEqualTo("Interview guide");
        }

        @Test
        void theSearchTextHoldsTitleSummaryTopicsAndTheWordsOfTheBody() {
            GuidanceResource resource = resource(new GuidanceResource.Body("<p>Ask the <em>mentor</em></p>"));
            assertThat(resource.getSearchText()).contains(" interview ", " guide ", " prepare ", " cv ", " mentor ");
        }

        @Test
        void aNewContentReplacesTheOldOneWhollyAndNoneKeepsIt() {
            GuidanceResource resource = resource(new GuidanceResource.File("guide.pdf", "application/pdf", new byte[] {1, 2}));
            resource.describe("T", "S", ResourceKind.LINK, Language.SQ, EnumSet.of(Audience.TEACHER), List.of(), null);
            assertThat(resource.hasFile()).isTrue();
            resource.describe("T", "S", ResourceKind.LINK, Language.SQ, EnumSet.of(Audience.TEACHER), List.of(),
                    new GuidanceResource.Link("https://europass.europa.eu"));
            assertThat(resource.hasFile()).isFalse();
            assertThat(resource.getFileContent()).isNull();
            assertThat(resource.getLink()).isEqualTo("https://europass.europa.eu");
        }

        /** Refused by the constraint on the audiences, with whatever else is wrong (ResourceLibraryIT), not thrown here. */
        @Test
        void aResourceWithoutAudienceIsDescribedWithNone() {
            GuidanceResource resource = new GuidanceResource(null);
            resource.describe("T", "S", ResourceKind.GUIDE, Language.EN, EnumSet.noneOf(Audience.class), List.of(),
                    new GuidanceResource.Body("x"));
            assertThat(resource.getAudiences()).isEmpty();
        }
    }

    @Nested
    class Life {

        @Test
        void aDraftIsPublishedThenArchivedAndMayBePublishedAgainKeepingTheFirstPublication() {
            GuidanceResource resource = resource(new GuidanceResource.Body("x"));
            Instant first = Instant.parse("2026-01-01T10:00:00Z");
            resource.moveTo(ResourceStatus.PUBLISHED, first);
            resource.moveTo(ResourceStatus.ARCHIVED, first.plusSeconds(60));
            resource.moveTo(ResourceStatus.PUBLISHED, first.plusSeconds(120));
            assertThat(resource.getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
            assertThat(resource.getPublishedAt()).isEqualTo(first);
        }

        @Test
        void nothingGoesBackToDraftAndAPublishedResourceIsNotPublishedTwice() {
            assertThat(ResourceStatus.PUBLISHED.mayBecome(ResourceStatus.DRAFT)).isFalse();
            assertThat(ResourceStatus.ARCHIVED.mayBecome(ResourceStatus.DRAFT)).isFalse();
            GuidanceResource resource = resource(new GuidanceResource.Body("x"));
            resource.moveTo(ResourceStatus.PUBLISHED, Instant.now());
            assertThrows(IllegalStateException.class, () -> resource.moveTo(ResourceStatus.PUBLISHED, Instant.now()));
        }
    }
}
