package eu.cginternational.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasswordResetTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration VALIDITY = Duration.ofMinutes(30);
    private static final Instant EXPIRES = ISSUED.plus(VALIDITY);

    private static UserAccount account() {
        Institution school = new Institution("SSŠ Podgorica", InstitutionType.VET_SCHOOL,
                new Country("ME", CountryGroup.REGION_1, false, true), "Podgorica", new GeoPoint(42.44, 19.26));
        return new UserAccount("ana.kovac", "ana@example.org", "Ana Kovač", school, Set.of(Role.STUDENT),
                Language.CNR, "hash-1");
    }

    private static PasswordResetToken token() {
        return new PasswordResetToken("a".repeat(64), account(), ISSUED, VALIDITY);
    }

    @Nested
    class Expiry {

        @Test
        void expiresTheGivenValidityAfterIssue() {
            assertThat(token().getExpiresAt()).isEqualTo(EXPIRES);
        }

        @Test
        void defaultValidityIsOneHour() {
            assertThat(PasswordResetToken.VALIDITY).isEqualTo(Duration.ofHours(1));
        }

        @Test
        void usableBeforeExpiry() {
            PasswordResetToken token = token();

            assertThat(token.isUsableAt(ISSUED)).isTrue();
            assertThat(token.isUsableAt(EXPIRES.minusMillis(1))).isTrue();
        }

        @Test
        void notUsableFromExpiryOn() {
            PasswordResetToken token = token();

            assertThat(token.isUsableAt(EXPIRES)).isFalse();
            assertThat(token.isUsableAt(EXPIRES.plusSeconds(1))).isFalse();
        }

        @Test
        void expiredTokenCannotBeUsed() {
            PasswordResetToken token = token();

            assertThrows(IllegalStateException.class, () -> token.use(EXPIRES));
            assertThat(token.getUsedAt()).isNull();
        }
    }

    @Nested
    class SingleUse {

        @Test
        void useSpendsTheToken() {
            PasswordResetToken token = token();
            Instant usedAt = ISSUED.plusSeconds(60);

            token.use(usedAt);

            assertThat(token.getUsedAt()).isEqualTo(usedAt);
            assertThat(token.isUsableAt(usedAt.plusSeconds(1))).isFalse();
        }

        @Test
        void secondUseThrows() {
            PasswordResetToken token = token();
            token.use(ISSUED.plusSeconds(60));

            assertThrows(IllegalStateException.class, () -> token.use(ISSUED.plusSeconds(120)));
            assertThat(token.getUsedAt()).isEqualTo(ISSUED.plusSeconds(60));
        }
    }

    @Nested
    class Retirement {

        @Test
        void retiredTokenIsNotUsable() {
            PasswordResetToken token = token();
            Instant retiredAt = ISSUED.plusSeconds(60);

            token.retire(retiredAt);

            assertThat(token.isUsableAt(retiredAt)).isFalse();
            assertThrows(IllegalStateException.class, () -> token.use(retiredAt));
        }

        @Test
        void retiringASpentTokenKeepsTheTimeItWasUsed() {
            PasswordResetToken token = token();
            token.use(ISSUED.plusSeconds(60));

            token.retire(ISSUED.plusSeconds(120));

            assertThat(token.getUsedAt()).isEqualTo(ISSUED.plusSeconds(60));
        }
    }

    @Nested
    class Creation {

        @Test
        void requiresAHash() {
            UserAccount account = account();

            assertThrows(NullPointerException.class, () -> new PasswordResetToken(null, account, ISSUED, VALIDITY));
        }

        @Test
        void requiresAnAccount() {
            assertThrows(NullPointerException.class,
                    () -> new PasswordResetToken("a".repeat(64), null, ISSUED, VALIDITY));
        }

        @Test
        void belongsToTheAccountItWasIssuedFor() {
            UserAccount account = account();

            PasswordResetToken token = new PasswordResetToken("a".repeat(64), account, ISSUED, VALIDITY);

            assertThat(token.getAccount()).isSameAs(account);
        }
    }
}
