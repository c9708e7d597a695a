package eu.cginternational.domain.signing;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.signing.SigningRuleException.Rule;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SignedDocumentTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true);
    private static final Country SPAIN = new Country("ES", CountryGroup.GROUP_2, true, false);
    private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");
    private static final byte[] PDF = "%PDF-1.4 the frozen agreement".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tiranë", new GeoPoint(41.33, 19.82)), 10L);
    private final Institution company = withId(new Institution("Costa Azul Hoteles", InstitutionType.COMPANY,
            SPAIN, "Málaga", new GeoPoint(36.72, -4.42)), 11L);

    private final UserAccount schoolAdmin = account(1L, "besnik.leka", school, Role.SCHOOL_ADMIN);
    private final UserAccount student = account(2L, "klea.shehu", school, Role.STUDENT);
    private final UserAccount partner = account(3L, "lucia.garcia", company, Role.PARTNER);
    private final UserAccount stranger = account(4L, "someone.else", company, Role.PARTNER);

    private static UserAccount account(long id, String username, Institution institution, Role role) {
        return withId(new UserAccount(username, username + "@example.org", "Name of " + username, institution,
                EnumSet.of(role), Language.EN, "hash-" + id), id);
    }

    private SignedDocument sent() {
        return new SignedDocument(DocumentKind.LEARNING_AGREEMENT, 42L, "Learning agreement", "la.pdf", PDF,
                List.of(new SignerSlot(schoolAdmin, SignerRole.SENDING_SCHOOL, school),
                        new SignerSlot(student, SignerRole.PARTICIPANT, school),
                        new SignerSlot(partner, SignerRole.HOST_ORGANISATION, company)),
                schoolAdmin, T0, "10.0.0.1", "Firefox");
    }

    private SignatureMark mark(SignedDocument document, String name) {
        return new SignatureMark(name, PNG, "1", "10.0.0.2", "Chromium", document.getSha256());
    }

    @Nested
    class Sending {

        @Test
        void freezesThePdfWithItsHashAndGivesTheFirstSignerTheTurn() {
            SignedDocument document = sent();

            assertEquals(Sha256.of(PDF), document.getSha256());
            assertThat(document.getPdf()).isEqualTo(PDF);
            assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, document.getStatus());
            assertEquals(schoolAdmin, document.getCurrentSigner().orElseThrow().getAccount());
            assertEquals(T0, document.getSigners().get(0).getTurnSince());
            assertThat(document.getSigners().get(1).getTurnSince()).isNull();
            assertThat(document.getEvents()).extracting(SigningEvent::getType).containsExactly(SigningEventType.SENT);
        }

        @Test
        void needsSignersAndEachOnlyOnce() {
            assertEquals(Rule.NO_SIGNERS, assertThrows(SigningRuleException.class, () -> new SignedDocument(
                    DocumentKind.LEARNING_AGREEMENT, 1L, "t", "f.pdf", PDF, List.of(), schoolAdmin, T0, null, null)).getRule());
            assertEquals(Rule.SIGNER_TWICE, assertThrows(SigningRuleException.class, () -> new SignedDocument(
                    DocumentKind.LEARNING_AGREEMENT, 1L, "t", "f.pdf", PDF,
                    List.of(new SignerSlot(student, SignerRole.PARTICIPANT, school),
                            new SignerSlot(student, SignerRole.SENDING_SCHOOL, school)), schoolAdmin, T0, null, null)).getRule());
        }
    }

    @Nested
    class Order {

        @Test
        void signersSignOneAfterTheOtherUntilTheDocumentIsSigned() {
            SignedDocument document = sent();

            assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, document.sign(schoolAdmin, mark(document, "Besnik Leka"), T0.plusSeconds(60)));
            assertEquals(student, document.getCurrentSigner().orElseThrow().getAccount());
            assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, document.sign(student, mark(document, "Klea Shehu"), T0.plusSeconds(120)));
            assertEquals(SignedDocumentStatus.SIGNED, document.sign(partner, mark(document, "Lucía García"), T0.plusSeconds(180)));

            assertThat(document.getCurrentSigner()).isEmpty();
            assertEquals(T0.plusSeconds(180), document.getClosedAt());
            Signer last = document.getSigners().get(2);
            assertEquals("Lucía García", last.getTypedName());
            assertEquals(document.getSha256(), last.getDocumentHash());
            assertEquals("1", last.getConsentVersion());
            assertEquals("10.0.0.2", last.getClientAddress());
            assertThat(last.getDrawnSignature()).isEqualTo(PNG);
        }

        @Test
        void aLaterSignerCannotSignBeforeTheirTurn() {
            SignedDocument document = sent();

            SigningRuleException refused = assertThrows(SigningRuleException.class,
                    () -> document.sign(partner, mark(document, "Lucía García"), T0));

            assertEquals(Rule.NOT_YOUR_TURN, refused.getRule());
            assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, document.getStatus());
        }

        @Test
        void someoneWhoIsNotNamedCannotSign() {
            SignedDocument document = sent();

            assertEquals(Rule.NOT_A_SIGNER, assertThrows(SigningRuleException.class,
                    () -> document.sign(stranger, mark(document, "x"), T0)).getRule());
        }

        @Test
        void aSignerCannotSignTwice() {
            SignedDocument document = sent();
            document.sign(schoolAdmin, mark(document, "Besnik Leka"), T0);

            assertEquals(Rule.ALREADY_SIGNED, assertThrows(SigningRuleException.class,
                    () -> document.sign(schoolAdmin, mark(document, "Besnik Leka"), T0)).getRule());
        }

        @Test
        void aSignatureMustBeOverTheFrozenHash() {
            SignedDocument document = sent();
            SignatureMark other = new SignatureMark("Besnik Leka", PNG, "1", null, null, Sha256.of("another pdf"));

            assertEquals(Rule.HASH_MISMATCH, assertThrows(SigningRuleException.class,
                    () -> document.sign(schoolAdmin, other, T0)).getRule());
        }
    }

    @Nested
    class States {

        @Test
        void aDeclineWithReasonClosesTheDocument() {
            SignedDocument document = sent();
            document.sign(schoolAdmin, mark(document, "Besnik Leka"), T0);

            document.decline(partner, " The dates do not suit us. ", T0.plusSeconds(5), null, null);

            assertEquals(SignedDocumentStatus.DECLINED, document.getStatus());
            assertEquals("The dates do not suit us.", document.getSigners().get(2).getDeclineReason());
            assertEquals(Rule.DECLINED, assertThrows(SigningRuleException.class,
                    () -> document.sign(student, mark(document, "Klea"), T0)).getRule());
        }

        @Test
        void aDeclineNeedsAReason() {
            SignedDocument document = sent();

            assertEquals(Rule.REASON_REQUIRED, assertThrows(SigningRuleException.class,
                    () -> document.decline(student, "  ", T0, null, null)).getRule());
        }

        @Test
        void aSupersededDocumentCannotBeSigned() {
            SignedDocument document = sent();

            document.supersede("teacher", "version 2", T0);

            assertEquals(SignedDocumentStatus.SUPERSEDED, document.getStatus());
            assertEquals(Rule.SUPERSEDED, assertThrows(SigningRuleException.class,
                    () -> document.sign(schoolAdmin, mark(document, "Besnik Leka"), T0)).getRule());
        }

        @Test
        void aSignedDocumentCannotBeSupersededOrSignedAgain() {
            SignedDocument document = sent();
            document.sign(schoolAdmin, mark(document, "a"), T0);
            document.sign(student, mark(document, "b"), T0);
            document.sign(partner, mark(document, "c"), T0);

            assertEquals(Rule.COMPLETED, assertThrows(SigningRuleException.class,
                    () -> document.supersede("x", null, T0)).getRule());
        }

        @Test
        void theSignerWhoseTurnItIsIsRemindedEveryIntervalUpToTheCap() {
            SignedDocument document = sent();
            Signer first = document.getSigners().get(0);
            Duration threeDays = Duration.ofDays(3);

            assertThat(first.needsReminder(T0.plus(Duration.ofDays(2)), threeDays, 2)).isFalse();
            assertThat(first.needsReminder(T0.plus(threeDays), threeDays, 2)).isTrue();
            document.remindCurrentSigner(T0.plus(threeDays));
            assertThat(first.needsReminder(T0.plus(Duration.ofDays(5)), threeDays, 2)).isFalse();
            document.remindCurrentSigner(T0.plus(Duration.ofDays(6)));
            assertThat(first.needsReminder(T0.plus(Duration.ofDays(30)), threeDays, 2)).isFalse();
            assertThat(document.getSigners().get(1).needsReminder(T0.plus(Duration.ofDays(30)), threeDays, 2)).isFalse();
        }

        @Test
        void aSignerWhoCannotActIsToldOfOnceWithoutTouchingTheRemindersSentAndTheRecordStaysIntact() {
            SignedDocument document = sent();
            Signer first = document.getSigners().get(0);
            document.remindCurrentSigner(T0.plus(Duration.ofDays(3)));

            assertThat(document.currentSignerCannotAct(T0.plus(Duration.ofDays(6)))).isTrue();
            assertThat(document.currentSignerCannotAct(T0.plus(Duration.ofDays(9)))).isFalse();

            assertThat(first.getReminders()).isEqualTo(1);
            assertThat(first.getCannotActToldAt()).isEqualTo(T0.plus(Duration.ofDays(6)));
            assertThat(document.getEvents()).extracting(SigningEvent::getType)
                    .containsExactly(SigningEventType.SENT, SigningEventType.REMINDED);
            assertThat(document.checkIntegrity().intact()).isTrue();
        }

        @Test
        void aSignerWhoseRemindersAreUsedUpCanStillBeToldOfAndStaysDueForTheRunToLookAt() {
            SignedDocument document = sent();
            Signer first = document.getSigners().get(0);
            Duration threeDays = Duration.ofDays(3);
            document.remindCurrentSigner(T0.plus(threeDays));
            document.remindCurrentSigner(T0.plus(Duration.ofDays(6)));

            assertThat(first.needsReminder(T0.plus(Duration.ofDays(30)), threeDays, 2)).isFalse();
            assertThat(first.isDue(T0.plus(Duration.ofDays(30)), threeDays)).isTrue();
            assertThat(document.currentSignerCannotAct(T0.plus(Duration.ofDays(30)))).isTrue();
        }

        @Test
        void aSignerWhoCanActAgainIsToldOfAnewWhenTheyCannotOnceMore() {
            SignedDocument document = sent();
            Signer first = document.getSigners().get(0);
            document.currentSignerCannotAct(T0.plus(Duration.ofDays(3)));

            document.currentSignerCanAct();

            assertThat(first.getCannotActToldAt()).isNull();
            assertThat(first.needsReminder(T0.plus(Duration.ofDays(4)), Duration.ofDays(3), 5)).isTrue();
            assertThat(document.currentSignerCannotAct(T0.plus(Duration.ofDays(10)))).isTrue();
        }
    }

    /** The version a signature names: moved by what a signer reads, not by the reminder run's bookkeeping. */
    @Nested
    class StateVersion {

        @Test
        void remindersAndTheMarksOfASignerWhoCannotActLeaveItAsItIs() {
            SignedDocument document = sent();
            long read = document.getStateVersion();

            document.remindCurrentSigner(T0.plus(Duration.ofDays(3)));
            document.currentSignerCannotAct(T0.plus(Duration.ofDays(6)));
            document.currentSignerCanAct();
            document.remindCurrentSigner(T0.plus(Duration.ofDays(9)));

            assertEquals(read, document.getStateVersion());
            assertThat(document.getEvents()).hasSize(3);
            assertThat(document.checkIntegrity().intact()).isTrue();
        }

        @Test
        void eachSignatureMovesItAlsoAfterAReminder() {
            SignedDocument document = sent();
            long sent = document.getStateVersion();
            document.remindCurrentSigner(T0.plus(Duration.ofDays(3)));

            document.sign(schoolAdmin, mark(document, "Besnik Leka"), T0.plus(Duration.ofDays(4)));
            long signedOnce = document.getStateVersion();
            document.remindCurrentSigner(T0.plus(Duration.ofDays(7)));
            document.sign(student, mark(document, "Klea Shehu"), T0.plus(Duration.ofDays(8)));

            assertThat(signedOnce).isGreaterThan(sent);
            assertThat(document.getStateVersion()).isGreaterThan(signedOnce);
        }

        @Test
        void aDeclineAndASupersessionMoveIt() {
            SignedDocument declined = sent();
            long declinedRead = declined.getStateVersion();
            SignedDocument superseded = sent();
            long supersededRead = superseded.getStateVersion();

            declined.decline(student, "The dates clash with my exams.", T0.plusSeconds(1), null, null);
            superseded.supersede("teacher", "version 2", T0.plusSeconds(1));

            assertThat(declined.getStateVersion()).isGreaterThan(declinedRead);
            assertThat(superseded.getStateVersion()).isGreaterThan(supersededRead);
        }
    }

    @Nested
    class Integrity {

        private SignedDocument signedByTwo() {
            SignedDocument document = sent();
            document.sign(schoolAdmin, mark(document, "Besnik Leka"), T0.plusSeconds(1));
            document.sign(student, mark(document, "Klea Shehu"), T0.plusSeconds(2));
            return document;
        }

        private SignedDocument signedByAll() {
            SignedDocument document = signedByTwo();
            document.sign(partner, mark(document, "Lucía García"), T0.plusMillis(3001));
            return document;
        }

        @Test
        void eachEventLinksToTheOneBeforeAndTheRecordIsIntact() {
            SignedDocument document = signedByTwo();
            List<SigningEvent> events = document.getEvents();

            assertEquals(SigningEvent.GENESIS, events.get(0).getPreviousHash());
            assertEquals(events.get(0).getHash(), events.get(1).getPreviousHash());
            assertEquals(events.get(1).getHash(), events.get(2).getPreviousHash());
            assertEquals(events.get(2).getHash(), document.getChainHead());
            assertEquals(new IntegrityCheck(3, null, null), document.checkIntegrity());
        }

        @Test
        void aRecordIsIntactAfterEveryEndingAndAReminder() {
            SignedDocument declined = sent();
            declined.remindCurrentSigner(T0.plusSeconds(1));
            declined.decline(student, "Not these dates", T0.plusSeconds(2), null, null);
            SignedDocument superseded = signedByTwo();
            superseded.supersede("teacher", "version 2", T0.plusSeconds(3));

            assertThat(signedByAll().checkIntegrity().intact()).isTrue();
            assertThat(declined.checkIntegrity().intact()).isTrue();
            assertThat(superseded.checkIntegrity().intact()).isTrue();
        }

        @Test
        void aRecordClosedBetweenTwoMillisecondsIsIntact() {
            // The clock gives nanoseconds; the events keep milliseconds, as the database does.
            Instant between = T0.plusNanos(1_234_567);
            SignedDocument signed = sent();
            signed.sign(schoolAdmin, mark(signed, "a"), between);
            signed.sign(student, mark(signed, "b"), between.plusNanos(1_000_001));
            signed.sign(partner, mark(signed, "c"), between.plusNanos(2_000_002));
            SignedDocument declined = sent();
            declined.decline(schoolAdmin, "Not these dates", between, null, null);
            SignedDocument superseded = sent();
            superseded.supersede("teacher", "version 2", between);

            assertEquals(SignedDocumentStatus.SIGNED, signed.getStatus());
            assertThat(signed.checkIntegrity().intact()).isTrue();
            assertThat(declined.checkIntegrity().intact()).isTrue();
            assertThat(superseded.checkIntegrity().intact()).isTrue();
        }

        @Test
        void anAlteredEventIsDetected() throws Exception {
            SignedDocument document = signedByTwo();
            set(document.getEvents().get(1), "detail", "signed by somebody else");

            IntegrityCheck check = document.checkIntegrity();
            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.CONTENT, 2), check);
            assertEquals(IntegrityCheck.Part.CHAIN, check.brokenPart());
            assertThat(check.chainIntact()).isFalse();
        }

        @Test
        void aRemovedEventIsDetected() throws Exception {
            SignedDocument document = signedByTwo();
            removeEvent(document, 1);

            IntegrityCheck check = document.checkIntegrity();
            assertThat(check.intact()).isFalse();
            assertEquals(2, check.brokenAt());
        }

        @Test
        void aRemovedLastEventIsDetectedByTheHead() throws Exception {
            SignedDocument document = signedByTwo();
            removeEvent(document, 2);

            assertEquals(new IntegrityCheck(2, IntegrityCheck.Problem.HEAD, 3), document.checkIntegrity());
        }

        @Test
        void anEventRecomputedWithoutItsSuccessorsBreaksTheNextLink() throws Exception {
            SignedDocument document = signedByTwo();
            SigningEvent second = document.getEvents().get(1);
            set(second, "detail", "forged");
            set(second, "hash", second.computeHash(document.getSha256()));

            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.LINK, 3), document.checkIntegrity());
        }

        @Test
        void aReplacedPdfIsDetectedWhileTheChainStaysWhole() throws Exception {
            SignedDocument document = signedByAll();
            byte[] other = "%PDF-1.4 the frozen agreemenT".getBytes(StandardCharsets.US_ASCII);
            set(SignedDocument.class, document, "pdf", other);

            IntegrityCheck check = document.checkIntegrity();
            assertEquals(new IntegrityCheck(4, IntegrityCheck.Problem.PDF_ALTERED, null), check);
            assertEquals(IntegrityCheck.Part.PDF, check.brokenPart());
            assertThat(check.chainIntact()).isTrue();
        }

        @Test
        void aPdfReplacedWithItsHashAndAChainRecomputedIsStillCaughtByTheEventOfSending() throws Exception {
            SignedDocument document = sent();
            byte[] other = "%PDF-1.4 another agreement".getBytes(StandardCharsets.US_ASCII);
            set(SignedDocument.class, document, "pdf", other);
            set(SignedDocument.class, document, "sha256", Sha256.of(other));
            set(SignedDocument.class, document, "pdfSize", other.length);
            SigningEvent first = document.getEvents().get(0);
            set(first, "hash", first.computeHash(Sha256.of(other)));
            set(SignedDocument.class, document, "chainHead", first.getHash());

            assertEquals(new IntegrityCheck(1, IntegrityCheck.Problem.NOT_AS_SENT, 1), document.checkIntegrity());
        }

        @Test
        void aSignerMarkedSignedWithoutAnEventIsDetected() throws Exception {
            SignedDocument document = signedByTwo();
            set(Signer.class, document.getSigners().get(2), "status", SignerStatus.SIGNED);

            IntegrityCheck check = document.checkIntegrity();
            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER, 3), check);
            assertEquals(IntegrityCheck.Part.SIGNERS, check.brokenPart());
        }

        @Test
        void aSignatureChangedOnTheSignerIsDetected() throws Exception {
            SignedDocument typedName = signedByTwo();
            set(Signer.class, typedName.getSigners().get(1), "typedName", "Somebody Else");
            SignedDocument drawing = signedByTwo();
            set(Signer.class, drawing.getSigners().get(0), "drawnSignature", new byte[] {(byte) 0x89, 'P', 'N', 'G', 9});
            SignedDocument time = signedByTwo();
            set(Signer.class, time.getSigners().get(0), "actedAt", T0.plusSeconds(9));

            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER, 2), typedName.checkIntegrity());
            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER, 1), drawing.checkIntegrity());
            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER, 1), time.checkIntegrity());
        }

        @Test
        void whereASignatureCameFromChangedOnTheSignerIsDetected() throws Exception {
            SignedDocument address = signedByTwo();
            set(Signer.class, address.getSigners().get(0), "clientAddress", "198.51.100.9");
            SignedDocument agent = signedByTwo();
            set(Signer.class, agent.getSigners().get(1), "userAgent", "Another browser");

            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER, 1), address.checkIntegrity());
            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER, 2), agent.checkIntegrity());
        }

        @Test
        void whatBelongsToTheOtherActBesideASignatureOrADeclineIsDetected() throws Exception {
            SignedDocument reasonBesideSignature = signedByTwo();
            set(Signer.class, reasonBesideSignature.getSigners().get(0), "declineReason", "Not these dates");
            SignedDocument nameBesideDecline = sent();
            nameBesideDecline.decline(student, "Not these dates", T0.plusSeconds(2), null, null);
            set(Signer.class, nameBesideDecline.getSigners().get(1), "typedName", "Klea Shehu");

            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER, 1), reasonBesideSignature.checkIntegrity());
            assertEquals(new IntegrityCheck(2, IntegrityCheck.Problem.SIGNER, 2), nameBesideDecline.checkIntegrity());
        }

        @Test
        void aChangedDeclineReasonIsDetected() throws Exception {
            SignedDocument document = sent();
            document.decline(student, "Not these dates", T0.plusSeconds(2), null, null);
            set(Signer.class, document.getSigners().get(1), "declineReason", "We agree after all");

            assertEquals(new IntegrityCheck(2, IntegrityCheck.Problem.SIGNER, 2), document.checkIntegrity());
        }

        @Test
        void aRemovedSignerIsDetected() throws Exception {
            SignedDocument document = signedByTwo();
            List<Signer> signers = new ArrayList<>(document.getSigners());
            signers.remove(2);
            set(SignedDocument.class, document, "signers", signers);

            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.SIGNER_COUNT, null), document.checkIntegrity());
        }

        @Test
        void aStatusTheEventsDoNotLeadToIsDetected() throws Exception {
            SignedDocument signed = signedByTwo();
            set(SignedDocument.class, signed, "status", SignedDocumentStatus.SIGNED);
            SignedDocument reopened = sent();
            reopened.decline(student, "Not these dates", T0.plusSeconds(2), null, null);
            set(SignedDocument.class, reopened, "status", SignedDocumentStatus.AWAITING_SIGNATURES);
            SignedDocument closedLater = signedByAll();
            set(SignedDocument.class, closedLater, "closedAt", T0.plusSeconds(60));

            IntegrityCheck check = signed.checkIntegrity();
            assertEquals(new IntegrityCheck(3, IntegrityCheck.Problem.STATUS, null), check);
            assertEquals(IntegrityCheck.Part.STATUS, check.brokenPart());
            assertEquals(IntegrityCheck.Problem.STATUS, reopened.checkIntegrity().problem());
            assertEquals(IntegrityCheck.Problem.STATUS, closedLater.checkIntegrity().problem());
        }

        private void removeEvent(SignedDocument document, int index) throws Exception {
            List<SigningEvent> events = new ArrayList<>(document.getEvents());
            events.remove(index);
            set(SignedDocument.class, document, "events", events);
        }

        private void set(SigningEvent event, String name, String value) throws Exception {
            set(SigningEvent.class, event, name, value);
        }

        private void set(Class<?> type, Object target, String name, Object value) throws Exception {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        }
    }
}
