package eu.cginternational.domain.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void aCodeIsThreeGroupsOfFourUnambiguousCharacters() {
        Random seeded = new Random(42);
        for (int i = 0; i < 1000; i++) {
            String code = CertificateCode.next(seeded);
            assertThat(code).hasSize(CertificateCode.LENGTH).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
            assertThat(code).doesNotContain("0", "O", "1", "I", "L", "U");
        }
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(CertificateCode.next());
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void aTypedCodeIsTidied() {
        assertThat(CertificateCode.parse(" k7qm 3xwp-9hrt ")).contains("K7QM-3XWP-9HRT");
        assertThat(CertificateCode.parse("K7QM3XWP9HRT")).contains("K7QM-3XWP-9HRT");
    }

    @Test
    void whatCannotBeACodeIsNothing() {
        assertThat(CertificateCode.parse(null)).isEmpty();
        assertThat(CertificateCode.parse("")).isEmpty();
        assertThat(CertificateCode.parse("K7QM-3XWP-9HR")).isEmpty();
        assertThat(CertificateCode.parse("K7QM-3XWP-9HRO")).isEmpty();
        assertThat(CertificateCode.parse("' OR 1=1 --")).isEmpty();
    }
}
