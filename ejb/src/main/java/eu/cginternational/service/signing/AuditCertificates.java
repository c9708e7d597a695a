package eu.cginternational.service.signing;

import eu.cginternational.domain.signing.IntegrityCheck;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.domain.signing.SigningEvent;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.documents.PdfComposer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The audit certificate of a signed document, in the reader's language: what was signed (title,
 * file, size, SHA-256), its status, every signer with their signature data (time, address,
 * browser, typed name, consent version, hash of the drawn signature, the document hash signed),
 * every event with its previous hash and own hash, and the result of the integrity check at issue:
 * intact, or which part of the record was found altered and why. Every moment is written on the clock the document's
 * PDF writes its days on, naming its zone, and in UTC as the record keeps it, to the millisecond: the certificate is
 * evidence, and the day in Tirana is not the UTC day for an hour after midnight (two in summer).
 */
@ApplicationScoped
public class AuditCertificates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ON_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss VV");

    /** The certificate, its moments on the clock given: the one the document's PDF writes its days on. */
    public Pdf of(SignedDocument document, IntegrityCheck check, ZoneId clock, Locale locale) {
        Instant issued = Instant.now();
        String title = text(locale, "document.signing.certificate.title");
        PdfComposer pdf = new PdfComposer("audit-certificate/" + document.getSha256() + "/" + issued, issued, locale, title,
                document.getTitle());
        pdf.title(title).subtitle(document.getTitle());

        Map<String, String> facts = PdfComposer.factList();
        facts.put(text(locale, "document.signing.kind"), text(locale, "document.signing.kind." + document.getKind()));
        facts.put(text(locale, "document.signing.file"), document.getFileName() + " (" + document.getPdfSize() + " B)");
        facts.put(text(locale, "document.signing.sha256"), document.getSha256());
        facts.put(text(locale, "document.signing.status"), text(locale, "document.signing.status." + document.getStatus()));
        facts.put(text(locale, "document.signing.sent"), document.getSentBy().getFullName() + ", " + moment(document.getSentAt(), clock));
        if (document.getClosedAt() != null) {
            facts.put(text(locale, "document.signing.closed"), moment(document.getClosedAt(), clock));
        }
        facts.put(text(locale, "document.signing.integrity"), check.intact()
                ? text(locale, "document.signing.integrity.intact", check.events())
                : text(locale, "document.signing.integrity.broken", text(locale, "document.signing.integrity.part." + check.brokenPart()),
                        text(locale, "document.signing.integrity.problem." + check.problem(), check.brokenAt())));
        pdf.heading(text(locale, "document.signing.document")).facts(facts);

        pdf.heading(text(locale, "document.signing.signers"));
        for (Signer signer : document.getSigners()) {
            Map<String, String> row = PdfComposer.factList();
            row.put(text(locale, "document.signing.signer"), signer.getPosition() + ". " + signer.getAccount().getFullName()
                    + " (" + signer.getAccount().getUsername() + ")");
            row.put(text(locale, "document.signing.role"), text(locale, "document.signing.role." + signer.getRole()));
            row.put(text(locale, "document.signing.institution"), signer.getInstitution().getName() + " ("
                    + signer.getInstitution().getCountry().getCode() + ")");
            row.put(text(locale, "document.signing.signer_status"), text(locale, "document.signing.signer_status." + signer.getStatus()));
            if (signer.getActedAt() != null) {
                row.put(text(locale, "document.signing.at"), moment(signer.getActedAt(), clock));
                row.put(text(locale, "document.signing.address"), value(signer.getClientAddress()));
                row.put(text(locale, "document.signing.agent"), value(signer.getUserAgent()));
            }
            if (signer.isSigned()) {
                row.put(text(locale, "document.signing.typed_name"), signer.getTypedName());
                row.put(text(locale, "document.signing.method"), text(locale, "document.signing.method.value",
                        eu.cginternational.domain.signing.Sha256.of(signer.getDrawnSignature())));
                row.put(text(locale, "document.signing.consent"), signer.getConsentVersion());
                row.put(text(locale, "document.signing.signed_hash"), signer.getDocumentHash());
            }
            if (signer.getDeclineReason() != null) {
                row.put(text(locale, "document.signing.reason"), signer.getDeclineReason());
            }
            pdf.facts(row);
        }

        pdf.heading(text(locale, "document.signing.events"));
        for (SigningEvent event : document.getEvents()) {
            Map<String, String> row = PdfComposer.factList();
            row.put("#" + event.getSequence(), text(locale, "document.signing.event." + event.getType()) + " · "
                    + moment(event.getOccurredAt(), clock) + " · " + value(event.getActor()));
            row.put(text(locale, "document.signing.detail"), event.getDetail());
            row.put(text(locale, "document.signing.address"), event.getClientAddress());
            row.put(text(locale, "document.signing.agent"), event.getUserAgent());
            row.put(text(locale, "document.signing.previous_hash"), event.getPreviousHash());
            row.put(text(locale, "document.signing.event_hash"), event.getHash());
            pdf.facts(row);
        }
        pdf.note(text(locale, "document.signing.issued", moment(issued, clock), clock.getId()));
        return new Pdf("audit-certificate-" + document.getId() + ".pdf", pdf.finish());
    }

    /** "2026-12-04 00:30:00 Europe/Tirane (2026-12-03 23:30:00.000 UTC)": ISO digits, which the three languages read alike. */
    private static String moment(Instant moment, ZoneId clock) {
        return ON_CLOCK.format(moment.atZone(clock)) + " (" + UTC.format(moment) + ")";
    }

    private static String value(String text) {
        return text == null ? "—" : text;
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return Texts.format(locale, key, arguments);
    }
}
