package eu.cginternational.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final SignedInCaller TEACHER = new SignedInCaller("teacher.kpt", Set.of("TEACHER"), 3);

    private final BasicCredentials credentials = new BasicCredentials();

    @Nested
    class Keying {

        @Test
        void theSameUsernameAndPasswordFindTheCallerRememberedForThem() {
            credentials.remember("teacher.kpt", "a long passphrase", TEACHER, NOW);

            assertThat(credentials.find("teacher.kpt", "a long passphrase", NOW.plusSeconds(1))).hasValue(TEACHER);
        }

        @Test
        void anotherPasswordOrUsernameFindsNothing() {
            credentials.remember("teacher.kpt", "a long passphrase", TEACHER, NOW);

            assertThat(credentials.find("teacher.kpt", "a long passphrase!", NOW)).isEmpty();
            assertThat(credentials.find("Teacher.kpt", "a long passphrase", NOW)).isEmpty();
        }

        @Test
        void theKeyHoldsNeitherThePasswordNorAPlainHashOfIt() {
            String key = credentials.keyOf("teacher.kpt", "a long passphrase");

            assertThat(key).doesNotContain("passphrase").doesNotContain("teacher");
            assertThat(new BasicCredentials().keyOf("teacher.kpt", "a long passphrase"))
                    .as("each start makes its own secret key").isNotEqualTo(key);
        }
    }

    @Nested
    class Lifetime {

        @Test
        void aCredentialIsRememberedForTheLifetimeOnly() {
            credentials.remember("teacher.kpt", "a long passphrase", TEACHER, NOW);

            assertThat(credentials.find("teacher.kpt", "a long passphrase", NOW.plus(BasicCredentials.LIFETIME).minusMillis(1)))
                    .hasValue(TEACHER);
            assertThat(credentials.find("teacher.kpt", "a long passphrase", NOW.plus(BasicCredentials.LIFETIME))).isEmpty();
        }

        @Test
        void aNewSignInStartsANewLifetimeWithTheCallerFoundThen() {
            SignedInCaller afterARoleChange = new SignedInCaller("teacher.kpt", Set.of("TEACHER", "SCHOOL_ADMIN"), 3);
            credentials.remember("teacher.kpt", "a long passphrase", TEACHER, NOW);
            Instant later = NOW.plus(BasicCredentials.LIFETIME);

            credentials.remember("teacher.kpt", "a long passphrase", afterARoleChange, later);

            assertThat(credentials.find("teacher.kpt", "a long passphrase", later.plusSeconds(30))).hasValue(afterARoleChange);
        }
    }
}
