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
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerSlot;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The audit certificate says, in the reader's language, whether the record is intact, and if not which part is altered. */
class AuditCertificatesTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true);

    private final AuditCertificates certificates = new AuditCertificates();
    private final Institution school = new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL, ALBANIA,
            "Tiranë", new GeoPoint(41.33, 19.82));
    private final UserAccount director = new UserAccount("besnik.leka", "besnik@example.org", "Besnik Leka", school,
            EnumSet.of(Role.SCHOOL_ADMIN), Language.SQ, "hash");

    private SignedDocument sent() {
        return new SignedDocument(DocumentKind.PARTNERSHIP_AGREEMENT, 7L, "Placements in Tirana", "agreement.pdf",
                "%PDF-1.4 the frozen agreement".getBytes(StandardCharsets.US_ASCII),
                List.of(new SignerSlot(director, SignerRole.SCHOOL_PARTY, school)), director,
                Instant.parse("2026-04-01T08:00:00Z"), null, null);
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
        byte[] certificate = certificates.of(document, document.checkIntegrity(), locale).content();
        try (PDDocument read = Loader.loadPDF(certificate)) {
            return new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
        }
    }
}
