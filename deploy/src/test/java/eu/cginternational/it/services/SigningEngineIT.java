package eu.cginternational.it.services;

import static eu.cginternational.it.services.SigningTestData.DEMO_PASSWORD;
import static eu.cginternational.it.services.SigningTestData.input;
import static eu.cginternational.it.services.SigningTestData.uniquePdf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.IntegrityCheck;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.SignerStatus;
import eu.cginternational.domain.signing.SigningEventType;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.BusinessException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.service.signing.Verification;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The signing engine on the server: order, refusals (out of order, not a signer, wrong password,
 * superseded), serialised concurrent signatures, tamper detection on the stored rows, verification.
 * Signers are the demo accounts school.kpt, student.kpt and partner.es, in that order.
 */
@ExtendWith(ArquillianExtension.class)
class SigningEngineIT {

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    SigningEngine engine;

    @EJB
    SigningTestData data;

    @EJB
    eu.cginternational.service.signing.SigningReminders reminders;

    @EJB
    TestData common;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsStudentKpt studentKpt;

    @EJB
    AsPartnerEs partnerEs;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @Resource
    ManagedExecutorService executor;

    private long sent() throws Exception {
        // A subject id no learning agreement version has: the owner's observer ignores it.
        long subject = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        return schoolKpt.call(() -> engine.send(DocumentKind.LEARNING_AGREEMENT, subject, "Test document", uniquePdf(),
                data.demoSigners()).getId());
    }

    /** Signs as the caller on the document as they read it just before. */
    private void signAs(RoleCaller caller, long id, String name) throws Exception {
        signAs(caller, id, name, caller.call(() -> engine.get(id).getStateVersion()));
    }

    private void signAs(RoleCaller caller, long id, String name, long read) throws Exception {
        caller.call(() -> engine.sign(id, read, input(name, DEMO_PASSWORD)));
    }

    /** The document's version as it stands: what a signer reads now. */
    private long version(long id) {
        return data.document(id).getStateVersion();
    }

    private static <T extends Throwable> T refused(Class<T> type, Callable<?> step) {
        return assertThrows(type, step::call);
    }

