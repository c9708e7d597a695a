package eu.cginternational.domain.mobility;

import static eu.cginternational.domain.mobility.MobilityAction.APPROVE;
import static eu.cginternational.domain.mobility.MobilityAction.CANCEL;
import static eu.cginternational.domain.mobility.MobilityAction.COMPLETE;
import static eu.cginternational.domain.mobility.MobilityAction.REJECT;
import static eu.cginternational.domain.mobility.MobilityAction.RETURN;
import static eu.cginternational.domain.mobility.MobilityAction.START;
import static eu.cginternational.domain.mobility.MobilityAction.SUBMIT;
import static eu.cginternational.domain.mobility.MobilityAction.WITHDRAW;
import static eu.cginternational.domain.mobility.MobilityStatus.CANCELLED;
import static eu.cginternational.domain.mobility.MobilityStatus.COMPLETED;
import static eu.cginternational.domain.mobility.MobilityStatus.DRAFT;
import static eu.cginternational.domain.mobility.MobilityStatus.IN_PROGRESS;
import static eu.cginternational.domain.mobility.MobilityStatus.MINISTRY_APPROVED;
import static eu.cginternational.domain.mobility.MobilityStatus.REJECTED;
import static eu.cginternational.domain.mobility.MobilityStatus.RETURNED;
import static eu.cginternational.domain.mobility.MobilityStatus.SCHOOL_APPROVED;
import static eu.cginternational.domain.mobility.MobilityStatus.SUBMITTED;
import static eu.cginternational.domain.mobility.MobilityStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class MobilityActionTest {

    /** The workflow as the specification states it; every pair not listed is illegal. */
    private static final Map<MobilityAction, Map<MobilityStatus, MobilityStatus>> SPEC = Map.of(
            SUBMIT, Map.of(DRAFT, SUBMITTED, RETURNED, SUBMITTED),
            APPROVE, Map.of(SUBMITTED, SCHOOL_APPROVED, SCHOOL_APPROVED, MINISTRY_APPROVED),
            RETURN, Map.of(SUBMITTED, RETURNED, SCHOOL_APPROVED, RETURNED),
            REJECT, Map.of(SUBMITTED, REJECTED, SCHOOL_APPROVED, REJECTED),
            WITHDRAW, Map.of(DRAFT, WITHDRAWN, RETURNED, WITHDRAWN, SUBMITTED, WITHDRAWN, SCHOOL_APPROVED, WITHDRAWN),
            CANCEL, Map.of(MINISTRY_APPROVED, CANCELLED, IN_PROGRESS, CANCELLED),
            START, Map.of(MINISTRY_APPROVED, IN_PROGRESS),
            COMPLETE, Map.of(IN_PROGRESS, COMPLETED));

    private static Optional<MobilityStatus> expected(MobilityStatus status, MobilityAction action) {
        return Optional.ofNullable(SPEC.get(action).get(status));
    }

    /** Every (status, action) pair, legal or not. */
    static Stream<Arguments> everyStatusAndAction() {
        List<Arguments> pairs = new ArrayList<>();
        for (MobilityStatus status : MobilityStatus.values()) {
            for (MobilityAction action : MobilityAction.values()) {
                pairs.add(Arguments.of(status, action, expected(status, action)));
            }
        }
        return pairs.stream();
    }

    @Nested
    class Transitions {

        @ParameterizedTest(name = "{0} + {1} -> {2}")
        @MethodSource("eu.cginternational.domain.mobility.MobilityActionTest#everyStatusAndAction")
        void everyPairLeadsWhereTheSpecificationSays(MobilityStatus status, MobilityAction action,
                Optional<MobilityStatus> expected) {
            assertThat(action.from(status)).isEqualTo(expected);
        }

        @Test
        void theTableCoversEveryPairAndSixteenOfThemAreLegal() {
            assertThat(everyStatusAndAction()).hasSize(MobilityStatus.values().length * MobilityAction.values().length);
            assertThat(everyStatusAndAction().filter(pair -> ((Optional<?>) pair.get()[2]).isPresent())).hasSize(16);
        }

        @ParameterizedTest
        @EnumSource(MobilityAction.class)
        void noActionLeadsBackToDraft(MobilityAction action) {
            for (MobilityStatus status : MobilityStatus.values()) {
                assertThat(action.from(status)).isNotEqualTo(Optional.of(DRAFT));
            }
        }
    }

    @Nested
    class LegalActions {

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED"})
        void finalStatusesHaveNoLegalAction(MobilityStatus status) {
            assertThat(MobilityAction.legalFrom(status)).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = MobilityStatus.class, names = {"COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED"},
                mode = EnumSource.Mode.EXCLUDE)
        void everyOtherStatusHasSomeWayOut(MobilityStatus status) {
            assertThat(MobilityAction.legalFrom(status)).isNotEmpty();
        }

        @ParameterizedTest
        @EnumSource(MobilityStatus.class)
        void legalActionsAreExactlyThoseWithATransition(MobilityStatus status) {
            Set<MobilityAction> expected = EnumSet.noneOf(MobilityAction.class);
            for (MobilityAction action : MobilityAction.values()) {
                if (expected(status, action).isPresent()) {
                    expected.add(action);
                }
            }

            assertThat(MobilityAction.legalFrom(status)).isEqualTo(expected);
        }

        @Test
        void aDraftCanBeSubmittedOrWithdrawn() {
            assertThat(MobilityAction.legalFrom(DRAFT)).isEqualTo(EnumSet.of(SUBMIT, WITHDRAW));
        }

        @Test
        void aSubmittedApplicationCanBeApprovedReturnedRejectedOrWithdrawn() {
            assertThat(MobilityAction.legalFrom(SUBMITTED)).isEqualTo(EnumSet.of(APPROVE, RETURN, REJECT, WITHDRAW));
        }

        @Test
        void anApprovedMobilityCanBeStartedOrCancelled() {
            assertThat(MobilityAction.legalFrom(MINISTRY_APPROVED)).isEqualTo(EnumSet.of(START, CANCEL));
        }

        @Test
        void aMobilityInProgressCanBeCompletedOrCancelled() {
            assertThat(MobilityAction.legalFrom(IN_PROGRESS)).isEqualTo(EnumSet.of(COMPLETE, CANCEL));
        }

        @Test
        void changingTheReturnedSetDoesNotChangeTheWorkflow() {
            MobilityAction.legalFrom(DRAFT).add(COMPLETE);

            assertThat(MobilityAction.legalFrom(DRAFT)).isEqualTo(EnumSet.of(SUBMIT, WITHDRAW));
        }
    }

    @Nested
    class Comments {

        @ParameterizedTest
        @EnumSource(value = MobilityAction.class, names = {"RETURN", "REJECT", "CANCEL"})
        void refusalsNeedAComment(MobilityAction action) {
            assertThat(action.needsComment()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = MobilityAction.class, names = {"RETURN", "REJECT", "CANCEL"},
                mode = EnumSource.Mode.EXCLUDE)
        void noOtherActionNeedsAComment(MobilityAction action) {
            assertThat(action.needsComment()).isFalse();
        }
    }
}
