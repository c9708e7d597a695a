package eu.cginternational.domain.agreement;

import static eu.cginternational.domain.PersistedAs.withId;
import static eu.cginternational.domain.agreement.AgreementStatus.ACTIVE;
import static eu.cginternational.domain.agreement.AgreementStatus.DECLINED;
import static eu.cginternational.domain.agreement.AgreementStatus.DRAFT;
import static eu.cginternational.domain.agreement.AgreementStatus.EXPIRED;
import static eu.cginternational.domain.agreement.AgreementStatus.PARTIALLY_SIGNED;
import static eu.cginternational.domain.agreement.AgreementStatus.SENT_FOR_SIGNATURE;
import static eu.cginternational.domain.agreement.AgreementStatus.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.AgreementRuleException.Rule;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgreementTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true);
    private static final Country SPAIN = new Country("ES", CountryGroup.GROUP_2, true, false);
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate END = LocalDate.of(2028, 3, 31);

    private final Institution school = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
            ALBANIA, "Tirana", new GeoPoint(41.33, 19.82)), 1L);
    private final Institution company = withId(new Institution("Costa Azul Hoteles", InstitutionType.COMPANY, SPAIN,
            "Málaga", new GeoPoint(36.72, -4.42)), 2L);
    private final Institution otherCompany = withId(new Institution("Tirana Digital", InstitutionType.COMPANY, ALBANIA,
            "Tirana", new GeoPoint(41.33, 19.82)), 3L);
    private final Institution ministry = withId(new Institution("Ministry", InstitutionType.MINISTRY, ALBANIA,
            "Tirana", new GeoPoint(41.33, 19.82)), 4L);
    private final UserAccount director = person(10L, "school.kpt", school, Role.SCHOOL_ADMIN);
    private final UserAccount partner = person(11L, "partner.es", company, Role.PARTNER);
    private final UserAccount stranger = person(12L, "partner.al", otherCompany, Role.PARTNER);
    private final UserAccount student = person(13L, "student.kpt", school, Role.STUDENT);

    private static UserAccount person(long id, String username, Institution institution, Role role) {
        return withId(new UserAccount(username, username + "@example.org", username, institution, Set.of(role), Language.EN,
                "hash"), id);
    }

    private static AgreementTerms terms(LocalDate start, LocalDate end) {
        return new AgreementTerms(Language.EN, "Work-based learning in hospitality", start, end,
                List.of(new PlacementCommitment("5120", "Cooks", 4)), 2, "Kitchen uniforms", null, "Menu planning", null,
                List.of(new AgreementClause(7L, "Data protection", "The parties apply the GDPR.")));
    }

    private Agreement draft() {
        return new Agreement("Hospitality placements", director, List.of(company), terms(START, END),
                List.of(new NamedSigner(partner), new NamedSigner(director)), T0);
    }

    private Agreement active() {
        Agreement agreement = draft();
        agreement.send(director, T0);
        agreement.signed(partner, false, T0);
        agreement.signed(director, true, T0);
        return agreement;
    }

    @Nested
    class Drafting {

        @Test
        void theAuthorsInstitutionIsAlwaysAParty() {
            Agreement agreement = draft();
            assertThat(agreement.getParties()).containsExactlyInAnyOrder(school, company);
            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
            assertThat(agreement.getCurrent().getNumber()).isEqualTo(1);
            assertThat(agreement.getCurrent().getTerms()).isEqualTo(terms(START, END));
        }

        @Test
        void needsASchoolAndACompany() {
            UserAccount otherPartner = person(20L, "p2", otherCompany, Role.PARTNER);
            AgreementRuleException noSchool = assertThrows(AgreementRuleException.class, () -> new Agreement("t",
                    partner, List.of(otherCompany), terms(START, END), List.of(new NamedSigner(otherPartner)), T0));
            assertThat(noSchool.getRule()).isEqualTo(Rule.SCHOOL_REQUIRED);
            AgreementRuleException noCompany = assertThrows(AgreementRuleException.class,
                    () -> new Agreement("t", director, List.of(), terms(START, END), List.of(), T0));
            assertThat(noCompany.getRule()).isEqualTo(Rule.COMPANY_REQUIRED);
        }

        @Test
        void onlySchoolsAndCompaniesAreParties() {
            AgreementRuleException refused = assertThrows(AgreementRuleException.class, () -> new Agreement("t",
                    director, List.of(company, ministry), terms(START, END), List.of(), T0));
            assertThat(refused.getRule()).isEqualTo(Rule.PARTY_TYPE);
        }

        @Test
        void signersBelongToPartiesAndSignOnce() {
            AgreementRuleException outsider = assertThrows(AgreementRuleException.class, () -> new Agreement("t",
                    director, List.of(company), terms(START, END), List.of(new NamedSigner(stranger)), T0));
            assertThat(outsider.getRule()).isEqualTo(Rule.SIGNER_NOT_OF_PARTY);
            AgreementRuleException twice = assertThrows(AgreementRuleException.class, () -> new Agreement("t",
                    director, List.of(company), terms(START, END),
                    List.of(new NamedSigner(director), new NamedSigner(director)), T0));
            assertThat(twice.getRule()).isEqualTo(Rule.SIGNER_TWICE);
        }

        @Test
        void aPartyThatDidNotDraftCannotTakeItselfOut() {
            UserAccount otherPartner = person(14L, "partner.al2", otherCompany, Role.PARTNER);
            Agreement agreement = new Agreement("Hospitality placements", director, List.of(company, otherCompany),
                    terms(START, END), List.of(new NamedSigner(partner), new NamedSigner(director),
                            new NamedSigner(otherPartner)), T0);
            AgreementRuleException refused = assertThrows(AgreementRuleException.class, () -> agreement.revise("Hospitality",
                    List.of(company), terms(START, END), List.of(new NamedSigner(partner), new NamedSigner(director)),
                    otherPartner, T0));
            assertThat(refused.getRule()).isEqualTo(Rule.OWN_PARTY_REQUIRED);
            assertThat(agreement.getParties()).contains(otherCompany);

            agreement.revise("Hospitality", List.of(company), terms(START, END),
                    List.of(new NamedSigner(partner), new NamedSigner(director)), director, T0);
            assertThat(agreement.getParties()).containsExactlyInAnyOrder(school, company);
        }

        @Test
        void endNotBeforeStart() {
            AgreementRuleException refused = assertThrows(AgreementRuleException.class, () -> terms(END, START));
            assertThat(refused.getRule()).isEqualTo(Rule.END_BEFORE_START);
        }

        @Test
        void everyPartyNeedsASignerToSend() {
            Agreement agreement = new Agreement("t", director, List.of(company), terms(START, END),
                    List.of(new NamedSigner(director)), T0);
            AgreementRuleException refused = assertThrows(AgreementRuleException.class, () -> agreement.send(director, T0));
            assertThat(refused.getRule()).isEqualTo(Rule.SIGNER_REQUIRED);
            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
        }

        @Test
        void aSentVersionIsFrozen() {
            Agreement agreement = draft();
            agreement.send(director, T0);
            assertThat(agreement.getCurrent().isFrozen()).isTrue();
            AgreementRuleException refused = assertThrows(AgreementRuleException.class, () -> agreement.revise("x",
                    List.of(company), terms(START, END.minusYears(1)), List.of(new NamedSigner(partner)), director, T0));
            assertThat(refused.getRule()).isEqualTo(Rule.NOT_EDITABLE);
            assertThat(agreement.getCurrent().getEndDate()).isEqualTo(END);
        }
    }

    @Nested
    class Workflow {

        @Test
        void signaturesLeadToActiveAndEachStepIsRecorded() {
            Agreement agreement = draft();
            assertThat(agreement.send(director, T0)).isEqualTo(SENT_FOR_SIGNATURE);
            assertThat(agreement.signed(partner, false, T0)).isEqualTo(PARTIALLY_SIGNED);
            assertThat(agreement.isInForce(START)).isFalse();
            assertThat(agreement.signed(director, true, T0)).isEqualTo(ACTIVE);
            assertThat(agreement.getCurrent().isSigned()).isTrue();
            assertThat(agreement.isInForce(START)).isTrue();
            assertThat(agreement.getEndsOn()).isEqualTo(END);
            assertThat(agreement.getEvents()).extracting(AgreementEvent::getAction, AgreementEvent::getBefore,
                    AgreementEvent::getAfter).containsExactly(
                    tuple(AgreementAction.SEND, DRAFT, SENT_FOR_SIGNATURE),
                    tuple(AgreementAction.SIGN, SENT_FOR_SIGNATURE, PARTIALLY_SIGNED),
                    tuple(AgreementAction.COMPLETE, PARTIALLY_SIGNED, ACTIVE));
        }

        @Test
        void aDeclineNeedsAReasonAndANewVersionFollows() {
            Agreement agreement = draft();
            agreement.send(director, T0);
            AgreementRuleException noReason = assertThrows(AgreementRuleException.class,
                    () -> agreement.declined(partner, " ", T0));
            assertThat(noReason.getRule()).isEqualTo(Rule.REASON_REQUIRED);
            assertThat(agreement.declined(partner, "Four cooks are too many", T0)).isEqualTo(DECLINED);
            assertThat(agreement.getCurrent().getDeclineReason()).isEqualTo("Four cooks are too many");

            AgreementVersion second = agreement.amend(director, null, T0);
            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
            assertThat(second.getNumber()).isEqualTo(2);
            assertThat(second.isFrozen()).isFalse();
            assertThat(second.getTerms()).isEqualTo(agreement.findVersion(1).orElseThrow().getTerms());
            agreement.revise("Hospitality placements", List.of(company), terms(START, END.minusYears(1)),
                    List.of(new NamedSigner(partner), new NamedSigner(director)), director, T0);
            assertThat(agreement.findVersion(1).orElseThrow().getEndDate()).isEqualTo(END);
            assertThat(agreement.send(director, T0)).isEqualTo(SENT_FOR_SIGNATURE);
        }

        @Test
        void anAmendmentKeepsTheSignedVersionInForce() {
            Agreement agreement = active();
            agreement.amend(partner, "More mentors", T0);
            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
            assertThat(agreement.getInForce().orElseThrow().getNumber()).isEqualTo(1);
            assertThat(agreement.isInForce(START)).isTrue();
        }

        @Test
        void aDeclinedAmendmentLeavesTheAgreementActiveWithItsVersionInForce() {
            Agreement agreement = active();
            agreement.amend(partner, "More mentors", T0);
            agreement.send(partner, T0);
            assertThat(agreement.declined(director, "Not now", T0)).isEqualTo(ACTIVE);
            assertThat(agreement.getInForce().orElseThrow().getNumber()).isEqualTo(1);
            assertThat(agreement.getCurrent().getDeclineReason()).isEqualTo("Not now");
            assertThat(agreement.isInForce(START)).isTrue();
            assertThat(agreement.getEvents()).last().extracting(AgreementEvent::getAction, AgreementEvent::getVersionNumber,
                    AgreementEvent::getBefore, AgreementEvent::getAfter)
                    .containsExactly(AgreementAction.DECLINE, 2, SENT_FOR_SIGNATURE, ACTIVE);
            assertThat(agreement.legalActions()).contains(AgreementAction.TERMINATE, AgreementAction.EXPIRE,
                    AgreementAction.AMEND);

            AgreementVersion third = agreement.amend(partner, "Try again", T0);
            assertThat(third.getNumber()).isEqualTo(3);
            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
        }

        @Test
        void theVersionInForcePrevailsOverADeclinedAmendmentAndAnAmendmentUnderWayPrevailsUntilThen() {
            Agreement agreement = active();
            assertThat(agreement.getPrevailing().getNumber()).isEqualTo(1);
            agreement.amend(partner, "More mentors", T0);
            assertThat(agreement.getPrevailing().getNumber()).isEqualTo(2);
            agreement.send(partner, T0);
            assertThat(agreement.getPrevailing().getNumber()).isEqualTo(2);

            agreement.declined(director, "Not now", T0);

            assertThat(agreement.getPrevailing().getNumber()).isEqualTo(1);
            assertThat(agreement.isWithdrawn(agreement.getCurrent())).isFalse();
            Agreement firstDeclined = draft();
            firstDeclined.send(director, T0);
            firstDeclined.declined(partner, "No", T0);
            assertThat(firstDeclined.getPrevailing().getNumber()).isEqualTo(1);
        }

        @ParameterizedTest
        @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "SENT_FOR_SIGNATURE", "PARTIALLY_SIGNED"})
        void anAmendmentWrittenOrUnderSignatureWhenTheAgreementEndsIsWithdrawnAndTheVersionInForcePrevails(
                AgreementStatus amendmentAt) {
            Agreement terminated = amendedTo(amendmentAt);
            assertThat(terminated.isWithdrawn(terminated.getCurrent())).isFalse();
            terminated.terminate(director, "School closes its kitchen", T0);
            Agreement expired = amendedTo(amendmentAt);
            expired.expire(END.plusDays(1), T0);

            for (Agreement ended : List.of(terminated, expired)) {
                assertThat(ended.isWithdrawn(ended.getCurrent())).isTrue();
                assertThat(ended.isWithdrawn(ended.getInForce().orElseThrow())).isFalse();
                assertThat(ended.getPrevailing().getNumber()).isEqualTo(1);
            }
        }

        @Test
        void aDeclinedFirstVersionIsDeclinedAndCannotBeTerminated() {
            Agreement agreement = draft();
            agreement.send(director, T0);
            assertThat(agreement.declined(partner, "No", T0)).isEqualTo(DECLINED);
            assertThat(agreement.hasVersionInForce()).isFalse();
            assertThat(assertThrows(AgreementRuleException.class, () -> agreement.terminate(director, "why", T0)).getRule())
                    .isEqualTo(Rule.ILLEGAL_TRANSITION);
            assertThat(agreement.isDueToExpire(END.plusYears(5))).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "SENT_FOR_SIGNATURE", "PARTIALLY_SIGNED", "ACTIVE"})
        void aPartyTerminatesTheVersionInForceWhateverAmendmentIsUnderWay(AgreementStatus amendmentAt) {
            Agreement agreement = amendedTo(amendmentAt);
            assertThat(agreement.terminate(director, "School closes its kitchen", T0)).isEqualTo(TERMINATED);
            assertThat(agreement.isInForce(START)).isFalse();
            assertThat(agreement.getEvents()).last().extracting(AgreementEvent::getAction, AgreementEvent::getVersionNumber,
                    AgreementEvent::getBefore).containsExactly(AgreementAction.TERMINATE, 1, amendmentAt);
            assertThat(agreement.legalActions()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = AgreementStatus.class, names = {"DRAFT", "SENT_FOR_SIGNATURE", "PARTIALLY_SIGNED", "ACTIVE"})
        void theVersionInForceIsWarnedOfAndExpiresAtItsEndWhateverAmendmentIsUnderWay(AgreementStatus amendmentAt) {
            Agreement agreement = amendedTo(amendmentAt);
            assertThat(agreement.needsExpiryWarning(END.minusDays(30), 30)).isTrue();
            assertThat(agreement.isDueToExpire(END)).isFalse();
            assertThat(agreement.isDueToExpire(END.plusDays(1))).isTrue();
            assertThat(agreement.expire(END.plusDays(1), T0)).isEqualTo(EXPIRED);
            assertThat(agreement.getEvents()).last().extracting(AgreementEvent::getVersionNumber).isEqualTo(1);
            assertThat(agreement.isDueToExpire(END.plusDays(2))).isFalse();
            assertThat(agreement.needsExpiryWarning(END.minusDays(30), 30)).isFalse();
        }

        /** An agreement in force with an amendment at the given status (ACTIVE: the amendment was declined). */
        private Agreement amendedTo(AgreementStatus amendmentAt) {
            Agreement agreement = active();
            agreement.amend(partner, "More mentors", T0);
            if (amendmentAt != DRAFT) {
                agreement.send(partner, T0);
            }
            if (amendmentAt == PARTIALLY_SIGNED) {
                agreement.signed(partner, false, T0);
            }
            if (amendmentAt == ACTIVE) {
                agreement.declined(director, "Not now", T0);
            }
            assertThat(agreement.getStatus()).isEqualTo(amendmentAt);
            return agreement;
        }

        @Test
        void aPartyTerminatesWithAReason() {
            Agreement agreement = active();
            AgreementRuleException outsider = assertThrows(AgreementRuleException.class,
                    () -> agreement.terminate(stranger, "No", T0));
            assertThat(outsider.getRule()).isEqualTo(Rule.NOT_A_PARTY);
            AgreementRuleException noReason = assertThrows(AgreementRuleException.class,
                    () -> agreement.terminate(partner, null, T0));
            assertThat(noReason.getRule()).isEqualTo(Rule.REASON_REQUIRED);
            assertThat(agreement.terminate(partner, "Hotel sold", T0)).isEqualTo(TERMINATED);
            assertThat(agreement.isInForce(START)).isFalse();
        }

        @Test
        void expiresOnlyAfterItsLastDay() {
            Agreement agreement = active();
            assertThrows(AgreementRuleException.class, () -> agreement.expire(END, T0));
            assertThat(agreement.expire(END.plusDays(1), T0)).isEqualTo(EXPIRED);
            assertThat(agreement.getEvents().get(agreement.getEvents().size() - 1).isTakenByThePlatform()).isTrue();
        }

        @Test
        void warnsOnceWithinThirtyDaysOfTheEnd() {
            Agreement agreement = active();
            assertThat(agreement.needsExpiryWarning(END.minusDays(31), 30)).isFalse();
            assertThat(agreement.needsExpiryWarning(END.minusDays(30), 30)).isTrue();
            agreement.expiryWarned(T0);
            assertThat(agreement.needsExpiryWarning(END.minusDays(29), 30)).isFalse();
        }

        @ParameterizedTest
        @EnumSource(AgreementStatus.class)
        void onlyListedTransitionsAreLegalBeforeAVersionIsInForce(AgreementStatus status) {
            Set<AgreementAction> expected = switch (status) {
                case DRAFT -> EnumSet.of(AgreementAction.SEND);
                case SENT_FOR_SIGNATURE, PARTIALLY_SIGNED -> EnumSet.of(AgreementAction.SIGN, AgreementAction.COMPLETE,
                        AgreementAction.DECLINE, AgreementAction.WITHDRAW);
                case ACTIVE -> EnumSet.of(AgreementAction.AMEND);
                case DECLINED -> EnumSet.of(AgreementAction.AMEND);
                case EXPIRED, TERMINATED -> EnumSet.noneOf(AgreementAction.class);
            };
            assertThat(AgreementAction.legalFrom(status, false)).isEqualTo(expected);
        }

        @ParameterizedTest
        @EnumSource(AgreementStatus.class)
        void aVersionInForceCanBeTerminatedAndExpiresWhateverAmendmentIsUnderWay(AgreementStatus status) {
            Set<AgreementAction> expected = switch (status) {
                case DRAFT -> EnumSet.of(AgreementAction.SEND, AgreementAction.TERMINATE, AgreementAction.EXPIRE);
                case SENT_FOR_SIGNATURE, PARTIALLY_SIGNED -> EnumSet.of(AgreementAction.SIGN, AgreementAction.COMPLETE,
                        AgreementAction.DECLINE, AgreementAction.WITHDRAW, AgreementAction.TERMINATE, AgreementAction.EXPIRE);
                case ACTIVE, DECLINED -> EnumSet.of(AgreementAction.AMEND, AgreementAction.TERMINATE, AgreementAction.EXPIRE);
                case EXPIRED, TERMINATED -> EnumSet.noneOf(AgreementAction.class);
            };
            assertThat(AgreementAction.legalFrom(status, true)).isEqualTo(expected);
            assertThat(AgreementAction.DECLINE.from(SENT_FOR_SIGNATURE, true)).contains(ACTIVE);
            assertThat(AgreementAction.DECLINE.from(SENT_FOR_SIGNATURE, false)).contains(DECLINED);
        }

        @Test
        void illegalTransitionsAreRefused() {
            Agreement agreement = draft();
            AgreementRuleException refused = assertThrows(AgreementRuleException.class,
                    () -> agreement.terminate(director, "why", T0));
            assertThat(refused.getRule()).isEqualTo(Rule.ILLEGAL_TRANSITION);
            assertThat(refused.getArguments()).containsExactly(AgreementAction.TERMINATE, DRAFT);
            assertThrows(AgreementRuleException.class, () -> agreement.signed(partner, true, T0));
            assertThrows(AgreementRuleException.class, () -> agreement.amend(director, null, T0));
            assertThat(agreement.getEvents()).isEmpty();
        }
    }

    /**
     * The side that sent a version takes it back from signature (a signer can no longer sign, say): the version stays
     * as it was sent, and a draft of it follows, to be changed and sent anew.
     */
    @Nested
    class Withdrawal {

        @Test
        void aFirstVersionWithdrawnIsADraftAgainAsTheNextVersionWhoseSignersCanChange() {
            Agreement agreement = draft();
            agreement.send(director, T0);
            agreement.signed(partner, false, T0);

            AgreementVersion second = agreement.withdraw(director, "The director left", T0);

            AgreementVersion first = agreement.findVersion(1).orElseThrow();
            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
            assertThat(agreement.isWithdrawn(first)).isTrue();
            assertThat(first.isFrozen()).isTrue();
            assertThat(first.getWithdrawnAt()).isEqualTo(T0);
            assertThat(second.getNumber()).isEqualTo(2);
            assertThat(agreement.getCurrent()).isSameAs(second);
            assertThat(agreement.getPrevailing()).isSameAs(second);
            assertThat(agreement.isWithdrawn(second)).isFalse();
            assertThat(second.isFrozen()).isFalse();
            assertThat(second.getTerms()).isEqualTo(first.getTerms());
            assertThat(second.getSigners()).containsExactlyElementsOf(first.getSigners());
            assertThat(agreement.getEvents()).last().extracting(AgreementEvent::getAction, AgreementEvent::getVersionNumber,
                    AgreementEvent::getBefore, AgreementEvent::getAfter, AgreementEvent::getComment)
                    .containsExactly(AgreementAction.WITHDRAW, 1, PARTIALLY_SIGNED, DRAFT, "The director left");

            agreement.revise("Hospitality placements", List.of(company), terms(START, END), List.of(new NamedSigner(director),
                    new NamedSigner(partner)), director, T0);
            assertThat(agreement.send(director, T0)).isEqualTo(SENT_FOR_SIGNATURE);
            assertThat(agreement.isWithdrawn(agreement.getCurrent())).isFalse();
        }

        @Test
        void anAmendmentWithdrawnIsADraftAgainAndTheVersionInForceStays() {
            Agreement agreement = active();
            agreement.amend(director, "Office placements too", T0);
            agreement.revise("Hospitality and office placements", List.of(company, otherCompany), terms(START, END),
                    List.of(new NamedSigner(partner), new NamedSigner(stranger), new NamedSigner(director)), director, T0);
            agreement.send(director, T0);

            AgreementVersion third = agreement.withdraw(partner, null, T0);

            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
            assertThat(agreement.getInForce().orElseThrow().getNumber()).isEqualTo(1);
            assertThat(agreement.isInForce(START)).isTrue();
            assertThat(agreement.isWithdrawn(agreement.findVersion(2).orElseThrow())).isTrue();
            assertThat(third.getParties()).containsExactlyInAnyOrder(school, company, otherCompany);
            assertThat(agreement.getPrevailing()).isSameAs(third);
            assertThat(agreement.getTitle()).isEqualTo("Hospitality and office placements");
            assertThat(agreement.isInvolved(otherCompany)).isTrue();
            assertThat(agreement.isParty(otherCompany)).isFalse();
            assertThat(agreement.legalActions()).contains(AgreementAction.SEND, AgreementAction.TERMINATE);
        }

        @Test
        void onlyAVersionUnderSignatureIsWithdrawn() {
            Agreement draft = draft();
            assertThat(assertThrows(AgreementRuleException.class, () -> draft.withdraw(director, null, T0)).getRule())
                    .isEqualTo(Rule.ILLEGAL_TRANSITION);
            Agreement active = active();
            assertThat(assertThrows(AgreementRuleException.class, () -> active.withdraw(director, null, T0)).getRule())
                    .isEqualTo(Rule.ILLEGAL_TRANSITION);
            assertThat(active.getVersions()).hasSize(1);
            assertThat(draft.getEvents()).isEmpty();
        }
    }

    /** The parties of an amendment are its own until it is signed by all: the rights follow the version in force. */
    @Nested
    class PartiesOfAnAmendment {

        private final LocalDate today = START.plusDays(10);

        private Opportunity publish(Agreement agreement, UserAccount publisher) {
            return new Opportunity(agreement, publisher, "5120", "Cooks", publisher.getInstitution().getCountry(), "Málaga",
                    today.plusMonths(2), today.plusMonths(3), 1, "es", "Kitchen of a beach hotel", today);
        }

        /** The agreement in force with an amendment being written that takes Tirana Digital in, under a new title. */
        private Agreement takingTiranaIn() {
            Agreement agreement = active();
            agreement.amend(director, "Office placements too", T0);
            agreement.revise("Hospitality and office placements", List.of(company, otherCompany), terms(START, END),
                    List.of(new NamedSigner(partner), new NamedSigner(stranger), new NamedSigner(director)), director, T0);
            return agreement;
        }

        /** The agreement in force between the school and both companies, with an amendment that leaves Costa Azul out. */
        private Agreement leavingCostaAzulOut() {
            Agreement agreement = new Agreement("Hospitality placements", director, List.of(company, otherCompany),
                    terms(START, END), List.of(new NamedSigner(partner), new NamedSigner(stranger), new NamedSigner(director)), T0);
            agreement.send(director, T0);
            agreement.signed(partner, false, T0);
            agreement.signed(stranger, false, T0);
            agreement.signed(director, true, T0);
            agreement.amend(director, "Costa Azul leaves", T0);
            agreement.revise("Hospitality placements", List.of(otherCompany), terms(START, END),
                    List.of(new NamedSigner(stranger), new NamedSigner(director)), director, T0);
            return agreement;
        }

        @Test
        void aCompanyTakenInByADraftSeesItButCanNeitherTerminateNorPublishUnderTheVersionInForce() {
            Agreement agreement = takingTiranaIn();

            assertThat(agreement.isInvolved(otherCompany)).isTrue();
            assertThat(agreement.getCurrent().isParty(otherCompany)).isTrue();
            assertThat(agreement.isParty(otherCompany)).isFalse();
            assertThat(agreement.getParties()).containsExactlyInAnyOrder(school, company);
            assertThat(assertThrows(AgreementRuleException.class, () -> agreement.terminate(stranger, "Not ours", T0))
                    .getRule()).isEqualTo(Rule.NOT_A_PARTY);
            assertThat(assertThrows(AgreementRuleException.class, () -> publish(agreement, stranger)).getRule())
                    .isEqualTo(Rule.NOT_A_PARTY);
            assertThat(agreement.getStatus()).isEqualTo(DRAFT);
            assertThat(agreement.findVersion(1).orElseThrow().getParties()).containsExactlyInAnyOrder(school, company);
            assertThat(agreement.findVersion(1).orElseThrow().getTitle()).isEqualTo("Hospitality placements");
            assertThat(agreement.getTitle()).isEqualTo("Hospitality and office placements");
        }

        @Test
        void aPartyLeftOutByADraftKeepsItsRightsAndItsSightUntilTheAmendmentIsSignedByAll() {
            Agreement agreement = leavingCostaAzulOut();

            assertThat(agreement.isParty(company)).isTrue();
            assertThat(agreement.isInvolved(company)).isTrue();
            assertThat(agreement.getCurrent().isParty(company)).isFalse();
            assertThat(publish(agreement, partner).isOpenOn(today)).isTrue();
            agreement.send(director, T0);
            agreement.signed(stranger, false, T0);
            assertThat(agreement.isParty(company)).isTrue();
            assertThat(agreement.terminate(partner, "Hotel sold", T0)).isEqualTo(TERMINATED);
        }

        @Test
        void aDeclinedAmendmentLeavesThePartiesAndTheTitleInForceAsTheyWere() {
            Agreement agreement = takingTiranaIn();
            agreement.send(director, T0);
            agreement.declined(partner, "Not with a second company", T0);

            assertThat(agreement.isInvolved(otherCompany)).isFalse();
            assertThat(agreement.getInvolved()).containsExactlyInAnyOrder(school, company);
            assertThat(agreement.getParties()).containsExactlyInAnyOrder(school, company);
            assertThat(agreement.getTitle()).isEqualTo("Hospitality placements");

            Agreement leftOut = leavingCostaAzulOut();
            leftOut.send(director, T0);
            leftOut.declined(stranger, "Costa Azul stays", T0);
            assertThat(leftOut.isParty(company)).isTrue();
            assertThat(leftOut.isInvolved(company)).isTrue();
        }

        @Test
        void aNewAmendmentAfterADeclinedOneStartsFromTheVersionInForceWithItsParties() {
            Agreement agreement = takingTiranaIn();
            agreement.send(director, T0);
            agreement.declined(partner, "Not with a second company", T0);

            AgreementVersion third = agreement.amend(director, "Try again", T0);

            AgreementVersion inForce = agreement.getInForce().orElseThrow();
            assertThat(third.getNumber()).isEqualTo(3);
            assertThat(third.getParties()).containsExactlyInAnyOrder(school, company);
            assertThat(third.getTitle()).isEqualTo(inForce.getTitle());
            assertThat(third.getSigners()).containsExactlyElementsOf(inForce.getSigners());
            assertThat(third.getTerms()).isEqualTo(inForce.getTerms());
            assertThat(agreement.isInvolved(otherCompany)).isFalse();
        }

        @Test
        void anAmendmentWithdrawnWhenTheAgreementEndsLeavesThePartiesInForce() {
            Agreement agreement = takingTiranaIn();
            agreement.terminate(director, "School closes its kitchen", T0);

            assertThat(agreement.isInvolved(otherCompany)).isFalse();
            assertThat(agreement.getTitle()).isEqualTo("Hospitality placements");
        }

        @Test
        void anAmendmentSignedByAllMovesThePartiesAndTheTitle() {
            Agreement takenIn = takingTiranaIn();
            takenIn.send(director, T0);
            takenIn.signed(partner, false, T0);
            takenIn.signed(stranger, false, T0);
            takenIn.signed(director, true, T0);

            assertThat(takenIn.isParty(otherCompany)).isTrue();
            assertThat(publish(takenIn, stranger).getHost()).isEqualTo(otherCompany);
            assertThat(takenIn.getTitle()).isEqualTo("Hospitality and office placements");

            Agreement leftOut = leavingCostaAzulOut();
            leftOut.send(director, T0);
            leftOut.signed(stranger, false, T0);
            leftOut.signed(director, true, T0);

            assertThat(leftOut.isParty(company)).isFalse();
            assertThat(leftOut.isInvolved(company)).isFalse();
            assertThat(leftOut.getInvolved()).containsExactlyInAnyOrder(school, otherCompany);
            assertThat(assertThrows(AgreementRuleException.class, () -> leftOut.terminate(partner, "Hotel sold", T0))
                    .getRule()).isEqualTo(Rule.NOT_A_PARTY);
            assertThat(assertThrows(AgreementRuleException.class, () -> publish(leftOut, partner)).getRule())
                    .isEqualTo(Rule.NOT_A_PARTY);
        }
    }

    @Nested
    class Opportunities {

        private final LocalDate today = START.plusDays(10);

        private Opportunity opportunity(Agreement agreement, UserAccount publisher, int seats) {
            return new Opportunity(agreement, publisher, "5120", "Cooks", SPAIN, "Málaga", today.plusMonths(2),
                    today.plusMonths(3), seats, "es", "Kitchen of a beach hotel", today);
        }

        @Test
        void onlyAPartyCompanyPublishesUnderAnAgreementInForce() {
            assertThat(assertThrows(AgreementRuleException.class, () -> opportunity(draft(), partner, 1)).getRule())
                    .isEqualTo(Rule.NOT_IN_FORCE);
            assertThat(assertThrows(AgreementRuleException.class, () -> opportunity(active(), stranger, 1)).getRule())
                    .isEqualTo(Rule.NOT_A_PARTY);
            assertThat(assertThrows(AgreementRuleException.class, () -> opportunity(active(), director, 1)).getRule())
                    .isEqualTo(Rule.NOT_A_PARTY);
            assertThat(opportunity(active(), partner, 1).isOpenOn(today)).isTrue();
        }

        @Test
        void anAcceptedApplicationTakesASeatAndIsDecidedOnce() {
            Opportunity opportunity = opportunity(active(), partner, 1);
            OpportunityApplication application = new OpportunityApplication(opportunity, student, "I love cooking", today, T0);
            application.accept(director, today, T0);
            assertThat(opportunity.getSeatsLeft()).isZero();
            assertThat(opportunity.isOpenOn(today)).isFalse();
            assertThat(assertThrows(AgreementRuleException.class, () -> application.decline(director, "no", T0)).getRule())
                    .isEqualTo(Rule.APPLICATION_DECIDED);
            assertThat(assertThrows(AgreementRuleException.class,
                    () -> new OpportunityApplication(opportunity, student, "again", today, T0)).getRule())
                    .isEqualTo(Rule.OPPORTUNITY_CLOSED);
        }

        @Test
        void aClosedPlacementAcceptsNoApplication() {
            Opportunity opportunity = opportunity(active(), partner, 2);
            OpportunityApplication application = new OpportunityApplication(opportunity, student, "I love cooking", today, T0);
            opportunity.close();
            assertThat(assertThrows(AgreementRuleException.class, () -> application.accept(director, today, T0)).getRule())
                    .isEqualTo(Rule.PLACEMENT_CLOSED);
            assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(opportunity.getSeatsTaken()).isZero();
        }

        @Test
        void aPlacementOfATerminatedAgreementAcceptsNoApplication() {
            Agreement agreement = active();
            Opportunity opportunity = opportunity(agreement, partner, 2);
            OpportunityApplication application = new OpportunityApplication(opportunity, student, "I love cooking", today, T0);
            agreement.terminate(partner, "Hotel sold", T0);
            assertThat(assertThrows(AgreementRuleException.class, () -> application.accept(director, today, T0)).getRule())
                    .isEqualTo(Rule.PLACEMENT_CLOSED);
        }

        @Test
        void aPlacementNamesAUnitGroupAndALanguageOfWorkByItsCode() {
            for (String[] refused : List.of(new String[] {"1000", "es"}, new String[] {"5120", "xx"},
                    new String[] {"5120", "zzz"}, new String[] {"5120", "ES"})) {
                assertThrows(IllegalArgumentException.class, () -> new Opportunity(active(), partner, refused[0], "Cooks",
                        SPAIN, "Málaga", today.plusMonths(2), today.plusMonths(3), 1, refused[1], "Kitchen", today),
                        String.join(" ", refused));
            }
            assertThat(new Opportunity(active(), partner, "5120", "Cooks", SPAIN, "Málaga", today.plusMonths(2),
                    today.plusMonths(3), 1, "cnr", "Kitchen", today).getWorkLanguage()).isEqualTo("cnr");
        }

        /** The mobility an accepted application becomes goes to the company, in the company's country. */
        @Test
        void aPlacementIsInTheCountryOfItsCompany() {
            AgreementRuleException elsewhere = assertThrows(AgreementRuleException.class, () -> new Opportunity(active(), partner,
                    "5120", "Cooks", ALBANIA, "Durrës", today.plusMonths(2), today.plusMonths(3), 1, "es", "Kitchen", today));
            assertThat(elsewhere.getRule()).isEqualTo(Rule.PLACEMENT_NOT_IN_HOSTS_COUNTRY);
            assertThat(elsewhere.getArguments()).containsExactly("Costa Azul Hoteles", SPAIN);
        }

        @Test
        void aPlacementStartsAfterTheDayItIsPublished() {
            for (LocalDate start : List.of(today.minusDays(1), today)) {
                assertThat(assertThrows(AgreementRuleException.class, () -> new Opportunity(active(), partner, "5120", "Cooks",
                        SPAIN, "Málaga", start, start.plusMonths(1), 1, "es", "Kitchen", today)).getRule())
                        .as("starting %s, published %s", start, today).isEqualTo(Rule.PLACEMENT_STARTS_TOO_SOON);
            }
            LocalDate tomorrow = today.plusDays(1);
            Opportunity published = new Opportunity(active(), partner, "5120", "Cooks", SPAIN, "Málaga", tomorrow,
                    tomorrow.plusMonths(1), 1, "es", "Kitchen", today);
            assertThat(published.isOpenOn(today)).isTrue();
        }

        @Test
        void noSchoolAcceptsOnceThePlacementHasBegun() {
            Opportunity opportunity = opportunity(active(), partner, 2);
            OpportunityApplication application = new OpportunityApplication(opportunity, student, "I love cooking", today, T0);
            LocalDate firstDay = opportunity.getStartDate();

            AgreementRuleException begun = assertThrows(AgreementRuleException.class,
                    () -> application.accept(director, firstDay, T0));

            assertThat(begun.getRule()).isEqualTo(Rule.PLACEMENT_BEGUN);
            assertThat(begun.getArguments()).containsExactly(firstDay);
            assertThat(application.getStatus()).isEqualTo(ApplicationStatus.PENDING);
            assertThat(opportunity.getSeatsTaken()).isZero();
            application.accept(director, firstDay.minusDays(1), T0);
            assertThat(opportunity.getSeatsTaken()).isEqualTo(1);
        }

        @Test
        void aStudentAppliesOnlyAbroadAndBeforeThePlacementBegins() {
            Opportunity opportunity = opportunity(active(), partner, 2);
            Institution valencia = withId(new Institution("CIPFP Valencia", InstitutionType.VET_SCHOOL, SPAIN, "Valencia",
                    new GeoPoint(39.47, -0.38)), 5L);
            UserAccount spanishStudent = person(16L, "student.es", valencia, Role.STUDENT);

            assertThat(OpportunityApplication.refusal(opportunity, student, today)).isEmpty();
            assertThat(OpportunityApplication.refusal(opportunity, spanishStudent, today)).contains(Rule.NOT_ABROAD);
            assertThat(OpportunityApplication.refusal(opportunity, student, opportunity.getStartDate()))
                    .contains(Rule.OPPORTUNITY_CLOSED);
            assertThat(assertThrows(AgreementRuleException.class,
                    () -> new OpportunityApplication(opportunity, spanishStudent, "Near home", today, T0)).getRule())
                    .isEqualTo(Rule.NOT_ABROAD);
        }

        @Test
        void whenThePlacementClosesAWaitingApplicationIsDeclinedWithTheReasonAndADecidedOneStays() {
            Opportunity opportunity = opportunity(active(), partner, 2);
            OpportunityApplication waiting = new OpportunityApplication(opportunity, student, "I love cooking", today, T0);
            UserAccount other = person(15L, "student.kpt2", school, Role.STUDENT);
            OpportunityApplication accepted = new OpportunityApplication(opportunity, other, "Me too", today, T0);
            accepted.accept(director, today, T0);
            assertThrows(IllegalStateException.class, () -> waiting.placementClosed("Closed", T0));
            opportunity.close();
            assertThat(waiting.placementClosed("The agreement ended", T0)).isTrue();
            assertThat(waiting.getStatus()).isEqualTo(ApplicationStatus.DECLINED);
            assertThat(waiting.getDeclineReason()).isEqualTo("The agreement ended");
            assertThat(waiting.getDecidedBy()).isNull();
            assertThat(accepted.placementClosed("The agreement ended", T0)).isFalse();
            assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        }
    }

    @Nested
    class Countries {

        private final Country montenegro = new Country("ME", CountryGroup.REGION_1, false, true);

        @Test
        void aMinistryFindsTheAgreementByTheCountriesOfTheInstitutionsInvolved() {
            assertThat(draft().getInvolvedCountries()).containsExactlyInAnyOrder("AL", "ES");
        }

        @Test
        void aPartysCorrectedCountryReplacesTheFormerOneOnceFollowed() {
            Agreement agreement = active();

            school.describe(school.getName(), school.getType(), montenegro, "Podgorica", school.getLocation());
            agreement.followInvolvedCountries();

            assertThat(agreement.getInvolvedCountries()).containsExactlyInAnyOrder("ME", "ES");
        }

        @Test
        void aCountryStaysWhileAnotherPartyIsStillThere() {
            Agreement agreement = new Agreement("Digital placements", director, List.of(company, otherCompany),
                    terms(START, END), List.of(new NamedSigner(partner), new NamedSigner(director)), T0);

            school.describe(school.getName(), school.getType(), montenegro, "Podgorica", school.getLocation());
            agreement.followInvolvedCountries();

            assertThat(agreement.getInvolvedCountries()).containsExactlyInAnyOrder("AL", "ME", "ES");
        }
    }
}
