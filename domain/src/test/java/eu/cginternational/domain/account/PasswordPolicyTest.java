package eu.cginternational.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.PasswordPolicy.Violation;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String USERNAME = "ana.kovac";

    @Nested
    class Length {

        @Test
        void elevenCharactersAreTooShort() {
            assertThat(PasswordPolicy.check("v7-plum-jar", USERNAME)).isEqualTo(Optional.of(Violation.TOO_SHORT));
        }

        @Test
        void twelveCharactersAreEnough() {
            assertThat(PasswordPolicy.MIN_LENGTH).isEqualTo(12);
            assertThat(PasswordPolicy.check("Xv7-plum-jar", USERNAME)).isEqualTo(Optional.empty());
        }

        @Test
        void nullIsTooShort() {
            assertThat(PasswordPolicy.check(null, USERNAME)).isEqualTo(Optional.of(Violation.TOO_SHORT));
        }

        @Test
        void charactersOutsideTheBasicPlaneCountOnce() {
            String elevenEmoji = "\uD83C\uDF4F".repeat(11);

            assertThat(elevenEmoji.length()).isEqualTo(22);
            assertThat(PasswordPolicy.check(elevenEmoji, USERNAME)).isEqualTo(Optional.of(Violation.TOO_SHORT));
        }

        @Test
        void maxLengthIsAccepted() {
            String longest = "Xv7-plum-jar".repeat(11).substring(0, PasswordPolicy.MAX_LENGTH);

            assertThat(PasswordPolicy.check(longest, USERNAME)).isEqualTo(Optional.empty());
        }

        @Test
        void overMaxLengthIsTooLong() {
            String tooLong = "Xv7-plum-jar".repeat(11).substring(0, PasswordPolicy.MAX_LENGTH + 1);

            assertThat(PasswordPolicy.check(tooLong, USERNAME)).isEqualTo(Optional.of(Violation.TOO_LONG));
        }
    }

    @Nested
    class CommonPasswords {

        @Test
        void commonPasswordFromTheListIsTooCommon() {
            assertThat(PasswordPolicy.check("123qweasdzxc", USERNAME)).isEqualTo(Optional.of(Violation.TOO_COMMON));
        }

        @Test
        void commonPasswordsAreRecognisedWhateverTheCase() {
            assertThat(PasswordPolicy.check("1QAZ2WSX3EDC", USERNAME)).isEqualTo(Optional.of(Violation.TOO_COMMON));
        }

        @Test
        void lengthIsCheckedBeforeCommonness() {
            assertThat(PasswordPolicy.check("password", USERNAME)).isEqualTo(Optional.of(Violation.TOO_SHORT));
        }
    }

    @Nested
    class Username {

        @Test
        void passwordContainingTheUsernameIsRefused() {
            assertThat(PasswordPolicy.check("my-ana.kovac-2026", USERNAME))
                    .isEqualTo(Optional.of(Violation.CONTAINS_USERNAME));
        }

        @Test
        void usernameIsFoundWhateverTheCase() {
            assertThat(PasswordPolicy.check("My-ANA.Kovac-2026", USERNAME))
                    .isEqualTo(Optional.of(Violation.CONTAINS_USERNAME));
            assertThat(PasswordPolicy.check("my-ana.kovac-2026", "ANA.KOVAC"))
                    .isEqualTo(Optional.of(Violation.CONTAINS_USERNAME));
        }

        @Test
        void withoutAUsernameOnlyTheOtherRulesApply() {
            assertThat(PasswordPolicy.check("my-ana.kovac-2026", null)).isEqualTo(Optional.empty());
        }
    }

    @Nested
    class GoodPasswords {

        @Test
        void goodPasswordPasses() {
            assertThat(PasswordPolicy.check("cg-demo-2026!", USERNAME)).isEqualTo(Optional.empty());
        }
    }
}
