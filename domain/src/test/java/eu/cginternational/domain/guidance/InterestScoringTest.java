package eu.cginternational.domain.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How answers become scores, a code and the fit of occupations. */
class InterestScoringTest {

    /** Six items per type in the order R, I, A, S, E, C repeated, like the project's file. */
    static Questionnaire questionnaire() {
        List<InterestItem> items = new ArrayList<>();
        RiasecType[] types = RiasecType.values();
        for (int number = 1; number <= 36; number++) {
            items.add(new InterestItem(number, types[(number - 1) % 6], new LocalizedText("en " + number, "sq " + number, "cnr " + number)));
        }
        return new Questionnaire("test", items);
    }

    /** The same answer to every item of a type. */
    static Map<Integer, Integer> answers(int r, int i, int a, int s, int e, int c) {
        int[] byType = {r, i, a, s, e, c};
        Map<Integer, Integer> answers = new HashMap<>();
        for (int number = 1; number <= 36; number++) {
            answers.put(number, byType[(number - 1) % 6]);
        }
        return answers;
    }

    @Nested
    class Scores {

        @Test
        void rawScoresAddTheAnswersOfEachType() {
            InterestProfile profile = questionnaire().score(answers(5, 4, 3, 2, 1, 3));
            assertEquals(30, profile.raw(RiasecType.R));
            assertEquals(24, profile.raw(RiasecType.I));
            assertEquals(6, profile.raw(RiasecType.E));
        }

        @Test
        void percentagesRunFromZeroForAllOnesToHundredForAllFives() {
            InterestProfile profile = questionnaire().score(answers(5, 4, 3, 2, 1, 3));
            assertEquals(100, profile.percent(RiasecType.R));
            assertEquals(75, profile.percent(RiasecType.I));
            assertEquals(50, profile.percent(RiasecType.A));
            assertEquals(25, profile.percent(RiasecType.S));
            assertEquals(0, profile.percent(RiasecType.E));
        }

        @Test
        void mixedAnswersWithinATypeAreAdded() {
            Map<Integer, Integer> answers = answers(1, 1, 1, 1, 1, 1);
            answers.put(1, 5);  // an R item
            answers.put(7, 4);  // another R item
            InterestProfile profile = questionnaire().score(answers);
            assertEquals(6 + 4 + 3, profile.raw(RiasecType.R));
            assertEquals(29, profile.percent(RiasecType.R)); // 7 / 24 = 29.2 %
        }
    }

    @Nested
    class Code {

        @Test
        void theCodeIsTheThreeStrongestTypesStrongestFirst() {
            assertEquals("SEA", questionnaire().score(answers(1, 2, 3, 5, 4, 1)).code().toString());
        }

        @Test
        void equalScoresKeepTheRiasecOrder() {
            assertEquals("RIA", questionnaire().score(answers(3, 3, 3, 3, 3, 3)).code().toString());
            assertEquals("IEC", questionnaire().score(answers(1, 5, 2, 2, 4, 4)).code().toString());
        }
    }

    @Nested
    class Fit {

        @Test
        void aOneLetterOccupationFitsByThatScoreAlone() {
            InterestProfile profile = questionnaire().score(answers(5, 1, 1, 1, 1, 1));
            assertEquals(100, profile.fit(RiasecCode.parse("R")));
            assertEquals(0, profile.fit(RiasecCode.parse("S")));
        }

        @Test
        void lettersWeighThreeTwoAndOneByPosition() {
            InterestProfile profile = questionnaire().score(answers(5, 3, 1, 1, 1, 1)); // R 100, I 50, C 0
            assertEquals(Math.round((3 * 100 + 2 * 50 + 0) / 6.0), profile.fit(RiasecCode.parse("RIC")));
            assertEquals(Math.round((3 * 50 + 2 * 100) / 5.0), profile.fit(RiasecCode.parse("IR")));
        }

        @Test
        void anOccupationLedByTheStrongestInterestFitsBetter() {
            InterestProfile profile = questionnaire().score(answers(2, 1, 4, 5, 3, 1));
            assertTrue(profile.fit(RiasecCode.parse("SA")) > profile.fit(RiasecCode.parse("AS")));
            assertTrue(profile.fit(RiasecCode.parse("AS")) > profile.fit(RiasecCode.parse("RC")));
        }
    }

    @Nested
    class RefusedAnswers {

        @Test
        void everyItemMustBeAnswered() {
            Map<Integer, Integer> answers = answers(3, 3, 3, 3, 3, 3);
            answers.remove(36);
            answers.put(12, null);
            AssessmentRuleException e = assertThrows(AssessmentRuleException.class, () -> questionnaire().score(answers));
            assertEquals(AssessmentRuleException.Rule.ANSWERS_MISSING, e.getRule());
            assertEquals(2L, e.getArguments()[0]);
        }

        @Test
        void answersOutsideTheScaleAreRefused() {
            Map<Integer, Integer> answers = answers(3, 3, 3, 3, 3, 3);
            answers.put(5, 6);
            AssessmentRuleException e = assertThrows(AssessmentRuleException.class, () -> questionnaire().score(answers));
            assertEquals(AssessmentRuleException.Rule.ANSWER_OUT_OF_SCALE, e.getRule());
            answers.put(5, 0);
            assertThrows(AssessmentRuleException.class, () -> questionnaire().score(answers));
        }

        @Test
        void answersToItemsTheQuestionnaireDoesNotHaveAreRefused() {
            Map<Integer, Integer> answers = answers(3, 3, 3, 3, 3, 3);
            answers.put(37, 3);
            AssessmentRuleException e = assertThrows(AssessmentRuleException.class, () -> questionnaire().score(answers));
            assertEquals(AssessmentRuleException.Rule.UNKNOWN_ITEM, e.getRule());
        }
    }

    @Nested
    class Questionnaires {

        @Test
        void everyTypeNeedsAtLeastSixItemsAndTheSameNumber() {
            List<InterestItem> items = new ArrayList<>(questionnaire().items());
            items.remove(35);
            assertThrows(IllegalArgumentException.class, () -> new Questionnaire("short", items));
        }
    }

    @Nested
    class Codes {

        @Test
        void aCodeIsOneToThreeDifferentRiasecLetters() {
            assertTrue(RiasecCode.isValid("R"));
            assertTrue(RiasecCode.isValid("SEC"));
            assertFalse(RiasecCode.isValid(""));
            assertFalse(RiasecCode.isValid("RR"));
            assertFalse(RiasecCode.isValid("RIAS"));
            assertFalse(RiasecCode.isValid("rx"));
            assertThrows(IllegalArgumentException.class, () -> RiasecCode.parse("XYZ"));
        }
    }
}
