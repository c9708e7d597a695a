package eu.cginternational.it.services;

import static eu.cginternational.it.services.SigningTestData.DEMO_PASSWORD;
import static eu.cginternational.it.services.SigningTestData.input;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.SignerRole;
import eu.cginternational.domain.signing.SignerStatus;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.mobility.LearningAgreementDraft;
import eu.cginternational.service.mobility.LearningAgreementGate;
import eu.cginternational.service.mobility.LearningAgreementService;
import eu.cginternational.service.mobility.LearningAgreementSignatures;
import eu.cginternational.service.mobility.LearningAgreementWithdrawal;
import eu.cginternational.service.mobility.MobilityCalendar;
import eu.cginternational.service.mobility.MobilityDraft;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.mobility.MobilityTransition;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The learning agreement signed through the engine by the sending school (school.kpt), the
 * participant (student.kpt) and the host (partner.es of Costa Azul), and the rule that the
 * mobility starts only once all three have signed the current version.
 */
@ExtendWith(ArquillianExtension.class)
class LearningAgreementSigningIT {

    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    LearningAgreementSignatures signatures;

    @EJB
    LearningAgreementService agreements;

    @EJB
    eu.cginternational.service.signing.SigningEngine engine;

    @EJB
    MobilityService mobilities;

    @EJB
    MobilityCalendar calendar;

    @EJB
    SigningTestData data;

    @EJB
    TestData common;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsStudentKpt studentKpt;

    @EJB
    AsPartnerEs partnerEs;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    LearningAgreementGate gate;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    AsTeacherPljevlja teacherPljevlja;

    @EJB
    AsMinistryMe ministryMe;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AgreementTestData accounts;

    @EJB
    eu.cginternational.service.signing.SigningReminders reminders;

    /** Today at the sending schools of the tests' mobilities (Tirana and Pljevlja keep the same clock): their day. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Tirane"));
    }

    private void start(long mobilityId) throws Exception {
        schoolKpt.call(() -> mobilities.act(mobilityId,
                new MobilityTransition(MobilityAction.START, null, common.mobility(mobilityId).getVersion())));
    }

    @Test
    void theSchoolSendsTheCurrentVersionAndTheMobilityStartsOnlyOnceAllThreeSigned() throws Exception {
        long id = data.approvedDemoMobility(today()).getId();

        assertEquals("learning.signing.required_to_start",
                assertThrows(RejectedException.class, () -> start(id)).getMessageKey());

        SignedDocument sent = send(schoolKpt, id);
        assertThat(sent.getSigners()).extracting(s -> s.getRole())
                .containsExactly(SignerRole.SENDING_SCHOOL, SignerRole.PARTICIPANT, SignerRole.HOST_ORGANISATION);
        assertThat(sent.getSigners()).extracting(s -> s.getAccount().getUsername())
                .containsExactly("school.kpt", "student.kpt", "partner.es");
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        studentKpt.call(() -> signatures.sign(id, read(id), input("Klea Shehu", DEMO_PASSWORD)));
        assertEquals("learning.signing.required_to_start",
                assertThrows(RejectedException.class, () -> start(id)).getMessageKey());

        partnerEs.call(() -> signatures.sign(id, read(id), input("Javier Ortega", DEMO_PASSWORD)));
        start(id);

        assertEquals(MobilityStatus.IN_PROGRESS, common.mobility(id).getStatus());
        assertEquals(SignedDocumentStatus.SIGNED, data.document(sent.getId()).getStatus());
    }

    /** The version of the signing document as it stands, which a signature names. */
    private long versionOf(long documentId) {
        return data.document(documentId).getStateVersion();
    }

    /** The version of the document of the mobility's agreement as it stands, which a signature names. */
    private Long read(long mobilityId) {
        return signatures.find(mobilityId).map(SignedDocument::getStateVersion).orElse(null);
    }

    /** Sends the agreement for signature as the caller, with its version as the caller reads it just before. */
    private SignedDocument send(RoleCaller sender, long mobilityId) throws Exception {
        return sender.call(() -> signatures.send(mobilityId, agreements.find(mobilityId).orElseThrow().getVersion()));
    }

    /** Edits the current version in place as teacher.kpt, as before the ministry's approval: its number stays. */
    private void editedInPlace(long mobilityId, String outcomes) throws Exception {
        teacherKpt.call(() -> {
            LearningAgreementDraft draft = LearningAgreementDraft.of(agreements.find(mobilityId).orElseThrow());
            draft.setLearningOutcomes(outcomes);
            return agreements.save(mobilityId, draft);
        });
    }

