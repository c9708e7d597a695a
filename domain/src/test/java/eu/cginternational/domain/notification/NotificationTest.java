package eu.cginternational.domain.notification;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class NotificationTest {

    private static final Instant CREATED = Instant.parse("2026-05-04T08:00:00Z");
    private static final String LINK = "/mobilities/mobility.xhtml?id=42";

    private static final Institution SCHOOL = withId(new Institution("SHMT Lutfi Musiqi", InstitutionType.VET_SCHOOL,
            new Country("XK", CountryGroup.REGION_1, false, true), "Prishtina", new GeoPoint(42.66, 21.16)), 7L);

    private final UserAccount valbona = account(1L, "valbona.krasniqi");

    private static UserAccount account(long id, String username) {
        return withId(new UserAccount(username, username + "@example.org", "Name of " + username, SCHOOL,
                EnumSet.of(Role.SCHOOL_ADMIN), Language.SQ, "hash-" + id), id);
    }

    private Notification notification(String title, String text, String link) {
        return new Notification(valbona, NotificationKind.ACTION_REQUIRED, title, text, link, CREATED);
    }

    @Nested
    class New {

        @Test
        void isUnreadAndKeepsWhatItWasGiven() {
            Notification notification = notification("A mobility waits for your decision",
                    "Arbër Morina of SHMT Lutfi Musiqi: Officina Meccanica Romagnola in Forlì", LINK);

            assertThat(notification.isUnread()).isTrue();
            assertThat(notification.getReadAt()).isNull();
            assertThat(notification.getCreatedAt()).isEqualTo(CREATED);
            assertThat(notification.getKind()).isEqualTo(NotificationKind.ACTION_REQUIRED);
            assertThat(notification.getLink()).isEqualTo(LINK);
            assertThat(notification.isFor(account(1L, "valbona.krasniqi"))).isTrue();
            assertThat(notification.isFor(account(2L, "agron.gashi"))).isFalse();
        }

        @Test
        void aTitleOrTextLongerThanItsColumnIsShortenedWithAnEllipsis() {
            Notification notification = notification("t".repeat(Notification.TITLE_MAXLENGTH + 1),
                    "x".repeat(Notification.TEXT_MAXLENGTH + 50), LINK);

            assertThat(notification.getTitle()).hasSize(Notification.TITLE_MAXLENGTH).endsWith("\u2026");
            assertThat(notification.getText()).hasSize(Notification.TEXT_MAXLENGTH).endsWith("\u2026");
        }

        @Test
        void shorteningNeverCutsACharacterInHalf() {
            // 199 chars, then an emoji of two chars that would be cut after its first half
            String title = "t".repeat(Notification.TITLE_MAXLENGTH - 2) + "\uD83D\uDE00" + "more";

            String shortened = notification(title, "text", LINK).getTitle();

            assertThat(shortened).endsWith("t\u2026").doesNotContain("\uD83D");
        }

        @Test
        void aTitleOrTextOfTheExactLengthIsKept() {
            String title = "t".repeat(Notification.TITLE_MAXLENGTH);

            assertThat(notification(title, "text", LINK).getTitle()).isEqualTo(title);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "   "})
        void needsATitleAndAText(String blank) {
            assertThrows(IllegalArgumentException.class, () -> notification(blank, "text", LINK));
            assertThrows(IllegalArgumentException.class, () -> notification("title", blank, LINK));
        }

        @Test
        void needsARecipientAKindAndAMoment() {
            assertThrows(NullPointerException.class,
                    () -> new Notification(null, NotificationKind.DECISION, "title", "text", LINK, CREATED));
            assertThrows(NullPointerException.class,
                    () -> new Notification(valbona, null, "title", "text", LINK, CREATED));
            assertThrows(NullPointerException.class,
                    () -> new Notification(valbona, NotificationKind.DECISION, "title", "text", LINK, null));
        }
    }

    @Nested
    class Link {

        @ParameterizedTest
        @ValueSource(strings = {"/notifications.xhtml", LINK, "/trainings/training.xhtml?id=3&session=2#seats", "/"})
        void isAPathOfThisSite(String link) {
            assertThat(Notification.isLocalPath(link)).isTrue();
            assertThat(notification("title", "text", link).getLink()).isEqualTo(link);
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(strings = {"", "https://evil.example/", "//evil.example/path", "/\\evil.example", "\\\\evil.example",
                "javascript:alert(1)", "mobilities/mobility.xhtml?id=42", "/mobility.xhtml?id=1 2", "/a\nb"})
        void neverLeadsToAnotherSite(String link) {
            assertThat(Notification.isLocalPath(link)).isFalse();
            assertThrows(IllegalArgumentException.class, () -> notification("title", "text", link));
        }

        @Test
        void isNotLongerThanItsColumn() {
            assertThat(Notification.isLocalPath("/" + "a".repeat(Notification.LINK_MAXLENGTH))).isFalse();
        }
    }

    @Nested
    class Renaming {

        @Test
        void thePseudonymReplacesTheNameWherever() {
            Notification notification = notification("A decision for Ana Li",
                    "Ana Li goes to Forlì. Ana Li will be mentored.", LINK);

            notification.rename("Ana Li", "Anonymised 1234");

            assertThat(notification.getTitle()).isEqualTo("A decision for Anonymised 1234");
            assertThat(notification.getText())
                    .isEqualTo("Anonymised 1234 goes to Forlì. Anonymised 1234 will be mentored.");
        }

        /** A text quoting a long comment is at its column's length: a longer pseudonym must not take it beyond. */
        @Test
        void aTitleOrTextAtItsLengthStaysWithinItsColumn() {
            Notification notification = notification("Ana Li: " + "t".repeat(Notification.TITLE_MAXLENGTH),
                    "Ana Li withdrew it: " + "c".repeat(Notification.TEXT_MAXLENGTH), LINK);

            notification.rename("Ana Li", "Anonymised 1234");

            assertThat(notification.getTitle()).hasSize(Notification.TITLE_MAXLENGTH)
                    .startsWith("Anonymised 1234: ").endsWith("\u2026");
            assertThat(notification.getText()).hasSize(Notification.TEXT_MAXLENGTH)
                    .startsWith("Anonymised 1234 withdrew it: ").endsWith("\u2026");
        }
    }

    @Nested
    class Reading {

        @Test
        void marksItRead() {
            Notification notification = notification("title", "text", LINK);
            Instant read = CREATED.plusSeconds(60);

            notification.markRead(read);

            assertThat(notification.isUnread()).isFalse();
            assertThat(notification.getReadAt()).isEqualTo(read);
        }

        @Test
        void readingAgainKeepsTheFirstMoment() {
            Notification notification = notification("title", "text", LINK);
            Instant first = CREATED.plusSeconds(60);

            notification.markRead(first);
            notification.markRead(first.plusSeconds(3600));

            assertThat(notification.getReadAt()).isEqualTo(first);
        }
    }
}
