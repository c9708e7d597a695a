package eu.cginternational.service.signing;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignatureMark;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerSlot;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The audit certificate says, in the reader's language, whether the record is intact, and if not which part is altered;
 * it writes its moments on the document's clock, naming it, and in UTC.
 */
class AuditCertificatesTest {

    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true, TIRANA);

    private final AuditCertificates certificates = new AuditCertificates();
    private final Institution school = new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL, ALBANIA,
            "Tiranë", new GeoPoint(41.33, 19.82));
    private final UserAccount director = new UserAccount("besnik.leka", "besnik@example.org", "Besnik Leka", school,
            EnumSet.of(Role.SCHOOL_ADMIN), Language.SQ, "hash");

    private SignedDocument sent() {
        return sent(Instant.parse("2026-04-01T08:00:00Z"));
    }

    private SignedDocument sent(Instant at) {
        return new SignedDocument(DocumentKind.PARTNERSHIP_AGREEMENT, 7L, "Placements in Tirana", "agreement.pdf",
                "%PDF-1.4 the frozen agreement".getBytes(StandardCharsets.US_ASCII),
                List.of(new SignerSlot(director, SignerRole.SCHOOL_PARTY, school)), director, at, null, null);
    }

    /**
     * Sent at 23:30 UTC in winter and signed a quarter of an hour later: 00:45 the next day in Tirana, whose school dates
     * the agreement's PDF. The certificate writes that day and time, names the zone, and keeps the UTC time beside it.
     */
    @Test
    void aSignatureJustBeforeMidnightUtcIsWrittenOnTheDocumentsClockAndInUtc() throws Exception {
        SignedDocument document = sent(Instant.parse("2026-12-03T23:30:00Z"));
        document.sign(director, new SignatureMark("Besnik Leka", new byte[] {1, 2, 3}, "v1", "192.0.2.7", "Firefox",
                document.getSha256()), Instant.parse("2026-12-03T23:45:12.345Z"));

        assertThat(text(document, Locale.ENGLISH))
                .contains("Time 2026-12-04 00:45:12 Europe/Tirane (2026-12-03 23:45:12.345 UTC)")
                .contains("Sent for signature by Besnik Leka, 2026-12-04 00:30:00 Europe/Tirane (2026-12-03 23:30:00.000 UTC)")
                .contains("Signed · 2026-12-04 00:45:12 Europe/Tirane (2026-12-03 23:45:12.345 UTC)")
                .contains("Times are on the clock the document is dated by (Europe/Tirane), with the UTC time the record keeps");
        assertThat(text(document, Language.SQ.locale())).contains("2026-12-04 00:45:12 Europe/Tirane (2026-12-03 23:45:12.345 UTC)")
                .contains("Kohët janë sipas orës me të cilën është datuar dokumenti (Europe/Tirane)");
    }

    @Test
    void anIntactRecordSaysSoAndAReplacedPdfIsNamedInEachLanguage() throws Exception {
        SignedDocument intact = sent();
        SignedDocument replaced = sent();
        Field pdf = SignedDocument.class.getDeclaredField("pdf");
        pdf.setAccessible(true);
        pdf.set(replaced, "%PDF-1.4 the frozen agreemenT".getBytes(StandardCharsets.US_ASCII));

        assertThat(text(intact, Locale.ENGLISH)).contains("Integrity of the record")
                .contains("Intact: the PDF has the SHA-256 it was registered with; 1 events");
        assertThat(text(replaced, Locale.ENGLISH))
                .contains("ALTERED (PDF): the stored PDF does not have the SHA-256 or the size it was registered with");
        assertThat(text(replaced, Language.SQ.locale()))
                .contains("I NDRYSHUAR (PDF-ja): PDF-ja e ruajtur nuk ka SHA-256 ose madhësinë me të cilën u regjistrua");
        assertThat(text(replaced, Language.CNR.locale()))
                .contains("IZMIJENJEN (PDF): sačuvani PDF nema SHA-256 ni veličinu s kojima je registrovan");
    }

    private String text(SignedDocument document, Locale locale) throws IOException {
        byte[] certificate = certificates.of(document, document.checkIntegrity(), TIRANA, locale).content();
        try (PDDocument read = Loader.loadPDF(certificate)) {
            return new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
        }
    }
}