    @Test
    void theSignersSignInTheirOrderAndTheDocumentIsThenSigned() throws Exception {
        long id = sent();

        signAs(schoolKpt, id, "Besnik Leka");
        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, data.document(id).getStatus());
        signAs(studentKpt, id, "Klea Shehu");
        signAs(partnerEs, id, "Javier Ortega");

        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.SIGNED, document.getStatus());
        assertThat(document.getSigners()).extracting(s -> s.getStatus()).containsOnly(SignerStatus.SIGNED);
        assertThat(document.getSigners().get(2).getTypedName()).isEqualTo("Javier Ortega");
        assertThat(document.getSigners().get(2).getDocumentHash()).isEqualTo(document.getSha256());
        assertThat(document.getEvents()).extracting(e -> e.getType()).containsExactly(SigningEventType.SENT,
                SigningEventType.SIGNED, SigningEventType.SIGNED, SigningEventType.SIGNED);
        assertThat(document.checkIntegrity().intact()).isTrue();
    }

    @Test
    void aSignerWhoseTurnHasNotComeIsRefused() throws Exception {
        long id = sent();

        RejectedException refusal = refused(RejectedException.class, () -> partnerEs.call(
                () -> engine.sign(id, version(id), input("Javier Ortega", DEMO_PASSWORD))));

        assertEquals("signing.rule.NOT_YOUR_TURN", refusal.getMessageKey());
        assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, data.document(id).getStatus());
    }

    @Test
    void someoneWhoIsNotASignerIsRefusedAndAudited() throws Exception {
        long id = sent();

        refused(AccessDeniedException.class, () -> schoolPljevlja.call(
                () -> engine.sign(id, version(id), input("Somebody", DEMO_PASSWORD))));

        assertThat(common.auditEvents(AuditEventType.ACCESS_DENIED, "signed document " + id)).isEqualTo(1);
    }

    @Test
    void aSignatureWithoutConsentOrDrawingIsRefused() throws Exception {
        long id = sent();

        refused(InvalidInputException.class, () -> schoolKpt.call(() -> engine.sign(id, version(id),
                eu.cginternational.service.signing.SignatureInput.of(DEMO_PASSWORD, "Besnik Leka",
                        SigningTestData.drawnSignature(), null))));
        refused(InvalidInputException.class, () -> schoolKpt.call(() -> engine.sign(id, version(id),
                eu.cginternational.service.signing.SignatureInput.of(DEMO_PASSWORD, "Besnik Leka", "bm90IGEgcG5n",
                        eu.cginternational.service.signing.SigningConsent.CURRENT_VERSION))));
        assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, data.document(id).getStatus());
    }

    @Test
    void aWrongPasswordIsRefusedAuditedAndCountedTowardTheLock() throws Exception {
        long id = sent();
        int before = data.failedLogins("school.kpt");
        try {
            RejectedException refusal = refused(RejectedException.class, () -> schoolKpt.call(
                    () -> engine.sign(id, version(id), input("Besnik Leka", "not-my-password"))));

            assertEquals("signing.password_wrong", refusal.getMessageKey());
            assertEquals(before + 1, data.failedLogins("school.kpt"));
            assertThat(common.auditEvents(AuditEventType.SIGNATURE_PASSWORD_FAILED, "signed document " + id)).isEqualTo(1);
            SignedDocument document = data.document(id);
            assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, document.getStatus());
            assertThat(document.getEvents()).hasSize(1);
        } finally {
            data.clearFailures("school.kpt");
        }
    }

    @Test
    void aSupersededDocumentCannotBeSigned() throws Exception {
        long id = sent();
        schoolKpt.call(() -> {
            engine.supersede(id, "version 2 made");
            return null;
        });

        RejectedException refusal = refused(RejectedException.class, () -> schoolKpt.call(
                () -> engine.sign(id, version(id), input("Besnik Leka", DEMO_PASSWORD))));

        assertEquals("signing.rule.SUPERSEDED", refusal.getMessageKey());
        assertEquals(SignedDocumentStatus.SUPERSEDED, data.document(id).getStatus());
    }

    @Test
    void aDeclineWithReasonClosesTheDocument() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");
        long read = studentKpt.call(() -> engine.get(id).getStateVersion());

        studentKpt.call(() -> engine.decline(id, read, "The dates clash with my exams."));

        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.DECLINED, document.getStatus());
        assertEquals("The dates clash with my exams.", document.getSigners().get(1).getDeclineReason());
        assertEquals("signing.rule.DECLINED", refused(RejectedException.class, () -> partnerEs.call(
                () -> engine.sign(id, version(id), input("Javier Ortega", DEMO_PASSWORD)))).getMessageKey());
    }

    @Test
    void aDocumentSeenInAnEarlierVersionIsRefusedAsChanged() throws Exception {
        long id = sent();
        long seen = data.document(id).getStateVersion();
        signAs(schoolKpt, id, "Besnik Leka");

        refused(eu.cginternational.service.error.ConcurrentChangeException.class, () -> studentKpt.call(
                () -> engine.sign(id, seen, input("Klea Shehu", DEMO_PASSWORD))));
    }

    /**
     * A decline since the version read closes the document, but whoever signs on that page is told that it changed
     * meanwhile, as for any other change, not that it was declined: they read it again before being told anything else.
     */
    @Test
    void aSignatureAfterADeclineSinceTheVersionReadIsRefusedAsChanged() throws Exception {
        long id = sent();
        long read = schoolKpt.call(() -> engine.get(id).getStateVersion());
        long declining = studentKpt.call(() -> engine.get(id).getStateVersion());
        studentKpt.call(() -> engine.decline(id, declining, "The dates clash with my exams."));

        refused(eu.cginternational.service.error.ConcurrentChangeException.class, () -> schoolKpt.call(
                () -> engine.sign(id, read, input("Besnik Leka", DEMO_PASSWORD))));

        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.DECLINED, document.getStatus());
        assertThat(document.getSigners().get(0).getStatus()).isEqualTo(SignerStatus.WAITING);
        assertThat(document.getEvents()).extracting(e -> e.getType())
                .containsExactly(SigningEventType.SENT, SigningEventType.DECLINED);
    }

    /** A document superseded since the version read (a new version made) is a change too, for a signature named by it. */
    @Test
    void aSignatureAfterASupersessionSinceTheVersionReadIsRefusedAsChanged() throws Exception {
        long id = sent();
        long read = schoolKpt.call(() -> engine.get(id).getStateVersion());
        schoolKpt.call(() -> {
            engine.supersede(id, "version 2 made");
            return null;
        });

        refused(eu.cginternational.service.error.ConcurrentChangeException.class, () -> schoolKpt.call(
                () -> engine.sign(id, read, input("Besnik Leka", DEMO_PASSWORD))));

        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.SUPERSEDED, document.getStatus());
        assertThat(document.getSigners().get(0).getStatus()).isEqualTo(SignerStatus.WAITING);
    }

    /**
     * A decline ends the document for everyone, so it names the version read as a signature does: one signed by
     * another since, or superseded since, is refused as changed meanwhile and nothing changes.
     */
    @Test
    void aDeclineOnAVersionChangedSinceIsRefusedAsChangedAndChangesNothing() throws Exception {
        long id = sent();
        long read = studentKpt.call(() -> engine.get(id).getStateVersion());
        signAs(schoolKpt, id, "Besnik Leka");

        refused(eu.cginternational.service.error.ConcurrentChangeException.class, () -> studentKpt.call(
                () -> engine.decline(id, read, "The dates clash with my exams.")));

        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, document.getStatus());
        assertThat(document.getSigners().get(1).getStatus()).isEqualTo(SignerStatus.WAITING);
        assertThat(document.getSigners().get(1).getDeclineReason()).isNull();
        assertThat(document.getEvents()).extracting(e -> e.getType())
                .containsExactly(SigningEventType.SENT, SigningEventType.SIGNED);

        long readAgain = studentKpt.call(() -> engine.get(id).getStateVersion());
        schoolKpt.call(() -> {
            engine.supersede(id, "version 2 made");
            return null;
        });
        refused(eu.cginternational.service.error.ConcurrentChangeException.class, () -> studentKpt.call(
                () -> engine.decline(id, readAgain, "The dates clash with my exams.")));
        assertThat(data.document(id).getSigners().get(1).getStatus()).isEqualTo(SignerStatus.WAITING);
        assertEquals(SignedDocumentStatus.SUPERSEDED, data.document(id).getStatus());
    }

    /** A decline that does not say which version it read is incomplete: refused naming the version, nothing changes. */
    @Test
    void aDeclineWithoutTheVersionReadIsRefusedNamingTheVersion() throws Exception {
        long id = sent();

        InvalidInputException refusal = refused(InvalidInputException.class, () -> studentKpt.call(
                () -> engine.decline(id, null, "The dates clash with my exams.")));

        assertThat(refusal.getProblems()).extracting(p -> p.field()).containsExactly("version");
        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, document.getStatus());
        assertThat(document.getSigners().get(1).getStatus()).isEqualTo(SignerStatus.WAITING);
    }

    /**
     * A signature that does not say which version it read is incomplete, as a decline is: refused naming the version,
     * before any other check, and nothing changes.
     */
    @Test
    void aSignatureWithoutTheVersionReadIsRefusedNamingTheVersion() throws Exception {
        long id = sent();

        InvalidInputException refusal = refused(InvalidInputException.class, () -> schoolKpt.call(
                () -> engine.sign(id, null, input("Besnik Leka", DEMO_PASSWORD))));

        assertThat(refusal.getProblems()).extracting(p -> p.field()).containsExactly("version");
        assertThat(refusal.getProblems()).allMatch(problem -> !problem.message().isBlank());
        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, document.getStatus());
        assertThat(document.getSigners().get(0).getStatus()).isEqualTo(SignerStatus.WAITING);
        assertThat(document.getEvents()).hasSize(1);
    }

    /**
     * A reminder records an event and moves the document's row, but changes nothing the signer reads: whose form was
     * open when it came signs on the version they read, and is not told that it changed meanwhile.
     */
    @Test
    void aSignerRemindedWhileTheFormIsOpenSignsOnTheVersionTheyRead() throws Exception {
        long id = sent();
        long read = schoolKpt.call(() -> engine.get(id).getStateVersion());

        reminders.remindDue(data.document(id).getSentAt().plus(java.time.Duration.ofDays(3)).plusSeconds(60));
        assertThat(remindersOf(id)).isEqualTo(1);
        schoolKpt.call(() -> engine.sign(id, read, input("Besnik Leka", DEMO_PASSWORD)));

        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, document.getStatus());
        assertThat(document.getEvents()).extracting(e -> e.getType())
                .containsExactly(SigningEventType.SENT, SigningEventType.REMINDED, SigningEventType.SIGNED);
        assertThat(document.checkIntegrity().intact()).isTrue();
    }

    /**
     * The run's marks of a signer who cannot act (the sender told, then the mark cleared once they can again, with a
     * reminder) change nothing the signer reads either: they sign on the version read before.
     */
    @Test
    void aSignerMarkedUnableToActAndAbleAgainSignsOnTheVersionTheyRead() throws Exception {
        long id = sent();
        long read = schoolKpt.call(() -> engine.get(id).getStateVersion());
        java.time.Instant sentAt = data.document(id).getSentAt();
        common.deactivate("school.kpt");
        try {
            reminders.remindDue(sentAt.plus(java.time.Duration.ofDays(3)).plusSeconds(60));
            assertThat(data.document(id).getSigners().get(0).getCannotActToldAt()).isNotNull();
        } finally {
            common.activate("school.kpt");
        }
        reminders.remindDue(sentAt.plus(java.time.Duration.ofDays(3)).plusSeconds(120));
        assertThat(data.document(id).getSigners().get(0).getCannotActToldAt()).isNull();
        assertThat(remindersOf(id)).isEqualTo(1);

        schoolKpt.call(() -> engine.sign(id, read, input("Besnik Leka", DEMO_PASSWORD)));

        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, data.document(id).getStatus());
        assertThat(data.document(id).checkIntegrity().intact()).isTrue();
    }

    /** Reminders or not, a signature given since the version read is a real change: the later signer is refused. */
    @Test
    void aSignatureSinceTheVersionReadIsStillAChangeThoughRemindersCameToo() throws Exception {
        long id = sent();
        long read = studentKpt.call(() -> engine.get(id).getStateVersion());

        reminders.remindDue(data.document(id).getSentAt().plus(java.time.Duration.ofDays(3)).plusSeconds(60));
        signAs(schoolKpt, id, "Besnik Leka");

        refused(eu.cginternational.service.error.ConcurrentChangeException.class, () -> studentKpt.call(
                () -> engine.sign(id, read, input("Klea Shehu", DEMO_PASSWORD))));
        SignedDocument document = data.document(id);
        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, document.getStatus());
        assertThat(document.getSigners().get(1).getStatus()).isEqualTo(SignerStatus.WAITING);
    }

    /** Two tabs showing the same version: the one that comes second is told that the document changed meanwhile. */
    @Test
    void twoTabsSigningAtOnceGiveOneSignature() throws Exception {
        long id = sent();
        long read = version(id);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> tabs = new ArrayList<>();
        for (int tab = 0; tab < 2; tab++) {
            tabs.add(executor.submit(() -> {
                start.await();
                try {
                    signAs(schoolKpt, id, "Besnik Leka", read);
                    return "signed";
                } catch (BusinessException e) {
                    return e.getMessageKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> tab : tabs) {
            outcomes.add(tab.get());
        }

        assertThat(outcomes).containsExactlyInAnyOrder("signed", "error.changed_meanwhile");
        SignedDocument document = data.document(id);
        assertThat(document.getEvents()).extracting(e -> e.getType())
                .containsExactly(SigningEventType.SENT, SigningEventType.SIGNED);
        assertThat(document.checkIntegrity().intact()).isTrue();
    }

    @Test
    void twoSignersAtOnceSignInOrderOrAreRefused() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");
        long read = version(id);
        CountDownLatch start = new CountDownLatch(1);
        Future<String> student = executor.submit(() -> {
            start.await();
            return outcome(() -> signAs(studentKpt, id, "Klea Shehu", read));
        });
        Future<String> partner = executor.submit(() -> {
            start.await();
            return outcome(() -> signAs(partnerEs, id, "Javier Ortega", read));
        });
        start.countDown();
        String studentOutcome = student.get();
        String partnerOutcome = partner.get();

        assertEquals("signed", studentOutcome);
        SignedDocument document = data.document(id);
        // The partner either came first and was refused as out of turn, or waited for the student's signature, which
        // changed the document they had read.
        assertThat(partnerOutcome).isIn("signing.rule.NOT_YOUR_TURN", "error.changed_meanwhile");
        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, document.getStatus());
        assertThat(document.checkIntegrity().intact()).isTrue();
    }

    private String outcome(ThrowingStep step) throws Exception {
        try {
            step.run();
            return "signed";
        } catch (BusinessException e) {
            return e.getMessageKey();
        }
    }

    @FunctionalInterface
    interface ThrowingStep {
        void run() throws Exception;
    }

    @Test
    void theSignerWhoseTurnItIsIsRemindedEveryIntervalUpToTheCap() throws Exception {
        long id = sent();
        String mail = common.account("school.kpt").getEmail();
        long mailsBefore = common.outboxMessagesTo(mail);
        java.time.Instant sentAt = data.document(id).getSentAt();

        reminders.remindDue(sentAt.plus(java.time.Duration.ofDays(2)));
        assertThat(remindersOf(id)).isZero();
        for (int day = 3; day <= 30; day += 3) {
            reminders.remindDue(sentAt.plus(java.time.Duration.ofDays(day)).plusSeconds(60));
        }

        // Every 3 days (cg.signing.reminder-days), at most 5 times (cg.signing.reminder-max).
        assertThat(remindersOf(id)).isEqualTo(5);
        assertThat(common.outboxMessagesTo(mail) - mailsBefore).isGreaterThanOrEqualTo(5);
        assertThat(data.document(id).getSigners().get(1).getReminders()).isZero();
        assertThat(data.document(id).checkIntegrity().intact()).isTrue();
    }

    /**
     * A document whose signer can no longer act, sent by someone no longer active and owned by nothing that names
     * anybody else to send it again, would wait for ever unannounced: the coordinators are told, who can give the party
     * someone to act for it.
     */
    @Test
    void whenNobodyMaySendItAgainTheCoordinatorsAreToldTheDocumentWaitsInVain() throws Exception {
        long id = sent();
        common.deactivate("school.kpt");
        try {
            reminders.remindDue(data.document(id).getSentAt().plus(java.time.Duration.ofDays(3)).plusSeconds(60));

            String link = "/signing/sign.xhtml?id=" + id;
            assertThat(common.notificationsOf("coordinator", link)).singleElement().satisfies(notice -> {
                assertThat(notice.getTitle()).isEqualTo(Texts.format(java.util.Locale.ENGLISH,
                        "notice.signing.signer_cannot_act_nobody.title", "Test document"));
                assertThat(notice.getText()).isEqualTo(Texts.format(java.util.Locale.ENGLISH,
                        "notice.signing.signer_cannot_act_nobody.text", "Besnik Leka", "Test document",
                        SigningTestData.KPT));
            });
            assertThat(remindersOf(id)).isZero();
        } finally {
            common.activate("school.kpt");
        }
    }

    private long remindersOf(long id) {
        return data.document(id).getEvents().stream().filter(e -> e.getType() == SigningEventType.REMINDED).count();
    }

    @Test
    void anEventAlteredInTheDatabaseBreaksTheChain() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");
        signAs(studentKpt, id, "Klea Shehu");
        assertThat(schoolKpt.call(() -> engine.checkIntegrity(id)).intact()).isTrue();

        assertEquals(1, data.tamperEventDetail(id, 2, "signer 1 signed something else"));

        IntegrityCheck check = schoolKpt.call(() -> engine.checkIntegrity(id));
        assertThat(check.intact()).isFalse();
        assertEquals(2, check.brokenAt());
        assertEquals(IntegrityCheck.Problem.CONTENT, check.problem());
        assertEquals(IntegrityCheck.Part.CHAIN, check.brokenPart());
    }

    @Test
    void anEventRemovedFromTheDatabaseBreaksTheChain() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");
        signAs(studentKpt, id, "Klea Shehu");

        assertEquals(1, data.deleteEvent(id, 2));

        IntegrityCheck check = schoolKpt.call(() -> engine.checkIntegrity(id));
        assertThat(check.intact()).isFalse();
        assertEquals(2, check.brokenAt());
    }

    @Test
    void aPdfAlteredInTheDatabaseIsDetectedThoughTheChainIsWhole() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");
        signAs(studentKpt, id, "Klea Shehu");
        signAs(partnerEs, id, "Javier Ortega");
        String sha256 = data.document(id).getSha256();

        assertEquals(1, data.tamperPdf(id, uniquePdf()));

        IntegrityCheck check = schoolKpt.call(() -> engine.checkIntegrity(id));
        assertEquals(IntegrityCheck.Part.PDF, check.brokenPart());
        assertEquals(IntegrityCheck.Problem.PDF_ALTERED, check.problem());
        Verification register = engine.verifySha256(sha256).orElseThrow();
        assertThat(register.intact()).isFalse();
        assertThat(register.chainIntact()).isTrue();
        assertEquals(IntegrityCheck.Part.PDF, register.integrity().brokenPart());
    }

    @Test
    void aSignerRowAlteredInTheDatabaseIsDetected() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");
        long typedName = sent();
        signAs(schoolKpt, typedName, "Besnik Leka");

        assertEquals(1, data.tamperSignerStatus(id, 2, "SIGNED"));
        assertEquals(1, data.tamperTypedName(typedName, 1, "Somebody Else"));

        IntegrityCheck check = schoolKpt.call(() -> engine.checkIntegrity(id));
        assertEquals(IntegrityCheck.Part.SIGNERS, check.brokenPart());
        assertEquals(2, check.brokenAt());
        assertEquals(new IntegrityCheck(2, IntegrityCheck.Problem.SIGNER, 1),
                schoolKpt.call(() -> engine.checkIntegrity(typedName)));
    }

    @Test
    void aDocumentStatusAlteredInTheDatabaseIsDetected() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");

        assertEquals(1, data.tamperStatus(id, "SIGNED"));

        IntegrityCheck check = schoolKpt.call(() -> engine.checkIntegrity(id));
        assertEquals(IntegrityCheck.Part.STATUS, check.brokenPart());
        assertThat(engine.verifySha256(data.document(id).getSha256()).orElseThrow().intact()).isFalse();
    }

    @Test
    void thePdfMatchesTheRegisterAndOneChangedByteMatchesNothing() throws Exception {
        long id = sent();
        byte[] pdf = schoolKpt.call(() -> engine.pdf(id)).content();

        Optional<Verification> found = engine.verify(pdf);
        pdf[pdf.length / 2] ^= 1;
        Optional<Verification> changed = engine.verify(pdf);

        assertThat(found).isPresent();
        assertEquals("Test document", found.get().title());
        assertThat(found.get().parties()).extracting(Verification.Party::name)
                .containsExactly("Besnik Leka", "Klea Shehu", "Javier Ortega");
        assertThat(changed).isEmpty();
    }

    @Test
    void theAuditCertificateIsAPdf() throws Exception {
        long id = sent();
        signAs(schoolKpt, id, "Besnik Leka");

        byte[] certificate = schoolKpt.call(() -> engine.auditCertificate(id)).content();

        assertThat(new String(certificate, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
