package eu.cginternational.domain.learning;

import static eu.cginternational.domain.PersistedAs.withId;
import static eu.cginternational.domain.mobility.MobilityAction.APPROVE;
import static eu.cginternational.domain.mobility.MobilityAction.CANCEL;
import static eu.cginternational.domain.mobility.MobilityAction.COMPLETE;
import static eu.cginternational.domain.mobility.MobilityAction.REJECT;
import static eu.cginternational.domain.mobility.MobilityAction.RETURN;
import static eu.cginternational.domain.mobility.MobilityAction.START;
import static eu.cginternational.domain.mobility.MobilityAction.SUBMIT;
import static eu.cginternational.domain.mobility.MobilityAction.WITHDRAW;
import static eu.cginternational.domain.mobility.MobilitySteps.ENDED;
import static eu.cginternational.domain.mobility.MobilitySteps.T0;
import static eu.cginternational.domain.mobility.MobilitySteps.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.learning.LearningAgreement.Phase;
import eu.cginternational.domain.learning.LearningAgreementContent.Mentor;
import eu.cginternational.domain.learning.LearningAgreementRuleException.Rule;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.domain.signing.SignedDocumentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class LearningAgreementTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true);
    private static final Country ITALY = new Country("IT", CountryGroup.GROUP_2, true, false);

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tiranë", new GeoPoint(41.33, 19.82)), 10L);
    private final Institution ministry = withId(new Institution("Ministria e Arsimit", InstitutionType.MINISTRY,
            ALBANIA, "Tiranë", new GeoPoint(41.33, 19.82)), 11L);
    private final Institution host = withId(new Institution("Officina Meccanica", InstitutionType.COMPANY, ITALY,
            "Forlì", new GeoPoint(44.22, 12.04)), 12L);

    private final UserAccount student = account(1L, "klea.shehu", school, Role.STUDENT);
    private final UserAccount teacher = account(2L, "elira.dervishi", school, Role.TEACHER);
    private final UserAccount schoolAdmin = account(3L, "besnik.leka", school, Role.SCHOOL_ADMIN);
    private final UserAccount ministryAdmin = account(4L, "arben.hoxha", ministry, Role.MINISTRY_ADMIN);

    private static UserAccount account(long id, String username, Institution institution, Role role) {
        return withId(new UserAccount(username, username + "@example.org", "Name of " + username, institution,
                EnumSet.of(role), Language.SQ, "hash-" + id), id);
    }

    private static LearningAgreementContent content(String outcomes) {
        return new LearningAgreementContent(outcomes, "Assists in the workshop; maintains CNC machines.", 35,
                new Mentor("Giulia Bianchi", "Head of workshop", "giulia.bianchi@example.it"),
                "A weekly talk with the mentor and a logbook.", "The mentor assesses the tasks with the school's grid.",
                Recognition.ECVET, "Unit 3 of the mechatronics qualification, 10 ECVET points.", "it", CefrLevel.A2);
    }

    private static final LearningAgreementContent FIRST = content("Sets up and runs a CNC lathe safely.");
    private static final LearningAgreementContent SECOND = content("Sets up, runs and maintains a CNC lathe.");
    private static final LearningAgreementContent THIRD = content("Programs, runs and maintains a CNC lathe.");

    /** A mobility of the student brought to the status along the usual path, one hour per step. */
    private Mobility mobilityIn(MobilityStatus status) {
        Mobility mobility = new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, host,
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 27), teacher);
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> step(mobility, SUBMIT, teacher, null);
            case SCHOOL_APPROVED -> steps(mobility, SUBMIT, APPROVE);
            case MINISTRY_APPROVED -> steps(mobility, SUBMIT, APPROVE, APPROVE);
            case IN_PROGRESS -> steps(mobility, SUBMIT, APPROVE, APPROVE, START);
            case COMPLETED -> {
                steps(mobility, SUBMIT, APPROVE, APPROVE, START);
                mobility.report("Three weeks in the workshop.", ENDED);
                step(mobility, COMPLETE, schoolAdmin, null);
            }
            case RETURNED -> {
                step(mobility, SUBMIT, teacher, null);
                step(mobility, RETURN, schoolAdmin, "Add the mentor");
            }
            case REJECTED -> {
                step(mobility, SUBMIT, teacher, null);
                step(mobility, REJECT, schoolAdmin, "Not eligible");
            }
            case WITHDRAWN -> step(mobility, WITHDRAW, student, null);
            case CANCELLED -> {
                steps(mobility, SUBMIT, APPROVE, APPROVE);
                step(mobility, CANCEL, ministryAdmin, "The host closed");
            }
        }
        assertThat(mobility.getStatus()).isEqualTo(status);
        return mobility;
    }

    /** The usual path: the teacher submits, the school approves, then the ministry, then the mobility starts. */
    private void steps(Mobility mobility, MobilityAction... actions) {
        int approvals = 0;
        for (MobilityAction action : actions) {
            UserAccount actor = switch (action) {
                case SUBMIT -> teacher;
                case APPROVE -> approvals++ == 0 ? schoolAdmin : ministryAdmin;
                default -> schoolAdmin;
            };
            step(mobility, action, actor, null);
        }
    }

    private static LearningAgreementRuleException refused(Rule rule, Executable change) {
        LearningAgreementRuleException e = assertThrows(LearningAgreementRuleException.class, change);
        assertThat(e.getRule()).isEqualTo(rule);
        return e;
    }

    @Nested
    class Phases {

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"DRAFT", "RETURNED", "SUBMITTED", "SCHOOL_APPROVED"})
        void beforeTheMinistrysApprovalTheAgreementIsPrepared(MobilityStatus status) {
            assertThat(Phase.of(status)).isEqualTo(Phase.PREPARATION);
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"MINISTRY_APPROVED", "IN_PROGRESS"})
        void onceApprovedItIsAmended(MobilityStatus status) {
            assertThat(Phase.of(status)).isEqualTo(Phase.AMENDMENT);
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED"})
        void afterTheEndOrAStopItIsClosed(MobilityStatus status) {
            assertThat(Phase.of(status)).isEqualTo(Phase.CLOSED);
        }
    }

    @Nested
    class FirstVersion {

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"DRAFT", "SUBMITTED", "SCHOOL_APPROVED", "RETURNED",
                "MINISTRY_APPROVED", "IN_PROGRESS"})
        void isMadeAsLongAsTheMobilityIsOpenWithoutAReason(MobilityStatus status) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(status), FIRST, teacher, T0);

            assertThat(agreement.getVersions()).singleElement().satisfies(version -> {
                assertThat(version.getNumber()).isEqualTo(1);
                assertThat(version.isFirst()).isTrue();
                assertThat(version.getContent()).isEqualTo(FIRST);
                assertThat(version.getMadeBy()).isEqualTo(teacher);
                assertThat(version.getMadeAt()).isEqualTo(T0);
                assertThat(version.getReason()).isNull();
                assertThat(version.isSuperseded()).isFalse();
            });
            assertThat(agreement.getCurrent().getNumber()).isEqualTo(1);
            assertThat(agreement.getChangedAt()).isEqualTo(T0);
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED"})
        void isRefusedOnceTheMobilityIsClosed(MobilityStatus status) {
            Mobility closed = mobilityIn(status);

            LearningAgreementRuleException e = refused(Rule.CLOSED, () -> new LearningAgreement(closed, FIRST, teacher, T0));
            assertThat(e.getArguments()).containsExactly(status);
        }
    }

    @Nested
    class BeforeTheMinistrysApproval {

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"DRAFT", "SUBMITTED", "SCHOOL_APPROVED", "RETURNED"})
        void theCurrentVersionIsEditedInPlaceWithoutAReason(MobilityStatus status) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(status), FIRST, teacher, T0);

            LearningAgreementVersion changed = agreement.change(SECOND, schoolAdmin, null, T0.plusSeconds(60));

            assertThat(agreement.getVersions()).containsExactly(changed);
            assertThat(changed.getNumber()).isEqualTo(1);
            assertThat(changed.getContent()).isEqualTo(SECOND);
            assertThat(changed.getMadeBy()).isEqualTo(schoolAdmin);
            assertThat(changed.getMadeAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(changed.getReason()).isNull();
            assertThat(agreement.getChangedAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(agreement.isAmendedWithReason()).isFalse();
        }

        @Test
        void aReasonGivenAnywayIsNotKeptBecauseNoVersionIsReplaced() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);

            agreement.change(SECOND, teacher, "Typo", T0.plusSeconds(60));

            assertThat(agreement.getCurrent().getReason()).isNull();
        }
    }

    @Nested
    class AfterTheMinistrysApproval {

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"MINISTRY_APPROVED", "IN_PROGRESS"})
        void aChangeIsANewVersionWithItsReasonAndTheOldOneStaysAsItWas(MobilityStatus status) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(status), FIRST, teacher, T0);
            LearningAgreementVersion first = agreement.getCurrent();

            LearningAgreementVersion second = agreement.change(SECOND, schoolAdmin, "  The host added maintenance.  ",
                    T0.plusSeconds(3600));

            assertThat(agreement.getVersions()).extracting(LearningAgreementVersion::getNumber,
                            v -> v.getContent().getLearningOutcomes(), LearningAgreementVersion::getMadeBy,
                            LearningAgreementVersion::getReason)
                    .containsExactly(tuple(1, FIRST.getLearningOutcomes(), teacher, null),
                            tuple(2, SECOND.getLearningOutcomes(), schoolAdmin, "The host added maintenance."));
            assertThat(agreement.getCurrent()).isSameAs(second);
            assertThat(first.isSuperseded()).isTrue();
            assertThat(first.getMadeAt()).isEqualTo(T0);
            assertThat(second.getMadeAt()).isEqualTo(T0.plusSeconds(3600));
            assertThat(agreement.isAmendedWithReason()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void aChangeWithoutAReasonIsRefused(String reason) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.IN_PROGRESS), FIRST, teacher, T0);

            refused(Rule.REASON_REQUIRED, () -> agreement.change(SECOND, teacher, reason, T0.plusSeconds(60)));
            refused(Rule.REASON_REQUIRED, () -> agreement.change(SECOND, teacher, null, T0.plusSeconds(60)));

            assertThat(agreement.getVersions()).singleElement()
                    .satisfies(v -> assertThat(v.getContent()).isEqualTo(FIRST));
            assertThat(agreement.getChangedAt()).isEqualTo(T0);
        }

        @Test
        void versionsMadeWhilePreparingStayAndTheApprovalStartsAmending() {
            Mobility mobility = mobilityIn(MobilityStatus.SCHOOL_APPROVED);
            LearningAgreement agreement = new LearningAgreement(mobility, FIRST, teacher, T0);
            agreement.change(SECOND, teacher, null, T0.plusSeconds(60));

            step(mobility, APPROVE, ministryAdmin, null);
            agreement.change(THIRD, teacher, "The host bought a new lathe.", T0.plusSeconds(120));
            step(mobility, START, schoolAdmin, null);
            agreement.change(FIRST, teacher, "Back to the first plan: the lathe was not delivered.", T0.plusSeconds(180));

            assertThat(agreement.getVersions()).extracting(LearningAgreementVersion::getNumber, LearningAgreementVersion::getContent)
                    .containsExactly(tuple(1, SECOND), tuple(2, THIRD), tuple(3, FIRST));
            assertThat(agreement.getVersions()).filteredOn(LearningAgreementVersion::isSuperseded).hasSize(2);
        }

        @Test
        void aSupersededVersionIsFoundByItsNumber() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.IN_PROGRESS), FIRST, teacher, T0);
            agreement.change(SECOND, teacher, "More tasks", T0.plusSeconds(60));

            assertThat(agreement.findVersion(1)).hasValueSatisfying(v -> assertThat(v.getContent()).isEqualTo(FIRST));
            assertThat(agreement.findVersion(2)).hasValueSatisfying(v -> assertThat(v.getContent()).isEqualTo(SECOND));
            assertThat(agreement.findVersion(0)).isEmpty();
            assertThat(agreement.findVersion(3)).isEmpty();
        }
    }

    @Nested
    class NothingChanges {

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"SUBMITTED", "MINISTRY_APPROVED"})
        void whenTheContentIsTheSameAsTheCurrentOne(MobilityStatus status) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(status), FIRST, teacher, T0);

            refused(Rule.NO_CHANGE, () -> agreement.change(content(FIRST.getLearningOutcomes() + "  "), schoolAdmin,
                    "Same again", T0.plusSeconds(60)));

            assertThat(agreement.getVersions()).hasSize(1);
            assertThat(agreement.getCurrent().getMadeBy()).isEqualTo(teacher);
        }

        @Test
        void afterTheMobilityIsCompleted() {
            Mobility mobility = mobilityIn(MobilityStatus.IN_PROGRESS);
            LearningAgreement agreement = new LearningAgreement(mobility, FIRST, teacher, T0);
            mobility.report("Three weeks in the workshop.", ENDED);
            step(mobility, COMPLETE, schoolAdmin, null);

            LearningAgreementRuleException e = refused(Rule.CLOSED,
                    () -> agreement.change(SECOND, schoolAdmin, "Too late", ENDED.plus(Duration.ofDays(1))));

            assertThat(e.getArguments()).containsExactly(MobilityStatus.COMPLETED);
            assertThat(agreement.getPhase()).isEqualTo(Phase.CLOSED);
            assertThat(agreement.getVersions()).singleElement()
                    .satisfies(v -> assertThat(v.getContent()).isEqualTo(FIRST));
        }

        @Test
        void afterTheMobilityIsCancelled() {
            Mobility mobility = mobilityIn(MobilityStatus.MINISTRY_APPROVED);
            LearningAgreement agreement = new LearningAgreement(mobility, FIRST, teacher, T0);
            step(mobility, CANCEL, schoolAdmin, "The host closed.");

            refused(Rule.CLOSED, () -> agreement.change(SECOND, schoolAdmin, "Another host", T0.plusSeconds(60)));
        }
    }

    /**
     * The sending school takes the current version back from signature (a signer who can no longer sign, say): it
     * stays as it was sent, and a change makes the version sent anew.
     */
    @Nested
    class WithdrawalFromSignature {

        @ParameterizedTest
        @EnumSource(value = SignedDocumentStatus.class, names = {"AWAITING_SIGNATURES", "PARTIALLY_SIGNED"})
        void aVersionUnderSignatureIsWithdrawnAndStaysAsItWasSent(SignedDocumentStatus status) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);

            LearningAgreementVersion withdrawn = agreement.withdraw(status, null, T0.plusSeconds(60));

            assertThat(withdrawn).isSameAs(agreement.getCurrent());
            assertThat(withdrawn.isWithdrawn()).isTrue();
            assertThat(withdrawn.getWithdrawnAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(withdrawn.getContent()).isEqualTo(FIRST);
            assertThat(withdrawn.getWithdrawalComment()).isNull();
            assertThat(agreement.getChangedAt()).isEqualTo(T0.plusSeconds(60));
            refused(Rule.WITHDRAWN, () -> agreement.refusalToSendCurrent(SignedDocumentStatus.SUPERSEDED, T0.plusSeconds(60))
                    .ifPresent(refusal -> {
                        throw refusal;
                    }));
        }

        @Test
        void theWithdrawalKeepsTheCommentGivenWithTheVersionAndABlankOneIsNone() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);

            LearningAgreementVersion withdrawn = agreement.withdraw(SignedDocumentStatus.PARTIALLY_SIGNED,
                    "  The host's mentor left.\n", T0.plusSeconds(60));

            assertThat(withdrawn.getWithdrawalComment()).isEqualTo("The host's mentor left.");
            LearningAgreement other = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);
            assertThat(other.withdraw(SignedDocumentStatus.AWAITING_SIGNATURES, " \n ", T0).getWithdrawalComment()).isNull();
        }

        @ParameterizedTest
        @EnumSource(value = SignedDocumentStatus.class, names = {"SIGNED", "DECLINED", "SUPERSEDED"})
        void aVersionSignedByAllDeclinedOrSupersededIsNotWithdrawn(SignedDocumentStatus status) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.MINISTRY_APPROVED), FIRST, teacher, T0);

            refused(Rule.NOT_UNDER_SIGNATURE, () -> agreement.withdraw(status, null, T0.plusSeconds(60)));

            assertThat(agreement.getCurrent().isWithdrawn()).isFalse();
            assertThat(agreement.getChangedAt()).isEqualTo(T0);
            assertThat(agreement.refusalToSendCurrent(null, null)).isEmpty();
        }

        @Test
        void aVersionNeverSentIsNotWithdrawn() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);

            refused(Rule.NOT_UNDER_SIGNATURE, () -> agreement.withdraw(null, null, T0.plusSeconds(60)));
        }

        @Test
        void nothingIsWithdrawnOnceTheMobilityIsClosed() {
            Mobility mobility = mobilityIn(MobilityStatus.MINISTRY_APPROVED);
            LearningAgreement agreement = new LearningAgreement(mobility, FIRST, teacher, T0);
            step(mobility, CANCEL, schoolAdmin, "The host closed.");

            refused(Rule.CLOSED, () -> agreement.withdraw(SignedDocumentStatus.PARTIALLY_SIGNED, null, T0.plusSeconds(60)));
        }

        @Test
        void whilePreparingTheChangeOfAWithdrawnVersionIsTheNextVersionToSendAnew() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);
            LearningAgreementVersion first = agreement.withdraw(SignedDocumentStatus.AWAITING_SIGNATURES, null, T0.plusSeconds(60));

            LearningAgreementVersion second = agreement.change(SECOND, teacher, null, T0.plusSeconds(120));

            assertThat(agreement.getVersions()).containsExactly(first, second);
            assertThat(first.getContent()).isEqualTo(FIRST);
            assertThat(first.isSuperseded()).isTrue();
            assertThat(second.getNumber()).isEqualTo(2);
            assertThat(second.getReason()).isNull();
            assertThat(second.isWithdrawn()).isFalse();
            assertThat(agreement.refusalToSendCurrent(null, null)).isEmpty();
            // Back to editing in place, as the new version was never sent.
            assertThat(agreement.change(THIRD, teacher, null, T0.plusSeconds(180))).isSameAs(second);
        }

        @Test
        void onceApprovedTheChangeOfAWithdrawnVersionStillNeedsItsReason() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.IN_PROGRESS), FIRST, teacher, T0);
            agreement.withdraw(SignedDocumentStatus.PARTIALLY_SIGNED, null, T0.plusSeconds(60));

            refused(Rule.REASON_REQUIRED, () -> agreement.change(SECOND, schoolAdmin, " ", T0.plusSeconds(120)));

            assertThat(agreement.change(SECOND, schoolAdmin, "The mentor changed.", T0.plusSeconds(120)).getReason())
                    .isEqualTo("The mentor changed.");
        }
    }

    /**
     * A signer declined the document of the current version: made again unchanged, its PDF would be the one declined,
     * byte for byte, which the signing engine registers once. An edit of the version or a change of the mobility's
     * terms since makes another PDF, which is sent.
     */
    @Nested
    class SendingAgainAfterADecline {

        private static final Instant SENT = T0.plusSeconds(60);

        @Test
        void theVersionDeclinedAndUnchangedSinceIsNotSentAgain() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);

            LearningAgreementRuleException refusal = agreement.refusalToSendCurrent(SignedDocumentStatus.DECLINED, SENT)
                    .orElseThrow();

            assertThat(refusal.getRule()).isEqualTo(Rule.DECLINED);
            assertThat(refusal.getArguments()).containsExactly(1);
        }

        @Test
        void theVersionEditedInPlaceAfterItsSendingIsSentAgain() {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);

            agreement.change(SECOND, teacher, null, SENT.plusSeconds(60));

            assertThat(agreement.getCurrent().getNumber()).isEqualTo(1);
            assertThat(agreement.refusalToSendCurrent(SignedDocumentStatus.DECLINED, SENT)).isEmpty();
        }

        @Test
        void theVersionOfAMobilityWhoseTermsChangedAfterItsSendingIsSentAgain() {
            Mobility mobility = mobilityIn(MobilityStatus.RETURNED);
            LearningAgreement agreement = new LearningAgreement(mobility, FIRST, teacher, T0);

            mobility.revise(mobility.getType(), host, mobility.getStartDate(), mobility.getEndDate().minusDays(1), false,
                    false, null, SENT.plusSeconds(60));

            assertThat(agreement.refusalToSendCurrent(SignedDocumentStatus.DECLINED, SENT)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = SignedDocumentStatus.class, names = "DECLINED", mode = EnumSource.Mode.EXCLUDE)
        void aDocumentNotDeclinedIsNoReasonOfItsOwn(SignedDocumentStatus status) {
            LearningAgreement agreement = new LearningAgreement(mobilityIn(MobilityStatus.SUBMITTED), FIRST, teacher, T0);

            assertThat(agreement.refusalToSendCurrent(status, SENT)).isEmpty();
        }
    }

    @Nested
    class SendingForSignature {

        private Rule refusalToSend(Mobility mobility) {
            return LearningAgreement.refusalToSend(mobility).map(LearningAgreementRuleException::getRule).orElse(null);
        }

        /** The host as a coordinator describes it today: a company then, a national agency now. */
        private void hostBecomesAnAgency() {
            host.describe(host.getName(), InstitutionType.NATIONAL_AGENCY, ITALY, host.getCity(), host.getLocation());
        }

        @Test
        void aDraftsAgreementIsNotSentAsTheHostWouldReadAnApplicationNobodySubmitted() {
            assertThat(refusalToSend(mobilityIn(MobilityStatus.DRAFT))).isEqualTo(Rule.NOT_SUBMITTED);
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"SUBMITTED", "RETURNED", "SCHOOL_APPROVED", "MINISTRY_APPROVED",
                "IN_PROGRESS"})
        void fromTheSubmittedApplicationOnItIsSent(MobilityStatus status) {
            assertThat(LearningAgreement.refusalToSend(mobilityIn(status))).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED"})
        void onceTheMobilityIsClosedNothingIsSent(MobilityStatus status) {
            LearningAgreementRuleException refusal = LearningAgreement.refusalToSend(mobilityIn(status)).orElseThrow();

            assertThat(refusal.getRule()).isEqualTo(Rule.CLOSED);
            assertThat(refusal.getArguments()).containsExactly(status);
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"DRAFT", "RETURNED"})
        void aHostThatCannotHostIsToBeChangedByEditingTheApplicationWhileItCanBe(MobilityStatus status) {
            Mobility mobility = mobilityIn(status);
            hostBecomesAnAgency();

            LearningAgreementRuleException refusal = LearningAgreement.refusalToSend(mobility).orElseThrow();

            assertThat(refusal.getRule()).isEqualTo(Rule.HOST_TO_CHANGE);
            assertThat(refusal.getArguments()).containsExactly("Officina Meccanica");
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"SUBMITTED", "SCHOOL_APPROVED", "MINISTRY_APPROVED",
                "IN_PROGRESS"})
        void aHostThatCannotHostCannotSignOnceTheApplicationCanNoLongerBeEdited(MobilityStatus status) {
            Mobility mobility = mobilityIn(status);
            hostBecomesAnAgency();

            assertThat(refusalToSend(mobility)).isEqualTo(Rule.HOST_CANNOT_SIGN);
        }

        @Test
        void aClosedMobilityIsClosedWhateverItsHost() {
            Mobility mobility = mobilityIn(MobilityStatus.WITHDRAWN);
            hostBecomesAnAgency();

            assertThat(refusalToSend(mobility)).isEqualTo(Rule.CLOSED);
        }
    }
}
