package eu.cginternational.domain.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.mobility.MobilityRuleException.Rule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MobilityRuleExceptionTest {

    @Nested
    class RuleAndArguments {

        @Test
        void carriesTheRuleAndTheArgumentsInOrder() {
            MobilityRuleException e = new MobilityRuleException(Rule.DURATION_OUT_OF_RANGE, 9L, 10, 89);

            assertThat(e.getRule()).isEqualTo(Rule.DURATION_OUT_OF_RANGE);
            assertThat(e.getArguments()).containsExactly(9L, 10, 89);
        }

        @Test
        void aRuleWithoutArgumentsHasAnEmptyArray() {
            MobilityRuleException e = new MobilityRuleException(Rule.FOUR_EYES);

            assertThat(e.getArguments()).isEmpty();
        }

        @Test
        void messageNamesTheRuleAndTheArguments() {
            MobilityRuleException e = new MobilityRuleException(Rule.ILLEGAL_TRANSITION, MobilityAction.APPROVE,
                    MobilityStatus.DRAFT);

            assertThat(e.getMessage()).isEqualTo("ILLEGAL_TRANSITION [APPROVE, DRAFT]");
        }

        @Test
        void argumentsCannotBeChangedFromOutside() {
            Object[] arguments = {MobilityAction.RETURN};
            MobilityRuleException e = new MobilityRuleException(Rule.COMMENT_REQUIRED, arguments);

            arguments[0] = MobilityAction.REJECT;
            e.getArguments()[0] = MobilityAction.CANCEL;

            assertThat(e.getArguments()).containsExactly(MobilityAction.RETURN);
        }
    }
}