    /**
     * Before the ministry's approval a teacher edits the current version in place, under the same number: the
     * administrator who read it before is told it changed meanwhile, instead of freezing and signing a text they never
     * saw; with the version as it is now, it is sent.
     */
    @Test
    void aVersionChangedSinceTheSenderReadItIsNotSentAndTheCurrentOneIs() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(70)).getId();
        long seen = schoolKpt.call(() -> agreements.find(id).orElseThrow().getVersion());
        editedInPlace(id, "Serves guests at the front desk and in the restaurant.");

        assertThrows(ConcurrentChangeException.class, () -> schoolKpt.call(() -> signatures.send(id, seen)));
        assertThrows(InvalidInputException.class, () -> schoolKpt.call(() -> signatures.send(id, null)));
        assertThat(schoolKpt.call(() -> signatures.find(id))).isEmpty();

        SignedDocument sent = send(schoolKpt, id);

        assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, sent.getStatus());
        assertThat(schoolKpt.call(() -> agreements.find(id).orElseThrow().getCurrent().getNumber())).isEqualTo(1);
    }

    /**
     * A signer declined and nothing changed since: made again, the PDF would be the one declined, byte for byte, which
     * the signing engine registers once. The page says to change the agreement first, and a sending is refused with the
     * same words; once the version is edited, it is sent anew.
     */
    @Test
    void aVersionDeclinedIsNotSentAgainUntilItChanges() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(75)).getId();
        long documentId = send(schoolKpt, id).getId();
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        long read = studentKpt.call(() -> engine.get(documentId).getStateVersion());
        studentKpt.call(() -> engine.decline(documentId, read, "Thirty-five hours a week is too many for me."));
        assertEquals(SignedDocumentStatus.DECLINED, data.document(documentId).getStatus());

        assertThat(refusalToSend(schoolKpt, id)).contains("learning.rule.DECLINED");
        assertThat(refusalToSend(teacherKpt, id)).contains("learning.rule.DECLINED");
        assertThat(schoolKpt.call(() -> signatures.canSend(mobilities.get(id)))).isFalse();
        RejectedException refusal = assertThrows(RejectedException.class, () -> send(schoolKpt, id));
        assertEquals("learning.rule.DECLINED", refusal.getMessageKey());
        assertThat(refusal.getArguments()).containsExactly(1);

        editedInPlace(id, "Serves guests at the front desk, thirty hours a week.");
        assertThat(refusalToSend(schoolKpt, id)).isEmpty();
        SignedDocument anew = send(schoolKpt, id);

        assertThat(anew.getId()).isNotEqualTo(documentId);
        assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, anew.getStatus());
    }

    /**
     * A teacher who also administers the school applies for a staff mobility: sending it themself, they would be named
     * twice, for the school and as the participant, which a signed document refuses. Another administrator of the
     * school sends it, and the page tells them so instead of offering to send.
     */
    @Test
    void anAdministratorWhoIsTheParticipantLeavesTheSendingToAnotherAdministrator() throws Exception {
        long id = data.submittedStaffMobility(today().plusDays(85)).getId();
        Set<Role> teacher = Set.copyOf(common.account("teacher.kpt").getRoles());
        accounts.roles("teacher.kpt", Set.of(Role.TEACHER, Role.SCHOOL_ADMIN));
        try {
            assertThat(teacherKpt.call(() -> signatures.canSend(mobilities.get(id)))).isFalse();
            assertThat(refusalToSend(teacherKpt, id)).contains("learning.signing.participant_sends");
            assertEquals("learning.signing.participant_sends",
                    assertThrows(RejectedException.class, () -> send(teacherKpt, id)).getMessageKey());
            assertThat(schoolKpt.call(() -> signatures.find(id))).isEmpty();
            assertThat(refusalToSend(schoolKpt, id)).isEmpty();

            SignedDocument sent = send(schoolKpt, id);

            assertThat(sent.getSigners()).extracting(s -> s.getAccount().getUsername() + " " + s.getRole())
                    .containsExactly("school.kpt SENDING_SCHOOL", "teacher.kpt PARTICIPANT", "partner.es HOST_ORGANISATION");
        } finally {
            accounts.roles("teacher.kpt", teacher);
        }
    }

    /**
     * A teacher who also administers the school is the participant of a staff mobility, whose agreement another
     * administrator sent: they sign it as the participant, and as they would not send it, they do not withdraw it from
     * the other signers either. The refusal says who does and is audited as a denied access; nothing changes, and the
     * administrator who sent it still withdraws it.
     */
    @Test
    void anAdministratorWhoIsTheParticipantLeavesTheWithdrawalToTheSendingSide() throws Exception {
        long id = data.submittedStaffMobility(today().plusDays(75)).getId();
        long documentId = send(schoolKpt, id).getId();
        Set<Role> teacher = Set.copyOf(common.account("teacher.kpt").getRoles());
        accounts.roles("teacher.kpt", Set.of(Role.TEACHER, Role.SCHOOL_ADMIN));
        try {
            LearningAgreementWithdrawal seen = new LearningAgreementWithdrawal(
                    schoolKpt.call(() -> agreements.find(id).orElseThrow().getVersion()), "Not by the participant.");
            long denied = common.auditEvents(AuditEventType.ACCESS_DENIED, "mobility " + id);
            assertThat(teacherKpt.call(() -> signatures.canWithdraw(mobilities.get(id)))).isFalse();

            assertEquals("learning.signing.participant_withdraws", assertThrows(RejectedException.class,
                    () -> teacherKpt.call(() -> signatures.withdraw(id, seen))).getMessageKey());

            assertThat(common.auditEvents(AuditEventType.ACCESS_DENIED, "mobility " + id)).isEqualTo(denied + 1);
            assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, data.document(documentId).getStatus());
            LearningAgreement unchanged = schoolKpt.call(() -> agreements.find(id).orElseThrow());
            assertThat(unchanged.getVersion()).isEqualTo(seen.version());
            assertThat(unchanged.getCurrent().getWithdrawnAt()).isNull();
            assertThat(common.auditDetails(AuditEventType.LEARNING_AGREEMENT_CHANGED, "mobility " + id))
                    .noneMatch(detail -> detail.contains("withdrawn from signature"));

            assertThat(schoolKpt.call(() -> signatures.canWithdraw(mobilities.get(id)))).isTrue();
            LearningAgreement withdrawn = schoolKpt.call(() -> signatures.withdraw(id, seen));

            assertThat(withdrawn.getCurrent().getWithdrawnAt()).isNotNull();
            assertEquals(SignedDocumentStatus.SUPERSEDED, data.document(documentId).getStatus());
        } finally {
            accounts.roles("teacher.kpt", teacher);
        }
    }

    private void step(AsSchoolKpt as, long mobilityId, MobilityAction action, String comment) throws Exception {
        as.call(() -> mobilities.act(mobilityId, new MobilityTransition(action, comment, common.mobility(mobilityId).getVersion())));
    }

    private void signedByAllThree(long mobilityId) throws Exception {
        schoolKpt.call(() -> signatures.sign(mobilityId, read(mobilityId), input("Besnik Leka", DEMO_PASSWORD)));
        studentKpt.call(() -> signatures.sign(mobilityId, read(mobilityId), input("Klea Shehu", DEMO_PASSWORD)));
        partnerEs.call(() -> signatures.sign(mobilityId, read(mobilityId), input("Javier Ortega", DEMO_PASSWORD)));
    }

    /** Revises the application as teacher.kpt, with the change made to a draft of it as it stands. */
    private void revised(long mobilityId, java.util.function.Consumer<MobilityDraft> change) throws Exception {
        teacherKpt.call(() -> {
            MobilityDraft draft = MobilityDraft.of(common.mobility(mobilityId));
            change.accept(draft);
            return mobilities.revise(mobilityId, draft);
        });
    }

    @Test
    void aReturnedMobilityGivenOtherDatesStartsOnlyAfterANewRoundOfSignatures() throws Exception {
        long id = data.submittedDemoMobility(today()).getId();
        long signedId = send(schoolKpt, id).getId();
        signedByAllThree(id);
        assertThat(gate.isSignedByAll(common.mobility(id))).isTrue();

        step(schoolKpt, id, MobilityAction.RETURN, "One week less, please.");
        revised(id, draft -> draft.setEndDate(today().plusDays(13)));
        teacherKpt.call(() -> mobilities.act(id,
                new MobilityTransition(MobilityAction.SUBMIT, null, common.mobility(id).getVersion())));
        step(schoolKpt, id, MobilityAction.APPROVE, null);
        data.approvedByTheMinistry(id);

        // The signed PDF names the old dates: it stays as signed, and no longer lets the mobility start.
        assertEquals("learning.signing.required_to_start",
                assertThrows(RejectedException.class, () -> start(id)).getMessageKey());
        assertEquals(SignedDocumentStatus.SIGNED, data.document(signedId).getStatus());
        calendar.startDue(Instant.now());
        assertEquals(MobilityStatus.MINISTRY_APPROVED, common.mobility(id).getStatus());

        send(schoolKpt, id);
        signedByAllThree(id);
        start(id);
        assertEquals(MobilityStatus.IN_PROGRESS, common.mobility(id).getStatus());
    }

    @Test
    void anotherHostSupersedesTheDocumentUnderSignatureButGreenTravelDoesNot() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(40)).getId();
        long documentId = send(schoolKpt, id).getId();
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        step(schoolKpt, id, MobilityAction.RETURN, "Another host, please.");

        revised(id, draft -> draft.setGreenTravel(true));
        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, data.document(documentId).getStatus());

        revised(id, draft -> draft.setHostId(common.institution("Mundus").getId()));
        assertEquals(SignedDocumentStatus.SUPERSEDED, data.document(documentId).getStatus());
        assertEquals("learning.signing.nothing_to_sign", assertThrows(RejectedException.class, () -> studentKpt.call(
                () -> signatures.sign(id, read(id), input("Klea Shehu", DEMO_PASSWORD)))).getMessageKey());
    }

    @Test
    void aHostChangedAndChangedBackIsSentForANewRoundWhosePdfSaysWhenTheTermsChanged() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(40)).getId();
        SignedDocument first = send(schoolKpt, id);
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        step(schoolKpt, id, MobilityAction.RETURN, "Another host, please.");
        long costaAzul = common.mobility(id).getHost().getId();
        revised(id, draft -> draft.setHostId(common.institution("Mundus").getId()));
        revised(id, draft -> draft.setHostId(costaAzul));

        // The same version with the same terms as the superseded round: a new round all the same, of other bytes.
        SignedDocument second = send(schoolKpt, id);

        assertEquals(SignedDocumentStatus.SUPERSEDED, data.document(first.getId()).getStatus());
        assertThat(second.getSha256()).isNotEqualTo(first.getSha256());
        assertThat(second.getStatus()).isEqualTo(SignedDocumentStatus.AWAITING_SIGNATURES);
        assertThat(schoolKpt.call(() -> signatures.find(id)).map(SignedDocument::getId)).contains(second.getId());
    }

    @Test
    void aNewVersionSupersedesTheDocumentUnderSignature() throws Exception {
        long id = data.approvedDemoMobility(today()).getId();
        long documentId = send(schoolKpt, id).getId();
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));

        teacherKpt.call(() -> {
            LearningAgreement agreement = agreements.find(id).orElseThrow();
            LearningAgreementDraft draft = LearningAgreementDraft.of(agreement);
            draft.setLearningOutcomes("Serves guests at the front desk and in the restaurant.");
            draft.setReason("The host adds restaurant service.");
            return agreements.save(id, draft);
        });

        assertEquals(SignedDocumentStatus.SUPERSEDED, data.document(documentId).getStatus());
        assertEquals("signing.rule.SUPERSEDED", assertThrows(RejectedException.class, () -> studentKpt.call(
                () -> engine.sign(documentId, versionOf(documentId), input("Klea Shehu", DEMO_PASSWORD)))).getMessageKey());
        assertEquals("learning.signing.nothing_to_sign", assertThrows(RejectedException.class, () -> studentKpt.call(
                () -> signatures.sign(id, read(id), input("Klea Shehu", DEMO_PASSWORD)))).getMessageKey());
    }

    /**
     * A signer who can no longer sign would leave the agreement waiting: the sending school withdraws the version from
     * signature. It stays as it was sent, withdrawn; its document leaves signature; the signers it had reached are told;
     * the same text is not sent again, a change of it is the version sent anew.
     */
    @Test
    void theSendingSchoolWithdrawsTheVersionUnderSignatureAndSendsItsChangeAnew() throws Exception {
        long id = data.approvedDemoMobility(today()).getId();
        long documentId = send(schoolKpt, id).getId();
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        String comment = "The host's mentor left & a new one is named: \"javascript:alert('x')\".";
        LearningAgreementWithdrawal seen = new LearningAgreementWithdrawal(
                schoolKpt.call(() -> agreements.find(id).orElseThrow().getVersion()), comment);

        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> signatures.withdraw(id, seen)));
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> signatures.withdraw(id, seen)));
        assertThrows(AccessDeniedException.class, () -> studentKpt.call(() -> signatures.withdraw(id, seen)));
        assertThrows(ConcurrentChangeException.class, () -> schoolKpt.call(() -> signatures.withdraw(id,
                new LearningAgreementWithdrawal(seen.version() - 1, comment))));
        for (String refused : List.of("x".repeat(2001), "<script>alert(1)</script>")) {
            assertThrows(InvalidInputException.class, () -> schoolKpt.call(() -> signatures.withdraw(id,
                    new LearningAgreementWithdrawal(seen.version(), refused))));
        }
        assertEquals(SignedDocumentStatus.PARTIALLY_SIGNED, data.document(documentId).getStatus());
        assertThat(teacherKpt.call(() -> signatures.canWithdraw(mobilities.get(id)))).isFalse();
        assertThat(schoolKpt.call(() -> signatures.canWithdraw(mobilities.get(id)))).isTrue();
        LearningAgreement withdrawn = schoolKpt.call(() -> signatures.withdraw(id, seen));

        assertThat(withdrawn.getCurrent().getNumber()).isEqualTo(1);
        assertThat(withdrawn.getCurrent().getWithdrawnAt()).isNotNull();
        assertThat(withdrawn.getCurrent().getWithdrawalComment()).isEqualTo(comment);
        assertThat(withdrawn.getVersion()).isGreaterThan(seen.version());
        SignedDocument document = data.document(documentId);
        assertEquals(SignedDocumentStatus.SUPERSEDED, document.getStatus());
        assertThat(document.checkIntegrity().intact()).isTrue();
        assertEquals("signing.rule.SUPERSEDED", assertThrows(RejectedException.class, () -> studentKpt.call(
                () -> engine.sign(documentId, versionOf(documentId), input("Klea Shehu", DEMO_PASSWORD)))).getMessageKey());
        assertThat(common.auditDetails(AuditEventType.LEARNING_AGREEMENT_CHANGED, "mobility " + id))
                .contains("version 1 withdrawn from signature (signed document " + documentId + ")");
        String link = "/mobilities/mobility.xhtml?id=" + id;
        // student.kpt was asked to sign and is told, in Albanian, in the app and by e-mail; school.kpt withdrew it, and
        // partner.es was never asked.
        String title = Texts.format(ALBANIAN, "notice.learning.withdrawn.title");
        assertThat(common.notificationsOf("student.kpt", link)).filteredOn(n -> n.getTitle().equals(title))
                .singleElement().extracting(Notification::getText).isEqualTo(Texts.format(ALBANIAN,
                        "notice.learning.withdrawn.text_comment", 1, "Klea Shehu", common.mobility(id).getHost().getName(),
                        "Besnik Leka", comment));
        assertThat(common.emailsTo(common.account("student.kpt").getEmail()).stream()
                .map(email -> common.outboxMessage(email).getSubject()))
                .contains(Texts.format(ALBANIAN, "notice.mail.subject", title));
        assertThat(common.notificationsOf("school.kpt", link)).extracting(Notification::getTitle).doesNotContain(title);
        assertThat(common.notificationsOf("partner.es", link)).extracting(Notification::getTitle)
                .doesNotContain(Texts.format(Locale.ENGLISH, "notice.learning.withdrawn.title"));
        assertEquals("learning.rule.NOT_UNDER_SIGNATURE", assertThrows(RejectedException.class, () -> schoolKpt.call(
                () -> signatures.withdraw(id, new LearningAgreementWithdrawal(withdrawn.getVersion(), null)))).getMessageKey());
        assertEquals("learning.rule.WITHDRAWN",
                assertThrows(RejectedException.class, () -> send(schoolKpt, id)).getMessageKey());
        assertThat(refusalToSend(schoolKpt, id)).contains("learning.rule.WITHDRAWN");

        teacherKpt.call(() -> {
            LearningAgreementDraft draft = LearningAgreementDraft.of(agreements.find(id).orElseThrow());
            draft.setLearningOutcomes("Welcomes guests at the front desk, followed by the host's new mentor.");
            draft.setReason("The mentor changed.");
            return agreements.save(id, draft);
        });
        SignedDocument anew = send(schoolKpt, id);

        assertThat(anew.getId()).isNotEqualTo(documentId);
        assertEquals(SignedDocumentStatus.AWAITING_SIGNATURES, anew.getStatus());
        LearningAgreement resent = schoolKpt.call(() -> agreements.find(id).orElseThrow());
        assertThat(resent.getVersions()).extracting(v -> v.getNumber(), v -> v.getWithdrawnAt() != null)
                .containsExactly(tuple(1, true), tuple(2, false));
    }

    @Test
    void aHostWithoutAPartnerAccountCannotBeSentTheAgreement() throws Exception {
        long id = data.approvedMobilityToHostWithoutAccount(today()).getId();

        RejectedException refusal = assertThrows(RejectedException.class, () -> send(schoolKpt, id));

        assertEquals("learning.signing.no_host_account", refusal.getMessageKey());
        // The page says so instead of offering to send, in the same words.
        assertThat(refusalToSend(schoolKpt, id)).contains("learning.signing.no_host_account");
        assertThat(schoolKpt.call(() -> signatures.canSend(mobilities.get(id)))).isFalse();
    }

    @Test
    void aHostThatCannotHostIsToBeChangedWhileTheApplicationCanBeEditedAndCannotSignAfter() throws Exception {
        long id = data.draftMobilityToHostNowAnAgency(today().plusDays(90)).getId();

        // Told before being a draft's plain NOT_SUBMITTED: the applicant side can change the host now, and must.
        assertThat(refusalToSend(teacherKpt, id)).contains("learning.rule.HOST_TO_CHANGE");
        assertThat(refusalToSend(studentKpt, id)).contains("learning.rule.HOST_TO_CHANGE");
        assertThat(refusalToSend(schoolKpt, id)).contains("learning.rule.HOST_TO_CHANGE");
        assertThat(schoolKpt.call(() -> signatures.canSend(mobilities.get(id)))).isFalse();

        teacherKpt.call(() -> mobilities.act(id, new MobilityTransition(MobilityAction.SUBMIT, null,
                common.mobility(id).getVersion())));
        RejectedException refusal = assertThrows(RejectedException.class, () -> send(schoolKpt, id));

        assertEquals("learning.rule.HOST_CANNOT_SIGN", refusal.getMessageKey());
        assertThat(refusal.getArguments()).containsExactly(common.mobility(id).getHost().getName());
        assertThat(refusalToSend(schoolKpt, id)).contains(refusal.getMessageKey());
        assertThat(schoolKpt.call(() -> signatures.find(id))).isEmpty();
        // Who does not prepare the application is not told, though they see the mobility.
        assertThat(refusalToSend(coordinator, id)).isEmpty();
    }

    /** Why the mobility's agreement cannot be sent, as the caller's page says it: the message key, if any. */
    private java.util.Optional<String> refusalToSend(RoleCaller caller, long mobilityId) throws Exception {
        return caller.call(() -> signatures.refusalToSend(mobilities.get(mobilityId)).map(RejectedException::getMessageKey));
    }

    @Test
    void theStartTimerWaitsForTheSignaturesOfAllThree() throws Exception {
        LocalDate day = LocalDate.of(2034, 4, 4);
        long unsigned = common.approvedMobility("SVS-Pljevlja", "Ministarstvo prosvjete, nauke i inovacija", day).getId();
        long signed = common.approvedMobility("SVS-Pljevlja", "Ministarstvo prosvjete, nauke i inovacija", day).getId();
        data.signedLearningAgreement(signed);

        calendar.startDue(day.atTime(12, 0).atZone(ZoneId.of("Europe/Podgorica")).toInstant());

        assertEquals(MobilityStatus.MINISTRY_APPROVED, common.mobility(unsigned).getStatus());
        assertEquals(MobilityStatus.IN_PROGRESS, common.mobility(signed).getStatus());
    }

    @Test
    void aVetSchoolAbroadHostsAJobShadowingItsAdministratorSeesItAsHostAndSignsInTheHostsPlace() throws Exception {
        data.firstAdministratorOf("SVS-Pljevlja", "school.pljevlja");
        MobilityDraft draft = new MobilityDraft();
        draft.setType(MobilityType.STAFF_JOB_SHADOWING);
        draft.setHostId(common.institution("SVS-Pljevlja").getId());
        draft.setStartDate(today());
        draft.setEndDate(today().plusDays(9));
        long id = teacherKpt.call(() -> mobilities.apply(draft)).getId();
        data.learningAgreement(id);
        // A draft is not the host's business yet.
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> mobilities.get(id)));
        teacherKpt.call(() -> mobilities.act(id, new MobilityTransition(MobilityAction.SUBMIT, null,
                common.mobility(id).getVersion())));
        step(schoolKpt, id, MobilityAction.APPROVE, "Job shadowing in the kitchen workshop.");
        data.approvedByTheMinistry(id);

        // As a host: without the inclusion support, the report, who decided and what they wrote; nothing to decide.
        assertThat(schoolPljevlja.call(() -> {
            Mobility hosted = mobilities.get(id);
            return mobilities.seesOnlyAsHost(hosted) && mobilities.actionsFor(hosted).isEmpty();
        })).isTrue();
        assertThat(schoolPljevlja.call(() -> mobilities.export(new PageRequest(0, 1, null, true,
                Map.of("startDate", today() + "/" + today(), "type", "STAFF_JOB_SHADOWING", "hosted", "true")))))
                .extracting(row -> row.id()).contains(id);
        assertThat(schoolKpt.call(() -> mobilities.seesOnlyAsHost(common.mobility(id)))).isFalse();
        assertThrows(NotFoundException.class, () -> teacherPljevlja.call(() -> mobilities.get(id)));

        SignedDocument sent = send(schoolKpt, id);
        assertThat(sent.getSigners()).extracting(s -> s.getAccount().getUsername() + " " + s.getRole())
                .containsExactly("school.kpt SENDING_SCHOOL", "teacher.kpt PARTICIPANT", "school.pljevlja HOST_ORGANISATION");
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        teacherKpt.call(() -> signatures.sign(id, read(id), input("Elira Dervishi", DEMO_PASSWORD)));
        assertThat(schoolPljevlja.call(() -> engine.inboxItems(PageRequest.first(100))))
                .extracting(s -> s.getDocument().getId()).contains(sent.getId());
        // The host school's teachers and its country's ministry never see the mobility: nor its agreement.
        assertThat(teacherPljevlja.call(() -> engine.mayRead(sent.getId()))).isFalse();
        assertThat(ministryMe.call(() -> engine.mayRead(sent.getId()))).isFalse();
        schoolPljevlja.call(() -> signatures.sign(id, read(id), input("Host School Director", DEMO_PASSWORD)));
        start(id);

        assertEquals(MobilityStatus.IN_PROGRESS, common.mobility(id).getStatus());
        assertEquals(SignedDocumentStatus.SIGNED, data.document(sent.getId()).getStatus());
    }

    @Test
    void rejectingTheApplicationSupersedesItsAgreementUnderSignatureForEverySigner() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(60)).getId();
        long documentId = send(schoolKpt, id).getId();
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        studentKpt.call(() -> signatures.sign(id, read(id), input("Klea Shehu", DEMO_PASSWORD)));
        assertThat(partnerEs.call(() -> engine.inboxItems(PageRequest.first(100))))
                .extracting(s -> s.getDocument().getId()).contains(documentId);
        assertThat(partnerEs.call(() -> engine.mayRead(documentId))).isTrue();

        step(schoolKpt, id, MobilityAction.REJECT, "Not eligible this year.");

        assertEquals(SignedDocumentStatus.SUPERSEDED, data.document(documentId).getStatus());
        assertEquals("signing.rule.SUPERSEDED", assertThrows(RejectedException.class, () -> partnerEs.call(
                () -> engine.sign(documentId, versionOf(documentId), input("Javier Ortega", DEMO_PASSWORD)))).getMessageKey());
        assertThat(partnerEs.call(() -> engine.inboxItems(PageRequest.first(100))))
                .extracting(s -> s.getDocument().getId()).doesNotContain(documentId);
        // The host does not see a rejected application, nor the agreement it was about to sign.
        assertThat(partnerEs.call(() -> engine.mayRead(documentId))).isFalse();
        assertThrows(NotFoundException.class, () -> partnerEs.call(() -> engine.pdf(documentId)));
        // The sending school keeps it, as the record of the round that was stopped.
        assertThat(schoolKpt.call(() -> engine.pdf(documentId)).content()).isNotEmpty();
    }

    /**
     * A signer who no longer signs in their capacity no longer finds the agreement in their signing inbox, nor in its
     * count: the sending school's administrator moved to teaching, the host's partner moved to another company. Back
     * in their capacity, they find it again; the participant, whose turn it is in between, finds it all along.
     */
    @Test
    void aSignerWhoNoLongerSignsInTheirCapacityNoLongerFindsTheAgreementInTheirInbox() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(50)).getId();
        long documentId = send(schoolKpt, id).getId();
        Set<Role> administrator = Set.copyOf(common.account("school.kpt").getRoles());
        assertThat(inboxOf(schoolKpt)).contains(documentId);
        accounts.roles("school.kpt", Set.of(Role.TEACHER));
        try {
            assertThat(inboxOf(schoolKpt)).doesNotContain(documentId);
        } finally {
            accounts.roles("school.kpt", administrator);
        }
        assertThat(inboxOf(schoolKpt)).contains(documentId);
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        assertThat(inboxOf(studentKpt)).contains(documentId);
        studentKpt.call(() -> signatures.sign(id, read(id), input("Klea Shehu", DEMO_PASSWORD)));
        assertThat(inboxOf(partnerEs)).contains(documentId);

        long host = common.mobility(id).getHost().getId();
        accounts.moveTo("partner.es", common.institution("Officina Meccanica Romagnola S.r.l.").getId());
        try {
            assertThat(inboxOf(partnerEs)).doesNotContain(documentId);
        } finally {
            accounts.moveTo("partner.es", host);
        }
        assertThat(inboxOf(partnerEs)).contains(documentId);
    }

    /** The documents of the signer's inbox, whose count is checked to be theirs: the inbox pages through what it counts. */
    private List<Long> inboxOf(RoleCaller signer) throws Exception {
        List<Long> items = signer.call(() -> engine.inboxItems(PageRequest.first(100))).stream()
                .map(s -> s.getDocument().getId()).toList();
        assertThat(signer.call(() -> engine.inboxCount())).isEqualTo(items.size());
        return items;
    }

    /**
     * The host's partner, moved to another company after the agreement was sent, keeps an active account and the
     * partner role but no longer signs for the host: when their turn comes neither a signature nor a decline is taken
     * on the signing page (the engine's own path; the mobility's is closed to them, who no longer see it), and the
     * agreement's document stays as the other two signed it.
     */
    @Test
    void aHostsSignerWhoNoLongerActsForTheHostNeitherSignsNorDeclinesAndNothingChanges() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(50)).getId();
        long documentId = send(schoolKpt, id).getId();
        schoolKpt.call(() -> signatures.sign(id, read(id), input("Besnik Leka", DEMO_PASSWORD)));
        studentKpt.call(() -> signatures.sign(id, read(id), input("Klea Shehu", DEMO_PASSWORD)));
        long host = common.mobility(id).getHost().getId();
        accounts.moveTo("partner.es", common.institution("Officina Meccanica Romagnola S.r.l.").getId());
        try {
            long documentVersion = data.document(documentId).getVersion();
            long read = data.document(documentId).getStateVersion();
            long mobilityVersion = common.mobility(id).getVersion();

            RejectedException signature = assertThrows(RejectedException.class, () -> partnerEs.call(
                    () -> engine.sign(documentId, versionOf(documentId), input("Javier Ortega", DEMO_PASSWORD))));
            RejectedException decline = assertThrows(RejectedException.class, () -> partnerEs.call(
                    () -> engine.decline(documentId, read, "Not mine to sign any more")));

            for (RejectedException refused : List.of(signature, decline)) {
                assertThat(refused.getMessageKey()).isEqualTo("signing.signer_not_entitled");
                assertThat(refused.getArguments()).containsExactly(common.mobility(id).getHost().getName());
            }
            assertThat(partnerEs.call(() -> engine.isCallersTurn(data.document(documentId)))).isFalse();
            assertThat(partnerEs.call(() -> engine.mayDecline(data.document(documentId)))).isFalse();
            SignedDocument document = data.document(documentId);
            assertThat(document.getStatus()).isEqualTo(SignedDocumentStatus.PARTIALLY_SIGNED);
            assertThat(document.getVersion()).isEqualTo(documentVersion);
            assertThat(document.getSigners()).extracting(s -> s.getStatus())
                    .containsExactly(SignerStatus.SIGNED, SignerStatus.SIGNED, SignerStatus.WAITING);
            assertThat(common.mobility(id).getVersion()).isEqualTo(mobilityVersion);
        } finally {
            accounts.moveTo("partner.es", host);
        }
    }

    /**
     * The administrator who sent the agreement, and signs first, leaves the school (deactivated): the document would wait
     * for ever and its sender hears nothing, so the sending school's other administrators, who may withdraw it and send
     * it anew, are told in their place; not its teacher nor the coordinator.
     */
    @Test
    void whenTheSendingAdministratorLeavesTheSchoolsOtherAdministratorsAreToldTheAgreementWaitsInVain() throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(50)).getId();
        long documentId = send(schoolKpt, id).getId();
        UserAccount colleague = common.newAccount(Role.SCHOOL_ADMIN, SigningTestData.KPT);
        common.deactivate("school.kpt");
        try {
            reminders.remindDue(data.document(documentId).getSentAt().plus(java.time.Duration.ofDays(3)).plusSeconds(60));

            String link = "/signing/sign.xhtml?id=" + documentId;
            String title = data.document(documentId).getTitle();
            assertThat(common.notificationsOf(colleague.getUsername(), link)).singleElement().satisfies(notice -> {
                assertThat(notice.getTitle()).isEqualTo(Texts.format(Locale.ENGLISH, "notice.signing.signer_cannot_act.title",
                        title));
                assertThat(notice.getText()).isEqualTo(Texts.format(Locale.ENGLISH, "notice.signing.signer_cannot_act.text",
                        "Besnik Leka", title, SigningTestData.KPT));
            });
            assertThat(common.notificationsOf("teacher.kpt", link)).isEmpty();
            assertThat(common.notificationsOf("coordinator", link)).isEmpty();
        } finally {
            common.activate("school.kpt");
            common.deactivate(colleague.getUsername());
        }
    }

    /**
     * The administrator who sent the agreement, and signs first, moves to teaching: the account stays active, but may no
     * longer sign it nor send it again, so the sending school's other administrators are told in their place, as for an
     * administrator who left; not the sender, nor the coordinator.
     */
    @Test
    void whenTheSendingAdministratorMovesToTeachingTheSchoolsOtherAdministratorsAreToldTheAgreementWaitsInVain()
            throws Exception {
        long id = data.submittedDemoMobility(today().plusDays(50)).getId();
        long documentId = send(schoolKpt, id).getId();
        UserAccount colleague = common.newAccount(Role.SCHOOL_ADMIN, SigningTestData.KPT);
        Set<Role> administrator = Set.copyOf(common.account("school.kpt").getRoles());
        accounts.roles("school.kpt", Set.of(Role.TEACHER));
        try {
            reminders.remindDue(data.document(documentId).getSentAt().plus(java.time.Duration.ofDays(3)).plusSeconds(60));

            String link = "/signing/sign.xhtml?id=" + documentId;
            String title = data.document(documentId).getTitle();
            assertThat(common.notificationsOf(colleague.getUsername(), link)).singleElement().satisfies(notice ->
                    assertThat(notice.getText()).isEqualTo(Texts.format(Locale.ENGLISH,
                            "notice.signing.signer_cannot_act.text", "Besnik Leka", title, SigningTestData.KPT)));
            Locale sender = common.account("school.kpt").getLanguage().locale();
            assertThat(common.notificationsOf("school.kpt", link)).extracting(Notification::getTitle)
                    .doesNotContain(Texts.format(sender, "notice.signing.signer_cannot_act.title", title));
            assertThat(common.notificationsOf("coordinator", link)).isEmpty();
        } finally {
            accounts.roles("school.kpt", administrator);
            common.deactivate(colleague.getUsername());
        }
    }

    @Test
    void aDraftsAgreementIsNotSentForSignature() throws Exception {
        long id = data.draftDemoMobility(today().plusDays(80)).getId();

        assertThat(schoolKpt.call(() -> signatures.canSend(common.mobility(id)))).isFalse();
        assertEquals("learning.rule.NOT_SUBMITTED",
                assertThrows(RejectedException.class, () -> send(schoolKpt, id)).getMessageKey());
        assertThat(refusalToSend(schoolKpt, id)).contains("learning.rule.NOT_SUBMITTED");
        assertThat(refusalToSend(teacherKpt, id)).contains("learning.rule.NOT_SUBMITTED");
        assertThat(schoolKpt.call(() -> signatures.find(id))).isEmpty();
    }
}
