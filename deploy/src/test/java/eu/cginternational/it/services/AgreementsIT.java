package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementClause;
import eu.cginternational.domain.agreement.AgreementStatus;
import eu.cginternational.domain.agreement.ApplicationStatus;
import eu.cginternational.domain.agreement.ClauseTemplate;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.agreement.OpportunityStatus;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import eu.cginternational.domain.signing.SigningEventType;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.signing.SignerStatus;
import eu.cginternational.service.agreement.AgreementCalendar;
import eu.cginternational.service.agreement.AgreementDraft;
import eu.cginternational.service.agreement.AgreementService;
import eu.cginternational.service.agreement.AgreementTransition;
import eu.cginternational.service.agreement.ApplicationDecision;
import eu.cginternational.service.agreement.ApplicationDraft;
import eu.cginternational.service.agreement.ClauseTemplateDraft;
import eu.cginternational.service.agreement.ClauseTemplates;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.service.agreement.OpportunityDraft;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.service.signing.SigningReminders;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Agreements and the opportunities board in the services, inside the server: who sees an agreement
 * (a partner of another company and a ministry of another country do not), illegal transitions,
 * two sends or edits racing for one version, the warning before the end, and a student's
 * application that the school turns into a mobility draft.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementsIT {

    private static final Locale ALBANIAN = Locale.forLanguageTag("sq");
    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");

    private static final String APPLICATIONS = "/opportunities/applications.xhtml";

    /** Far more than a run takes here, far less than the database waits for a lock before it gives up. */
    private static final int RUN_WHILE_HELD_SECONDS = 30;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    AgreementService agreements;

    @EJB
    OpportunityBoard board;

    @EJB
    MobilityService mobilities;

    @EJB
    AgreementCalendar calendar;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    AsPartnerEs partnerEs;

    @EJB
    AsPartnerAl partnerAl;

    @EJB
    AsMinistryMe ministryMe;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsStudentKpt studentKpt;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    SigningEngine signing;

    @EJB
    SigningReminders reminders;

    @EJB
    AgreementTestData data;

    @EJB
    ClauseTemplates clauses;

    @EJB
    SigningTestData signingData;

    @EJB
    TestData common;

    @EJB
    OccupationTestData occupations;

    @Resource
    ManagedExecutorService executor;

    /** A draft of school.kpt with Costa Azul, signed first by partner.es, then by school.kpt. */
    private Agreement kptDraft() throws Exception {
        long costaAzul = data.account("partner.es").getInstitution().getId();
        AgreementDraft draft = new AgreementDraft();
        draft.setTitle(TestData.unique("Placements"));
        draft.setPartyIds(List.of(costaAzul));
        draft.setObjectives("Hospitality placements for learners of Tirana.");
        draft.setStartDate(LocalDate.now(ZoneOffset.UTC).plusMonths(1));
        draft.setEndDate(LocalDate.now(ZoneOffset.UTC).plusYears(2));
        draft.setPlacements(List.of(new AgreementDraft.Placement("5120", "Cooks", 3)));
        draft.setMentors(2);
        draft.setSignerIds(List.of(data.account("partner.es").getId(), data.account("school.kpt").getId()));
        return schoolKpt.call(() -> agreements.create(draft));
    }

    @Test
    void theSignersOfferedAreTheSchoolsAdministratorsAndTheCompanysPartnersOnly() throws Exception {
        long costaAzul = data.account("partner.es").getInstitution().getId();

        List<UserAccount> signers = schoolKpt.call(() -> agreements.signerCandidates(List.of(costaAzul)));

        assertThat(signers).extracting(UserAccount::getUsername).contains("school.kpt", "partner.es")
                .doesNotContain("teacher.kpt", "student.kpt", "partner.al");
        assertThat(signers).allMatch(u -> u.hasRole(Role.SCHOOL_ADMIN) || u.hasRole(Role.PARTNER));
    }

    @Test
    void anAdministratorWhoAlsoTeachesIsOfferedOnce() throws Exception {
        String kpt = data.account("school.kpt").getInstitution().getName();
        UserAccount both = common.newAccount(Role.SCHOOL_ADMIN, kpt);
        data.roles(both.getUsername(), EnumSet.of(Role.SCHOOL_ADMIN, Role.TEACHER));
        try {
            List<UserAccount> signers = schoolKpt.call(() -> agreements.signerCandidates(List.of()));

            assertThat(signers).extracting(UserAccount::getUsername).containsOnlyOnce(both.getUsername())
                    .doesNotHaveDuplicates();
        } finally {
            // Other tests notify the school's administrators and count them.
            common.deactivate(both.getUsername());
        }
    }

    @Test
    void onlyThePartiesTheirMinistriesAndCoordinatorsSeeAnAgreement() throws Exception {
        long id = kptDraft().getId();

        assertThat(partnerEs.call(() -> agreements.get(id).getTitle())).startsWith("Placements");
        assertThat(coordinator.call(() -> agreements.get(id).getStatus())).isEqualTo(AgreementStatus.DRAFT);
        assertThrows(NotFoundException.class, () -> partnerAl.call(() -> agreements.get(id)));
        assertThrows(NotFoundException.class, () -> ministryMe.call(() -> agreements.get(id)));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> agreements.get(id)));

        Map<String, String> filter = Map.of("title", data.agreement(id).getTitle());
        PageRequest request = PageRequest.first(20).withFilters(filter);
        assertThat(partnerEs.call(() -> agreements.page(request).total())).isEqualTo(1);
        assertThat(partnerAl.call(() -> agreements.page(request).total())).isZero();
        assertThat(ministryMe.call(() -> agreements.page(request).total())).isZero();
        assertThat(coordinator.call(() -> agreements.page(request).total())).isEqualTo(1);
    }

    @Test
    void aPartnerOfAnotherCompanyCanNeitherChangeNorSendIt() throws Exception {
        Agreement draft = kptDraft();
        long id = draft.getId();
        AgreementTransition send = new AgreementTransition(AgreementAction.SEND, null, draft.getVersion());
        assertThrows(NotFoundException.class, () -> partnerAl.call(() -> agreements.act(id, send)));
        AgreementDraft changed = AgreementDraft.of(data.agreement(id));
        changed.setTitle("Taken over");
        assertThrows(NotFoundException.class, () -> partnerAl.call(() -> agreements.revise(id, changed)));
        assertThat(data.agreement(id).getStatus()).isEqualTo(AgreementStatus.DRAFT);
    }

    @Test
    void illegalTransitionsAreRefusedWithTheRule() throws Exception {
        Agreement draft = kptDraft();
        long id = draft.getId();
        RejectedException terminate = assertThrows(RejectedException.class, () -> schoolKpt.call(() -> agreements.act(id,
                new AgreementTransition(AgreementAction.TERMINATE, "No reason to go on", draft.getVersion()))));
        assertThat(terminate.getMessageKey()).isEqualTo("agreement.rule.ILLEGAL_TRANSITION");
        RejectedException expire = assertThrows(RejectedException.class, () -> schoolKpt.call(() -> agreements.act(id,
                new AgreementTransition(AgreementAction.EXPIRE, null, draft.getVersion()))));
        assertThat(expire.getMessageKey()).isEqualTo("agreement.rule.ILLEGAL_TRANSITION");

        Agreement sent = schoolKpt.call(() -> agreements.act(id, new AgreementTransition(AgreementAction.SEND, null,
                draft.getVersion())));
        assertThat(sent.getStatus()).isEqualTo(AgreementStatus.SENT_FOR_SIGNATURE);
        AgreementDraft late = AgreementDraft.of(data.agreement(id));
        late.setTitle("Changed after sending");
        RejectedException edit = assertThrows(RejectedException.class, () -> schoolKpt.call(() -> agreements.revise(id, late)));
        assertThat(edit.getMessageKey()).isEqualTo("agreement.rule.NOT_EDITABLE");
        assertThat(schoolKpt.call(() -> agreements.nextSigner(agreements.get(id)).orElseThrow().getUsername()))
                .isEqualTo("partner.es");
        assertThat(data.agreement(id).getCurrent().getSignedDocumentId()).isNotNull();
    }

    @Test
    void twoSendsRacingForTheSameVersionLeaveOneWinner() throws Exception {
        Agreement draft = kptDraft();
        long id = draft.getId();
        AgreementTransition send = new AgreementTransition(AgreementAction.SEND, null, draft.getVersion());
        List<String> outcomes = race(() -> {
            agreements.act(id, send);
            return "sent";
        }, schoolKpt);
        assertThat(outcomes).containsExactlyInAnyOrder("sent", "changed meanwhile");
        Agreement after = data.agreement(id);
        assertThat(after.getEvents()).hasSize(1);
    }

    @Test
    void twoEditsRacingForTheSameVersionLeaveOneWinner() throws Exception {
        Agreement draft = kptDraft();
        long id = draft.getId();
        AgreementDraft byKpt = AgreementDraft.of(data.agreement(id));
        byKpt.setMentors(5);
        List<String> outcomes = race(() -> {
            agreements.revise(id, byKpt);
            return "saved";
        }, schoolKpt);
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "changed meanwhile");
        assertThat(data.agreement(id).getCurrent().getMentors()).isEqualTo(5);
    }

    @Test
    void aPartyIsWarnedOnceBeforeTheEnd() throws Exception {
        calendar.warnEndingSoon(Instant.now());
        assertThat(calendar.warnEndingSoon(Instant.now())).isZero();
        Agreement endingSoon = coordinator.call(() -> agreements.page(PageRequest.first(5)
                .withFilters(Map.of("title", "Summer kitchen placements"))).items().get(0));
        Agreement after = data.agreement(endingSoon.getId());
        assertThat(after.getExpiryWarnedAt()).isNotNull();
        assertThat(data.noticesAbout("partner.es", "/agreements/agreement.xhtml?id=" + after.getId())).hasSize(1);
    }

    /**
     * An agreement of years outlives its signers: the school's director who signed it has left (account deactivated), so
     * the school's other administrators are warned in their place, with the end date in their language; the company,
     * whose signer is still there, hears from its signer only.
     */
    @Test
    void aPartyWhoseSignerLeftIsWarnedThroughItsOtherRepresentatives() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String kpt = data.account("school.kpt").getInstitution().getName();
        UserAccount director = common.newAccount(Role.SCHOOL_ADMIN, kpt);
        long id = data.inForceSignedBy(director.getUsername(), today.minusYears(3), today.plusDays(12));
        common.deactivate(director.getUsername());

        calendar.warnEndingSoon(Instant.now());

        Agreement warned = data.agreement(id);
        assertThat(warned.getExpiryWarnedAt()).isNotNull();
        String link = "/agreements/agreement.xhtml?id=" + id;
        assertThat(data.noticesAbout(director.getUsername(), link)).isEmpty();
        assertThat(data.notificationsAbout("school.kpt", link)).singleElement().satisfies(notice -> {
            assertThat(notice.getTitle()).isEqualTo(Texts.format(ALBANIAN, "notice.agreement.ends_soon.title"));
            assertThat(notice.getText()).contains(Texts.date(ALBANIAN, warned.getEndsOn()))
                    .doesNotContain(warned.getEndsOn().toString());
        });
        assertThat(data.notificationsAbout("partner.es", link)).singleElement()
                .satisfies(notice -> assertThat(notice.getText()).contains(Texts.date(Locale.ENGLISH, warned.getEndsOn())));
        assertThat(data.noticesAbout("partner.al", link)).isEmpty();
        assertThat(calendar.warnEndingSoon(Instant.now())).isZero();
    }

    /**
     * A warning nobody received is not recorded, so that the next hourly run tries again: here both parties have lost
     * everyone who could speak for them; once the school has an administrator again, the next run warns them.
     */
    @Test
    void anAgreementWithNobodyToWarnIsWarnedByTheRunAfterSomebodyComes() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String school = occupations.newSchool("AL").getName();
        String company = data.newCompany("ES").getName();
        UserAccount director = common.newAccount(Role.SCHOOL_ADMIN, school);
        UserAccount partner = common.newAccount(Role.PARTNER, company);
        long id = data.inForceSignedBy(director.getUsername(), partner.getUsername(), today.minusYears(1), today.plusDays(20));
        common.deactivate(director.getUsername());
        common.deactivate(partner.getUsername());

        calendar.warnEndingSoon(Instant.now());

        assertThat(data.agreement(id).getExpiryWarnedAt()).as("nobody was told").isNull();
        UserAccount successor = common.newAccount(Role.SCHOOL_ADMIN, school);

        calendar.warnEndingSoon(Instant.now());

        assertThat(data.agreement(id).getExpiryWarnedAt()).isNotNull();
        String link = "/agreements/agreement.xhtml?id=" + id;
        assertThat(data.noticesAbout(successor.getUsername(), link)).hasSize(1);
        assertThat(data.noticesAbout(director.getUsername(), link)).isEmpty();
    }

    @Test
    void theTimersFindTheVersionInForceWhileAnAmendmentIsWritten() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long endingSoon = data.inForceWithAnAmendment(today.minusMonths(6), today.plusDays(10));
        long ended = data.inForceWithAnAmendment(today.minusYears(1), today.minusDays(1));

        calendar.warnEndingSoon(Instant.now());
        calendar.expireEnded(Instant.now());

        assertThat(data.agreement(endingSoon).getExpiryWarnedAt()).isNotNull();
        assertThat(data.noticesAbout("partner.es", "/agreements/agreement.xhtml?id=" + endingSoon)).hasSize(1);
        assertThat(data.agreement(endingSoon).getStatus()).isEqualTo(AgreementStatus.DRAFT);
        Agreement expired = data.agreement(ended);
        assertThat(expired.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(expired.getEvents()).last().extracting(e -> e.getAction(), e -> e.getVersionNumber(), e -> e.getBefore())
                .containsExactly(AgreementAction.EXPIRE, 1, AgreementStatus.DRAFT);
    }

    @Test
    void anAgreementThatExpiresWhileAnAmendmentIsUnderSignatureWithdrawsItAndTellsItsSigners() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long id = endedYesterdayWithAnAmendmentSent(today);
        long document = data.agreement(id).getCurrent().getSignedDocumentId();

        assertThat(calendar.expireEnded(Instant.now())).isPositive();

        Agreement expired = data.agreement(id);
        assertThat(expired.getStatus()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(expired.getEvents()).last().extracting(e -> e.getAction(), e -> e.getVersionNumber(), e -> e.getBefore())
                .containsExactly(AgreementAction.EXPIRE, 1, AgreementStatus.SENT_FOR_SIGNATURE);
        assertThat(expired.isWithdrawn(expired.getCurrent())).isTrue();
        assertThat(expired.getPrevailing().getNumber()).isEqualTo(1);
        SignedDocument amendment = signingData.document(document);
        assertThat(amendment.getStatus()).isEqualTo(SignedDocumentStatus.SUPERSEDED);
        assertThat(amendment.getEvents()).last().extracting(e -> e.getType(), e -> e.getDetail())
                .containsExactly(SigningEventType.SUPERSEDED, "agreement expired");
        assertThat(amendment.checkIntegrity().intact()).isTrue();
        RejectedException late = assertThrows(RejectedException.class,
                () -> partnerEs.call(() -> agreements.sign(id, amendment.getStateVersion(),
                        SigningTestData.input("Javier Ortega", SigningTestData.DEMO_PASSWORD))));
        assertThat(late.getMessageKey()).isEqualTo("agreement.rule.NOT_AT_SIGNING");
        String link = "/agreements/agreement.xhtml?id=" + id;
        assertThat(data.noticesAbout("partner.es", link)).containsExactly(
                Texts.format(Locale.ENGLISH, "notice.agreement.amendment_withdrawn.title"));
        assertThat(data.noticesAbout("school.kpt", link)).containsExactly(
                Texts.format(ALBANIAN, "notice.agreement.amendment_withdrawn.title"));
        assertThat(subjectsMailedTo("partner.es")).contains(Texts.format(Locale.ENGLISH, "notice.mail.subject",
                Texts.format(Locale.ENGLISH, "notice.agreement.amendment_withdrawn.title")));
    }

    /**
     * A signature takes the amendment's document and then the agreement; the expiry run, started meanwhile, waits for
     * the document before it takes the agreement. Taken the other way round, each would wait for the other until the
     * database gave one of them up.
     */
    @Test
    void anExpiryRunDuringASignatureOfTheAmendmentWaitsForItInsteadOfDeadlocking() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long id = endedYesterdayWithAnAmendmentSent(today);
        long document = data.agreement(id).getCurrent().getSignedDocumentId();

        Future<Integer> run = data.signingWhile(document, id,
                () -> executor.submit(() -> calendar.expireEnded(Instant.now())));

        assertThat(run.get(RUN_WHILE_HELD_SECONDS, TimeUnit.SECONDS)).isPositive();
        assertThat(data.agreement(id).getStatus()).isEqualTo(AgreementStatus.EXPIRED);
        assertThat(signingData.document(document).getStatus()).isEqualTo(SignedDocumentStatus.SUPERSEDED);
    }

    /**
     * The timers go by the agreement's day, the day at the institution that drafted it (here school.kpt, in Tirana), not
     * by the UTC day: at 23:59 in Tirana on its last day the agreement is in force, though in Helsinki the next day has
     * begun; at 00:30 the next day, while the UTC day is still the last, it expires. Its warning likewise comes at 00:30
     * thirty days before the end.
     */
    @Test
    void theTimersGoByTheDayAtTheInstitutionThatDraftedTheAgreementNotTheUtcDay() throws Exception {
        LocalDate ended = LocalDate.now(TIRANA).minusDays(40);
        long id = data.inForceSignedBy("school.kpt", ended.minusYears(1), ended);
        Instant halfPastMidnight = inTirana(ended.plusDays(1), 0, 30);
        assertThat(LocalDate.ofInstant(halfPastMidnight, ZoneOffset.UTC)).isEqualTo(ended);

        calendar.expireEnded(inTirana(ended, 23, 59));
        assertThat(data.agreement(id).getStatus()).isEqualTo(AgreementStatus.ACTIVE);
        calendar.expireEnded(halfPastMidnight);
        assertThat(data.agreement(id).getStatus()).isEqualTo(AgreementStatus.EXPIRED);

        LocalDate ends = LocalDate.now(TIRANA).plusDays(25);
        long endingSoon = data.inForceSignedBy("school.kpt", ends.minusYears(1), ends);
        calendar.warnEndingSoon(inTirana(ends.minusDays(31), 23, 59));
        assertThat(data.agreement(endingSoon).getExpiryWarnedAt()).isNull();
        calendar.warnEndingSoon(inTirana(ends.minusDays(30), 0, 30));
        assertThat(data.agreement(endingSoon).getExpiryWarnedAt()).isNotNull();
    }

    private static Instant inTirana(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(TIRANA).toInstant();
    }

    /** An agreement whose version in force ended yesterday, with an amendment school.kpt has sent for signature. */
    private long endedYesterdayWithAnAmendmentSent(LocalDate today) throws Exception {
        long id = data.inForceWithAnAmendment(today.minusYears(1), today.minusDays(1));
        long seen = data.agreement(id).getVersion();
        schoolKpt.call(() -> agreements.act(id, new AgreementTransition(AgreementAction.SEND, null, seen)));
        return id;
    }

    /** The signers of both versions are told once, of the termination, which ends the amendment too. */
    @Test
    void aTerminationWhileAnAmendmentIsUnderSignatureTellsItsSignersOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long id = data.inForceWithAnAmendment(today.minusMonths(1), today.plusYears(1));
        long seen = data.agreement(id).getVersion();
        schoolKpt.call(() -> agreements.act(id, new AgreementTransition(AgreementAction.SEND, null, seen)));
        long sent = data.agreement(id).getVersion();

        partnerEs.call(() -> agreements.act(id, new AgreementTransition(AgreementAction.TERMINATE, "The hotel is sold.", sent)));

        assertThat(data.agreement(id).getStatus()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(data.noticesAbout("partner.es", "/agreements/agreement.xhtml?id=" + id))
                .containsOnlyOnce(Texts.format(Locale.ENGLISH, "notice.agreement.terminated.title"))
                .doesNotContain(Texts.format(Locale.ENGLISH, "notice.agreement.amendment_withdrawn.title"));
        assertThat(data.noticesAbout("school.kpt", "/agreements/agreement.xhtml?id=" + id))
                .containsOnlyOnce(Texts.format(ALBANIAN, "notice.agreement.terminated.title"))
                .doesNotContain(Texts.format(ALBANIAN, "notice.agreement.amendment_withdrawn.title"));
    }

    @Test
    void anAmendmentAndTheVersionInForceItStartsFromEachKeepTheirSignersAndPlacements() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // The objects the amendment copied were once shared with the version before, and the provider kept them for one
        // version only: now one, now the other lost its rows. Several agreements, so that a loss does not go unseen.
        List<String> stored = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Agreement amended = data.agreement(data.inForceWithAnAmendment(today.minusMonths(6), today.plusYears(1)));
            stored.add(amended.getVersions().stream().map(v -> v.getSigners().stream().map(s -> s.getAccount().getUsername())
                    .toList() + " " + v.getPlacements().size()).toList().toString());
        }
        assertThat(stored).containsOnly("[[partner.es, school.kpt] 1, [partner.es, school.kpt] 1]");
    }

    /** The version of the agreement's document under signature as it stands, which a signature names. */
    private long signingVersion(long agreementId) {
        return signingData.document(data.agreement(agreementId).getCurrent().getSignedDocumentId()).getStateVersion();
    }

    /** A draft of school.kpt with Costa Azul, sent for signature by school.kpt to the signers named, in their order. */
    private long sentTo(String... signers) throws Exception {
        long id = kptDraft().getId();
        AgreementDraft draft = AgreementDraft.of(data.agreement(id));
        List<Long> ids = new java.util.ArrayList<>();
        for (String signer : signers) {
            ids.add(data.account(signer).getId());
        }
        draft.setSignerIds(ids);
        Agreement revised = schoolKpt.call(() -> agreements.revise(id, draft));
        schoolKpt.call(() -> agreements.act(id, new AgreementTransition(AgreementAction.SEND, null, revised.getVersion())));
        return id;
    }

    /**
     * A school administrator moved to teaching after the agreement was sent keeps an active account but no longer
     * speaks for the school: neither a signature nor a decline is taken, and the agreement and its document stay as
     * they were.
     */
    @Test
    void aSignerWhoNoLongerHoldsTheRoleNeitherSignsNorDeclinesAndNothingChanges() throws Exception {
        data.roles("teacher.kpt", Set.of(Role.TEACHER, Role.SCHOOL_ADMIN));
        try {
            long id = sentTo("teacher.kpt", "partner.es");
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            Agreement sent = data.agreement(id);
            long documentId = sent.getCurrent().getSignedDocumentId();
            long documentVersion = signingData.document(documentId).getVersion();

            RejectedException signature = assertThrows(RejectedException.class, () -> teacherKpt.call(() -> agreements.sign(id,
                    signingVersion(id), SigningTestData.input("Teacher of Tirana", SigningTestData.DEMO_PASSWORD))));
            RejectedException decline = assertThrows(RejectedException.class, () -> teacherKpt.call(() -> agreements.act(id,
                    new AgreementTransition(AgreementAction.DECLINE, "Not mine to sign any more", sent.getVersion()))));

            String school = data.account("school.kpt").getInstitution().getName();
            for (RejectedException refused : List.of(signature, decline)) {
                assertThat(refused.getMessageKey()).isEqualTo("signing.signer_not_entitled");
                assertThat(refused.getArguments()).containsExactly(school);
            }
            assertThat(teacherKpt.call(() -> signing.isCallersTurn(signing.get(documentId)))).isFalse();
            assertThat(teacherKpt.call(() -> signing.mayDecline(signing.get(documentId)))).isFalse();
            Agreement after = data.agreement(id);
            assertThat(after.getStatus()).isEqualTo(AgreementStatus.SENT_FOR_SIGNATURE);
            assertThat(after.getVersion()).isEqualTo(sent.getVersion());
            SignedDocument document = signingData.document(documentId);
            assertThat(document.getStatus()).isEqualTo(SignedDocumentStatus.AWAITING_SIGNATURES);
            assertThat(document.getVersion()).isEqualTo(documentVersion);
            assertThat(document.getSigners()).extracting(s -> s.getStatus()).containsOnly(SignerStatus.WAITING);
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
        }
    }

    /**
     * The school administrator moved to teaching no longer finds the document whose turn is theirs in their signing
     * inbox, nor in its count, as it is no longer theirs to sign; the partner, still in their role, keeps theirs.
     */
    @Test
    void aSignerWhoNoLongerHoldsTheRoleNoLongerFindsTheDocumentInTheirInbox() throws Exception {
        try {
            long[] sent = sentWhileTheTeacherIsAnAdministrator();
            long teachersTurn = sent[0];
            long partnersTurn = sent[1];
            assertThat(inboxOf(teacherKpt)).contains(teachersTurn);
            assertThat(inboxOf(partnerEs)).contains(partnersTurn);

            data.roles("teacher.kpt", Set.of(Role.TEACHER));

            assertThat(inboxOf(teacherKpt)).doesNotContain(teachersTurn);
            assertThat(inboxOf(partnerEs)).contains(partnersTurn);
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
        }
    }

    /**
     * A signer who no longer holds the role is not reminded of a signature they cannot give: the sender is told once,
     * when the reminder would have been due, that the document waits in vain; a signer in their role is reminded as ever.
     */
    @Test
    void aSignerWhoNoLongerHoldsTheRoleIsNotRemindedAndTheSenderIsToldOnce() throws Exception {
        try {
            long[] sent = sentWhileTheTeacherIsAnAdministrator();
            long stuck = sent[0];
            long waiting = sent[1];
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            java.time.Instant sentAt = signingData.document(waiting).getSentAt();
            String link = "/signing/sign.xhtml?id=" + stuck;

            for (int day = 3; day <= 9; day += 3) {
                remindDueOnDay(sentAt, day);
            }

            assertThat(remindersOf(stuck)).isZero();
            assertThat(common.notificationsOf("teacher.kpt", link)).extracting(Notification::getKind)
                    .containsExactly(NotificationKind.ACTION_REQUIRED);
            List<Notification> told = common.notificationsOf("school.kpt", link);
            assertThat(told).extracting(Notification::getKind).containsExactly(NotificationKind.ACTION_REQUIRED);
            String title = signingData.document(stuck).getTitle();
            UserAccount sender = data.account("school.kpt");
            assertThat(told.get(0).getText()).isEqualTo(Texts.format(sender.getLanguage().locale(),
                    "notice.signing.signer_cannot_act.text", data.account("teacher.kpt").getFullName(), title,
                    sender.getInstitution().getName()));
            assertThat(signingData.document(stuck).checkIntegrity().intact()).isTrue();
            assertThat(remindersOf(waiting)).isEqualTo(3);
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
        }
    }

    /**
     * A signer reminded as often as reminders go, who loses the role only then, still has the sender told that the
     * document waits in vain, once; the signer's reminders stay the reminders sent.
     */
    @Test
    void aSignerWhoseRemindersWereUsedUpBeforeLosingTheRoleStillHasTheSenderToldOnce() throws Exception {
        try {
            long stuck = sentWhileTheTeacherIsAnAdministrator()[0];
            java.time.Instant sentAt = signingData.document(stuck).getSentAt();
            for (int day = 3; day <= 15; day += 3) {
                remindDueOnDay(sentAt, day);
            }
            assertThat(remindersOf(stuck)).isEqualTo(5);

            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            remindDueOnDay(sentAt, 18);
            remindDueOnDay(sentAt, 21);

            assertThat(cannotActNoticesOf("school.kpt", stuck)).isEqualTo(1);
            assertThat(remindersOf(stuck)).isEqualTo(5);
            assertThat(signingData.document(stuck).getSigners().get(0).getReminders()).isEqualTo(5);
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
        }
    }

    /**
     * A signer who gets the role back is reminded again as before, the reminders already sent counting toward the cap;
     * losing the role once more tells the sender once more.
     */
    @Test
    void aSignerWhoGetsTheRoleBackIsRemindedAgainAndLosingItOnceMoreIsToldOnceMore() throws Exception {
        try {
            long stuck = sentWhileTheTeacherIsAnAdministrator()[0];
            java.time.Instant sentAt = signingData.document(stuck).getSentAt();
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            remindDueOnDay(sentAt, 3);
            assertThat(cannotActNoticesOf("school.kpt", stuck)).isEqualTo(1);
            assertThat(remindersOf(stuck)).isZero();

            data.roles("teacher.kpt", Set.of(Role.TEACHER, Role.SCHOOL_ADMIN));
            remindDueOnDay(sentAt, 4);

            assertThat(remindersOf(stuck)).isEqualTo(1);
            assertThat(common.notificationsOf("teacher.kpt", "/signing/sign.xhtml?id=" + stuck)).extracting(Notification::getKind)
                    .containsExactly(NotificationKind.ACTION_REQUIRED, NotificationKind.REMINDER);

            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            remindDueOnDay(sentAt, 7);
            remindDueOnDay(sentAt, 10);

            assertThat(cannotActNoticesOf("school.kpt", stuck)).isEqualTo(2);
            assertThat(remindersOf(stuck)).isEqualTo(1);
            assertThat(signingData.document(stuck).checkIntegrity().intact()).isTrue();
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
        }
    }

    /**
     * The sender, deactivated too, would hear nothing: whoever may withdraw the version and send it anew in their place,
     * the representatives of the parties (the school's other administrator, the company's partner), are told instead;
     * not the coordinator, as a party has someone to act.
     */
    @Test
    void aSenderNoLongerActiveIsReplacedByThePartiesRepresentativesInTheNotice() throws Exception {
        String kpt = data.account("school.kpt").getInstitution().getName();
        UserAccount colleague = common.newAccount(Role.SCHOOL_ADMIN, kpt);
        try {
            long stuck = sentWhileTheTeacherIsAnAdministrator()[0];
            java.time.Instant sentAt = signingData.document(stuck).getSentAt();
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            common.deactivate("school.kpt");

            remindDueOnDay(sentAt, 3);

            String title = signingData.document(stuck).getTitle();
            String link = "/signing/sign.xhtml?id=" + stuck;
            assertThat(common.notificationsOf(colleague.getUsername(), link)).singleElement().satisfies(notice -> assertThat(
                    notice.getText()).isEqualTo(Texts.format(Locale.ENGLISH, "notice.signing.signer_cannot_act.text",
                            data.account("teacher.kpt").getFullName(), title, kpt)));
            assertThat(cannotActNoticesOf("partner.es", stuck)).isEqualTo(1);
            assertThat(cannotActNoticesOf("partner.al", stuck)).isZero();
            assertThat(common.notificationsOf("coordinator", link)).isEmpty();
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            common.activate("school.kpt");
            common.deactivate(colleague.getUsername());
        }
    }

    /**
     * The sender still has an active account but no longer speaks for the school (moved to teaching): they may no longer
     * withdraw the version and send it anew, so whoever may, the representatives of the parties, are told in their
     * place, as for a sender no longer active; not the sender, nor the coordinator.
     */
    @Test
    void aSenderWhoNoLongerSpeaksForAPartyIsReplacedByThePartiesRepresentativesInTheNotice() throws Exception {
        String kpt = data.account("school.kpt").getInstitution().getName();
        Set<Role> administrator = Set.copyOf(data.account("school.kpt").getRoles());
        UserAccount colleague = common.newAccount(Role.SCHOOL_ADMIN, kpt);
        try {
            long stuck = sentWhileTheTeacherIsAnAdministrator()[0];
            java.time.Instant sentAt = signingData.document(stuck).getSentAt();
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            data.roles("school.kpt", Set.of(Role.TEACHER));

            remindDueOnDay(sentAt, 3);

            assertThat(cannotActNoticesOf(colleague.getUsername(), stuck)).isEqualTo(1);
            assertThat(cannotActNoticesOf("partner.es", stuck)).isEqualTo(1);
            assertThat(cannotActNoticesOf("school.kpt", stuck)).isZero();
            assertThat(common.notificationsOf("coordinator", "/signing/sign.xhtml?id=" + stuck)).isEmpty();
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            data.roles("school.kpt", administrator);
            common.deactivate(colleague.getUsername());
        }
    }

    /**
     * A signer whose reminders are used up and who can still act leaves the run nothing to do: it neither takes their
     * document's row (a run that did would wait for the test, which holds it) nor changes it. Losing the role later is
     * still noticed at the next run, once; after that the document is left alone again.
     */
    @Test
    void theRunLeavesAloneASignerWhoseRemindersAreUsedUpUntilTheyCanNoLongerAct() throws Exception {
        try {
            long stuck = sentWhileTheTeacherIsAnAdministrator()[0];
            java.time.Instant sentAt = signingData.document(stuck).getSentAt();
            for (int day = 3; day <= 15; day += 3) {
                remindDueOnDay(sentAt, day);
            }
            long version = signingData.document(stuck).getVersion();

            remindDueOnDayWhileHeld(stuck, sentAt, 18);

            assertThat(signingData.document(stuck).getVersion()).isEqualTo(version);
            assertThat(remindersOf(stuck)).isEqualTo(5);
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            remindDueOnDay(sentAt, 21);
            assertThat(cannotActNoticesOf("school.kpt", stuck)).isEqualTo(1);
            remindDueOnDayWhileHeld(stuck, sentAt, 24);
            assertThat(cannotActNoticesOf("school.kpt", stuck)).isEqualTo(1);
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
        }
    }

    /**
     * A signer whose reminders are used up, found unable to act, who gets the role back has the mark cleared by the next
     * run though no reminder is left to send, so that losing the role once more tells the sender once more.
     */
    @Test
    void aSignerWhoseRemindersAreUsedUpAndWhoGetsTheRoleBackHasLosingItOnceMoreToldOnceMore() throws Exception {
        try {
            long stuck = sentWhileTheTeacherIsAnAdministrator()[0];
            java.time.Instant sentAt = signingData.document(stuck).getSentAt();
            for (int day = 3; day <= 15; day += 3) {
                remindDueOnDay(sentAt, day);
            }
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            remindDueOnDay(sentAt, 18);
            assertThat(cannotActNoticesOf("school.kpt", stuck)).isEqualTo(1);

            data.roles("teacher.kpt", Set.of(Role.TEACHER, Role.SCHOOL_ADMIN));
            remindDueOnDay(sentAt, 21);
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
            remindDueOnDay(sentAt, 24);

            assertThat(cannotActNoticesOf("school.kpt", stuck)).isEqualTo(2);
            assertThat(remindersOf(stuck)).isEqualTo(5);
        } finally {
            data.roles("teacher.kpt", Set.of(Role.TEACHER));
        }
    }

    /** Runs the reminders a minute after the given day since the sending began. */
    private void remindDueOnDay(java.time.Instant sentAt, int day) {
        reminders.remindDue(sentAt.plus(java.time.Duration.ofDays(day)).plusSeconds(60));
    }

    /**
     * Runs the reminders as {@link #remindDueOnDay} does, in another thread, while this one holds the document's row: a
     * run that takes the row too waits for it, and does not end in time.
     */
    private void remindDueOnDayWhileHeld(long documentId, java.time.Instant sentAt, int day) throws Exception {
        signingData.whileLocked(documentId, () -> executor.submit(() -> remindDueOnDay(sentAt, day))
                .get(RUN_WHILE_HELD_SECONDS, TimeUnit.SECONDS));
    }

    /** How many times the person was told that the current signer of the document can no longer act. */
    private long cannotActNoticesOf(String username, long documentId) {
        String title = Texts.format(data.account(username).getLanguage().locale(), "notice.signing.signer_cannot_act.title",
                signingData.document(documentId).getTitle());
        return common.notificationsOf(username, "/signing/sign.xhtml?id=" + documentId).stream()
                .filter(n -> n.getTitle().equals(title)).count();
    }

    /**
     * The documents of two agreements sent while teacher.kpt is also a school administrator: the first for teacher.kpt
     * to sign first, the second for partner.es to sign first.
     */
    private long[] sentWhileTheTeacherIsAnAdministrator() throws Exception {
        data.roles("teacher.kpt", Set.of(Role.TEACHER, Role.SCHOOL_ADMIN));
        return new long[] {documentOf(sentTo("teacher.kpt", "partner.es")), documentOf(sentTo("partner.es", "teacher.kpt"))};
    }

    private long documentOf(long agreementId) {
        return data.agreement(agreementId).getCurrent().getSignedDocumentId();
    }

    private List<Long> inboxOf(RoleCaller signer) throws Exception {
        List<Long> items = signer.call(() -> signing.inboxItems(PageRequest.first(100))).stream()
                .map(s -> s.getDocument().getId()).toList();
        // The count is of the same slots as the list, so that the inbox pages through what it counts.
        assertThat(signer.call(() -> signing.inboxCount())).isEqualTo(items.size());
        return items;
    }

    private long remindersOf(long documentId) {
        return signingData.document(documentId).getEvents().stream().filter(e -> e.getType() == SigningEventType.REMINDED)
                .count();
    }

    /**
     * A signer deactivated after the agreement was sent would leave it waiting for ever: a party's representative withdraws
     * the version, its document leaves signature, the signers it had reached are told, and a draft of it, whose
     * signers can change, is sent anew.
     */
    @Test
    void aPartyWithdrawsAVersionWaitingForADeactivatedSignerAndSendsItAnewToAnother() throws Exception {
        UserAccount leaving = common.newAccount(Role.PARTNER, data.account("partner.es").getInstitution().getName());
        long id = sentTo("partner.es", leaving.getUsername(), "school.kpt");
        long documentId = data.agreement(id).getCurrent().getSignedDocumentId();
        partnerEs.call(() -> agreements.sign(id, signingVersion(id), SigningTestData.input("Javier Ortega", SigningTestData.DEMO_PASSWORD)));
        common.deactivate(leaving.getUsername());
        Agreement waiting = data.agreement(id);
        assertThat(waiting.getStatus()).isEqualTo(AgreementStatus.PARTIALLY_SIGNED);
        AgreementTransition withdraw = new AgreementTransition(AgreementAction.WITHDRAW, "Our signer left the hotel",
                waiting.getVersion());

        assertThrows(NotFoundException.class, () -> partnerAl.call(() -> agreements.act(id, withdraw)));
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> agreements.act(id, withdraw)));
        assertThrows(ConcurrentChangeException.class, () -> schoolKpt.call(() -> agreements.act(id,
                new AgreementTransition(AgreementAction.WITHDRAW, null, waiting.getVersion() - 1))));
        assertThat(schoolKpt.call(() -> agreements.actionsFor(agreements.get(id)))).contains(AgreementAction.WITHDRAW);
        schoolKpt.call(() -> agreements.act(id, withdraw));

        Agreement withdrawn = data.agreement(id);
        AgreementVersion first = withdrawn.findVersion(1).orElseThrow();
        assertThat(withdrawn.getStatus()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(withdrawn.isWithdrawn(first)).isTrue();
        assertThat(withdrawn.getCurrent().getNumber()).isEqualTo(2);
        assertThat(withdrawn.getCurrent().isFrozen()).isFalse();
        assertThat(withdrawn.getCurrent().getSigners()).extracting(s -> s.getAccount().getUsername())
                .containsExactly("partner.es", leaving.getUsername(), "school.kpt");
        assertThat(withdrawn.getEvents()).last().extracting(e -> e.getAction(), e -> e.getVersionNumber(), e -> e.getComment())
                .containsExactly(AgreementAction.WITHDRAW, 1, "Our signer left the hotel");
        SignedDocument document = signingData.document(documentId);
        assertThat(document.getStatus()).isEqualTo(SignedDocumentStatus.SUPERSEDED);
        assertThat(document.getEvents()).last().extracting(e -> e.getType(), e -> e.getDetail())
                .containsExactly(SigningEventType.SUPERSEDED, "version withdrawn by its sender");
        assertThat(document.checkIntegrity().intact()).isTrue();
        assertThat(common.auditEvents(AuditEventType.DOCUMENT_SUPERSEDED, "signed document " + documentId)).isEqualTo(1);
        assertThat(common.auditEvents(AuditEventType.AGREEMENT_STATUS_CHANGED, "agreement " + id)).isEqualTo(3);
        String link = "/agreements/agreement.xhtml?id=" + id;
        // partner.es signed it and is told, with the comment; the deactivated signer is not; school.kpt withdrew it and
        // was never asked.
        String withdrawnTitle = Texts.format(Locale.ENGLISH, "notice.agreement.withdrawn.title");
        assertThat(data.notificationsAbout("partner.es", link)).filteredOn(n -> n.getTitle().equals(withdrawnTitle))
                .singleElement().extracting(Notification::getText).isEqualTo(Texts.format(Locale.ENGLISH,
                        "notice.agreement.withdrawn.text_comment", withdrawn.getTitle(), "1", "Our signer left the hotel"));
        assertThat(subjectsMailedTo("partner.es")).contains(Texts.format(Locale.ENGLISH, "notice.mail.subject",
                Texts.format(Locale.ENGLISH, "notice.agreement.withdrawn.title")));
        assertThat(data.noticesAbout(leaving.getUsername(), link)).isEmpty();
        assertThat(data.noticesAbout("school.kpt", link)).doesNotContain(Texts.format(ALBANIAN, "notice.agreement.withdrawn.title"));
        RejectedException late = assertThrows(RejectedException.class, () -> partnerEs.call(() -> agreements.sign(id,
                document.getStateVersion(), SigningTestData.input("Javier Ortega", SigningTestData.DEMO_PASSWORD))));
        assertThat(late.getMessageKey()).isEqualTo("agreement.rule.NOT_AT_SIGNING");

        AgreementDraft anew = AgreementDraft.of(withdrawn);
        anew.setSignerIds(List.of(data.account("partner.es").getId(), data.account("school.kpt").getId()));
        Agreement revised = schoolKpt.call(() -> agreements.revise(id, anew));
        Agreement resent = schoolKpt.call(() -> agreements.act(id, new AgreementTransition(AgreementAction.SEND, null,
                revised.getVersion())));
        assertThat(resent.getStatus()).isEqualTo(AgreementStatus.SENT_FOR_SIGNATURE);
        assertThat(schoolKpt.call(() -> agreements.nextSigner(agreements.get(id)).orElseThrow().getUsername()))
                .isEqualTo("partner.es");
        assertThat(data.agreement(id).getCurrent().getSignedDocumentId()).isNotEqualTo(documentId);
    }

    /** The subjects of the e-mails the outbox holds for the person, sent or not. */
    private List<String> subjectsMailedTo(String username) {
        return common.emailsTo(data.account(username).getEmail()).stream()
                .map(email -> common.outboxMessage(email).getSubject()).toList();
    }

    @Test
    void anAcceptedApplicationBecomesAMobilityDraft() throws Exception {
        data.removeApplications("student.kpt");
        Opportunity cooks = data.openPlacement("5120");
        OpportunityApplication applied = studentKpt.call(() -> board.apply(cooks.getId(), new ApplicationDraft("I trained in our school kitchen.")));
        RejectedException twice = assertThrows(RejectedException.class,
                () -> studentKpt.call(() -> board.apply(cooks.getId(), new ApplicationDraft("Again"))));
        assertThat(twice.getMessageKey()).isEqualTo("agreement.rule.ALREADY_APPLIED");
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> board.decide(applied.getId(),
                new ApplicationDecision(true, null, applied.getVersion()))));

        OpportunityApplication accepted = schoolKpt.call(() -> board.decide(applied.getId(),
                new ApplicationDecision(true, null, applied.getVersion())));
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        Mobility mobility = schoolKpt.call(() -> mobilities.get(data.application(applied.getId()).getMobilityId()));
        assertThat(mobility.getStatus()).isEqualTo(MobilityStatus.DRAFT);
        assertThat(mobility.getHost()).isEqualTo(cooks.getHost());
        assertThat(mobility.getStartDate()).isEqualTo(cooks.getStartDate());
        assertThat(mobility.getEndDate()).isEqualTo(cooks.getEndDate());
        assertThat(mobility.getParticipant().getUsername()).isEqualTo("student.kpt");
        assertThat(mobility.getCreatedBy().getUsername()).as("whoever accepted made the draft").isEqualTo("school.kpt");
        assertThat(mobility.getIscoCode()).as("the occupation of the placement").isEqualTo(cooks.getIscoCode());
        assertThrows(RejectedException.class, () -> schoolKpt.call(() -> board.decide(applied.getId(),
                new ApplicationDecision(false, "Changed our mind", data.application(applied.getId()).getVersion()))));
    }

    /** partner.es publishes a cooks' placement in Málaga under the demo hospitality agreement with school.kpt's school. */
    private OpportunityDraft placementStarting(LocalDate start) throws Exception {
        long hospitality = coordinator.call(() -> agreements.page(PageRequest.first(5)
                .withFilters(Map.of("title", "Hospitality placements Tirana–Valencia"))).items().get(0).getId());
        return new OpportunityDraft(hospitality, "5120", "Cooks", "ES", "Málaga", start, start.plusDays(29), 2, "es",
                "Beach hotel kitchen.");
    }

    private Opportunity publishedPlacement() throws Exception {
        OpportunityDraft draft = placementStarting(LocalDate.now(ZoneOffset.UTC).plusDays(40));
        return partnerEs.call(() -> board.publish(draft));
    }

    /**
     * A student applying while the company closes its placement: either the application comes first and is declined
     * with the placement, or the closure comes first and the application is refused. Never one left waiting on a
     * closed placement, for a school that can no longer accept it. Several rounds, as the moment varies.
     */
    @Test
    void anApplicationRacingTheClosureOfItsPlacementIsDeclinedOrRefused() throws Exception {
        for (int round = 0; round < 6; round++) {
            Opportunity placement = publishedPlacement();
            List<String> outcomes = Race.both(() -> {
                try {
                    return studentKpt.call(() -> board.apply(placement.getId(), new ApplicationDraft("Racing the closure."))
                            .getStatus().name());
                } catch (RejectedException | NotFoundException e) {
                    return "refused";
                }
            }, () -> partnerEs.call(() -> board.close(placement.getId(), placement.getVersion())).getStatus().name());

            assertThat(data.opportunity(placement.getId()).getStatus()).as("round %d: %s", round, outcomes)
                    .isEqualTo(OpportunityStatus.CLOSED);
            assertThat(data.applicationsTo(placement.getId())).as("round %d: %s", round, outcomes)
                    .extracting(OpportunityApplication::getStatus).doesNotContain(ApplicationStatus.PENDING);
        }
    }

    @Test
    void aPlacementStartingTodayIsRefused() throws Exception {
        // Today at the company, in Spain: the partner's day, by which its placement begins.
        OpportunityDraft today = placementStarting(LocalDate.now(ZoneId.of("Europe/Madrid")));

        RejectedException refused = assertThrows(RejectedException.class, () -> partnerEs.call(() -> board.publish(today)));

        assertThat(refused.getMessageKey()).isEqualTo("agreement.rule.PLACEMENT_STARTS_TOO_SOON");
    }

    @Test
    void noSchoolAcceptsOnceThePlacementHasBegunAndNothingChanges() throws Exception {
        Opportunity placement = publishedPlacement();
        OpportunityApplication applied = studentKpt.call(() -> board.apply(placement.getId(), new ApplicationDraft("I cook.")));
        long student = data.account("student.kpt").getId();
        long mobilitiesBefore = occupations.mobilitiesOf(student);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        data.placementBegins(placement.getId(), today);

        RejectedException begun = assertThrows(RejectedException.class, () -> schoolKpt.call(() -> board.decide(applied.getId(),
                new ApplicationDecision(true, null, applied.getVersion()))));

        assertThat(begun.getMessageKey()).isEqualTo("agreement.rule.PLACEMENT_BEGUN");
        assertThat(begun.getArguments()).containsExactly(today);
        OpportunityApplication after = data.application(applied.getId());
        assertThat(after.getStatus()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(after.getMobilityId()).isNull();
        assertThat(data.opportunity(placement.getId()).getSeatsTaken()).isZero();
        assertThat(occupations.mobilitiesOf(student)).isEqualTo(mobilitiesBefore);
    }

    @Test
    void theStudentIsToldOfEachDecisionInTheAppAndByEmailWithTheReasonOfADecline() throws Exception {
        Opportunity first = publishedPlacement();
        Opportunity second = publishedPlacement();
        OpportunityApplication accepted = studentKpt.call(() -> board.apply(first.getId(), new ApplicationDraft("Kitchen")));
        OpportunityApplication declined = studentKpt.call(() -> board.apply(second.getId(), new ApplicationDraft("Again")));
        int noticesBefore = data.notificationsAbout("student.kpt", APPLICATIONS).size();
        int mailsBefore = subjectsMailedTo("student.kpt").size();

        schoolKpt.call(() -> board.decide(accepted.getId(), new ApplicationDecision(true, null, accepted.getVersion())));
        schoolKpt.call(() -> board.decide(declined.getId(), new ApplicationDecision(false, "Finish your exams first.",
                declined.getVersion())));

        List<Notification> notices = data.notificationsAbout("student.kpt", APPLICATIONS);
        assertThat(notices.subList(noticesBefore, notices.size())).extracting(Notification::getTitle).containsExactly(
                Texts.format(ALBANIAN, "notice.application.accepted.title"),
                Texts.format(ALBANIAN, "notice.application.declined.title"));
        assertThat(notices.get(notices.size() - 1).getText()).contains("Cooks, Málaga", "Finish your exams first.");
        List<Long> mails = common.emailsTo(data.account("student.kpt").getEmail());
        assertThat(mails.subList(mailsBefore, mails.size())).extracting(id -> common.outboxMessage(id).getSubject())
                .containsExactly(Texts.format(ALBANIAN, "notice.mail.subject", Texts.format(ALBANIAN, "notice.application.accepted.title")),
                        Texts.format(ALBANIAN, "notice.mail.subject", Texts.format(ALBANIAN, "notice.application.declined.title")));
        assertThat(common.outboxMessage(mails.get(mails.size() - 1)).getBody()).contains("Finish your exams first.");
    }

    /**
     * As for requests for an account: each application is shown to the school's administrators in the app, an e-mail
     * goes only when it arrives to find none waiting, and once none waits their notices of applications count as read.
     */
    @Test
    void theSchoolsAdministratorsAreToldOfApplicationsAndMailedWhenNoneWaited() throws Exception {
        data.removeWaitingApplicationsAt("school.kpt");
        Opportunity first = publishedPlacement();
        Opportunity second = publishedPlacement();
        int noticesBefore = data.notificationsAbout("school.kpt", APPLICATIONS).size();
        int mailsBefore = subjectsMailedTo("school.kpt").size();

        OpportunityApplication one = studentKpt.call(() -> board.apply(first.getId(), new ApplicationDraft("Kitchen")));
        OpportunityApplication two = studentKpt.call(() -> board.apply(second.getId(), new ApplicationDraft("Kitchen again")));

        List<Notification> notices = data.notificationsAbout("school.kpt", APPLICATIONS);
        String title = Texts.format(ALBANIAN, "notice.application.to_decide.title");
        assertThat(notices.subList(noticesBefore, notices.size())).extracting(Notification::getTitle)
                .containsExactly(title, title);
        assertThat(notices.get(notices.size() - 1).getText()).contains("Klea Shehu", "Cooks, Málaga");
        assertThat(subjectsMailedTo("school.kpt").subList(mailsBefore, subjectsMailedTo("school.kpt").size()))
                .containsExactly(Texts.format(ALBANIAN, "notice.mail.subject", title));

        schoolKpt.call(() -> board.decide(one.getId(), new ApplicationDecision(false, "Not this year", one.getVersion())));
        assertThat(data.notificationsAbout("school.kpt", APPLICATIONS)).filteredOn(n -> n.getReadAt() == null)
                .as("one application still waits").isNotEmpty();
        schoolKpt.call(() -> board.decide(two.getId(), new ApplicationDecision(false, "Not this year", two.getVersion())));
        assertThat(data.notificationsAbout("school.kpt", APPLICATIONS)).filteredOn(n -> n.getReadAt() == null)
                .as("none waits any more").isEmpty();
    }

    @Test
    void applicationsAreReadAPageAtATimeSortedAndFilteredWithinTheStudentOrTheirSchool() throws Exception {
        data.removeApplications("student.kpt");
        Opportunity cooks = data.openPlacement("5120");
        Opportunity waiters = data.openPlacement("5131");
        OpportunityApplication first = studentKpt.call(() -> board.apply(cooks.getId(), new ApplicationDraft("Kitchen")));
        OpportunityApplication second = studentKpt.call(() -> board.apply(waiters.getId(), new ApplicationDraft("Service")));
        schoolKpt.call(() -> board.decide(second.getId(), new ApplicationDecision(false, "Not this year", second.getVersion())));

        Page<OpportunityApplication> newest = studentKpt.call(() -> board.myApplications(PageRequest.first(1)));
        Page<OpportunityApplication> oldest = studentKpt.call(() -> board.myApplications(new PageRequest(0, 1, "appliedAt", true, Map.of())));
        Map<String, String> kleaWaiting = Map.of("student", "Klea Shehu", "status", "PENDING");

        assertThat(newest.total()).isEqualTo(2);
        assertThat(newest.items()).extracting(OpportunityApplication::getId).containsExactly(second.getId());
        assertThat(oldest.items()).extracting(OpportunityApplication::getId).containsExactly(first.getId());
        assertThat(studentKpt.call(() -> board.myApplicationCount(Map.of("status", "DECLINED")))).isEqualTo(1);
        assertThat(schoolKpt.call(() -> board.schoolApplications(PageRequest.first(50).withFilters(kleaWaiting)).items()))
                .extracting(OpportunityApplication::getId).containsExactly(first.getId());
        assertThat(schoolKpt.call(() -> board.schoolApplicationItems(PageRequest.first(50).withFilters(Map.of("occupation", "Waiters")))))
                .extracting(OpportunityApplication::getId).contains(second.getId()).doesNotContain(first.getId());
        assertThat(schoolKpt.call(() -> board.schoolApplicationCount(Map.of("status", "NO_SUCH_STATUS")))).isZero();
        assertThat(schoolPljevlja.call(() -> board.schoolApplicationCount(Map.of("student", "Klea Shehu")))).isZero();
        assertThrows(EJBAccessException.class, () -> schoolKpt.call(() -> board.myApplicationCount(Map.of())));
        assertThrows(EJBAccessException.class, () -> studentKpt.call(() -> board.schoolApplicationCount(Map.of())));
    }

    @Test
    void onlyAPartnerPublishesAndOnlyAStudentApplies() throws Exception {
        Opportunity cooks = data.openPlacement("5120");
        assertThrows(jakarta.ejb.EJBException.class,
                () -> schoolKpt.call(() -> board.apply(cooks.getId(), new ApplicationDraft("Me too"))));
        assertThat(partnerAl.call(() -> board.agreementsToPublishUnder()))
                .extracting(Agreement::getTitle).contains("Software development placements Pljevlja–Tirana")
                .doesNotContain("Hospitality placements Tirana–Valencia");
        assertThat(studentKpt.call(() -> board.page(PageRequest.first(50).withFilters(Map.of("isco", "5120"))).items()))
                .isNotEmpty().allMatch(o -> o.getIscoCode().equals("5120"));
        assertThat(studentKpt.call(() -> board.count(Map.of("isco", "2512", "country", "ES")))).isZero();
    }

    /** Runs the work twice at once as the caller; one wins, the other finds the version changed. */
    private static List<String> race(Callable<String> work, RoleCaller caller) throws Exception {
        return Race.twice(() -> {
            try {
                return caller.call(work);
            } catch (ConcurrentChangeException e) {
                return "changed meanwhile";
            }
        });
    }

    @Test
    void coordinatorsKeepClauseTemplatesInThreeLanguagesAndTheOthersOnlyReadThem() throws Exception {
        String title = TestData.unique("Confidentiality");
        ClauseTemplate saved = coordinator.call(() -> clauses.save(null, clause(title, null)));
        assertThat(schoolKpt.call(() -> clauses.offeredWith(List.of()))).extracting(ClauseTemplate::getTitleEn).contains(title);
        assertThat(saved.getTitleSq()).isEqualTo(title + " (sq)");
        assertThat(saved.getBodyCnr()).isEqualTo("Strane čuvaju povjerljive podatke.");

        CounsellingIT.assertRefusedByRole(() -> schoolKpt.call(() -> clauses.save(null, clause("Mine", null))));
        CounsellingIT.assertRefusedByRole(() -> partnerEs.call(() -> clauses.save(saved.getId(), clause("Mine", saved.getVersion()))));
        ClauseTemplateDraft script = clause("<script>alert(1)</script>", null);
        assertThrows(InvalidInputException.class, () -> coordinator.call(() -> clauses.save(null, script)));
        assertThrows(ConcurrentChangeException.class,
                () -> coordinator.call(() -> clauses.save(saved.getId(), clause(title, saved.getVersion() - 1))));

        ClauseTemplateDraft retired = clause(title, saved.getVersion());
        retired.setActive(false);
        coordinator.call(() -> clauses.save(saved.getId(), retired));
        assertThat(schoolKpt.call(() -> clauses.offeredWith(List.of()))).extracting(ClauseTemplate::getTitleEn).doesNotContain(title);
    }

    /**
     * A clause is the text the parties read when it was added: saving the draft again, for any other change, neither
     * rewrites it from a template changed since nor drops it because its template was retired. A new draft cannot take
     * the retired template.
     */
    @Test
    void aDraftKeepsItsClausesAsCopiedWhenItsTemplateChangesOrRetires() throws Exception {
        String title = TestData.unique("Insurance");
        ClauseTemplate template = coordinator.call(() -> clauses.save(null, clause(title, null)));
        long id = kptDraft().getId();
        AgreementDraft withClause = AgreementDraft.of(data.agreement(id));
        withClause.setLanguage(Language.EN);
        withClause.setClauseTemplateIds(List.of(template.getId()));
        schoolKpt.call(() -> agreements.revise(id, withClause));

        ClauseTemplateDraft rewritten = clause(title, template.getVersion());
        rewritten.setBodyEn("Rewritten after the clause was added.");
        ClauseTemplate changed = coordinator.call(() -> clauses.save(template.getId(), rewritten));
        AgreementDraft newObjectives = AgreementDraft.of(data.agreement(id));
        newObjectives.setObjectives("Hospitality and kitchen placements.");
        schoolKpt.call(() -> agreements.revise(id, newObjectives));
        assertThat(data.agreement(id).getCurrent().getClauses()).extracting(AgreementClause::getBody)
                .containsExactly("The parties keep confidential data confidential.");

        ClauseTemplateDraft retired = clause(title, changed.getVersion());
        retired.setActive(false);
        coordinator.call(() -> clauses.save(template.getId(), retired));
        assertThat(schoolKpt.call(() -> clauses.offeredWith(List.of(template.getId())))).extracting(ClauseTemplate::getId)
                .contains(template.getId());
        AgreementDraft longer = AgreementDraft.of(data.agreement(id));
        longer.setEndDate(longer.getEndDate().plusYears(1));
        schoolKpt.call(() -> agreements.revise(id, longer));
        assertThat(data.agreement(id).getCurrent().getClauses()).extracting(AgreementClause::getTemplateId, AgreementClause::getBody)
                .containsExactly(tuple(template.getId(), "The parties keep confidential data confidential."));

        AgreementDraft another = AgreementDraft.of(data.agreement(kptDraft().getId()));
        another.setClauseTemplateIds(List.of(template.getId()));
        assertThrows(InvalidInputException.class, () -> schoolKpt.call(() -> agreements.create(another)));
    }

    private static ClauseTemplateDraft clause(String title, Long version) {
        ClauseTemplateDraft draft = new ClauseTemplateDraft();
        draft.setTitleEn(title);
        draft.setBodyEn("The parties keep confidential data confidential.");
        draft.setTitleSq(title + " (sq)");
        draft.setBodySq("Palët ruajnë konfidencialitetin e të dhënave.");
        draft.setTitleCnr(title + " (cnr)");
        draft.setBodyCnr("Strane čuvaju povjerljive podatke.");
        draft.setVersion(version);
        return draft;
    }
}
