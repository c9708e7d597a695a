package eu.cginternational.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.admin.UserDraft;
import eu.cginternational.service.agreement.AgreementDraft;
import eu.cginternational.service.grant.RateTableDraft;
import eu.cginternational.service.mobility.MobilityDraft;
import eu.cginternational.service.mobility.MobilityTransition;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A request body read with the API's JSON-B, as Jakarta REST reads it (from the request's stream): a value of another
 * type, or a property the body does not have, fails the reading with the property's path in the body and what it takes;
 * a body that is no JSON fails without a property.
 */
class JsonBindingTest {

    private static final Jsonb API = new JsonBinding().getContext(Object.class);

    private static <T> T read(String json, Type type) {
        return API.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    /** What the reading of the body says about it: which property and which text. */
    private static UnreadableProperty refusal(String json, Type type) {
        JsonbException refused = catchThrowableOfType(JsonbException.class, () -> read(json, type));
        assertThat(refused).as(json).isNotNull().isInstanceOf(UnreadableProperty.class);
        return (UnreadableProperty) refused;
    }

    @Test
    void aBodyOfTheRightTypesIsReadAsBefore() {
        MobilityDraft draft = read("""
                {"type": "LEARNER_SHORT_TERM", "hostId": 7, "startDate": "2027-09-01", "endDate": "2027-09-14",
                 "participantId": 12, "greenTravel": true, "iscoCode": null, "version": 3}""", MobilityDraft.class);
        AgreementDraft agreement = read("""
                {"title": "Kitchens", "placements": [{"iscoCode": "5120", "placementsPerYear": 2}], "mentors": 1}""",
                AgreementDraft.class);

        assertThat(draft.getType()).isEqualTo(MobilityType.LEARNER_SHORT_TERM);
        assertThat(draft.getHostId()).isEqualTo(7L);
        assertThat(draft.getStartDate()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(draft.isGreenTravel()).isTrue();
        assertThat(draft.getVersion()).isEqualTo(3L);
        assertThat(agreement.getPlacements()).singleElement()
                .satisfies(placement -> assertThat(placement.getPlacementsPerYear()).isEqualTo(2));
        assertThat(agreement.getMentors()).isEqualTo(1);
    }

    @Nested
    class AValueOfAnotherType {

        @Test
        void ofABoxedMemberIsNamedWithWhatItTakes() {
            UnreadableProperty version = refusal("{\"action\": \"SUBMIT\", \"version\": \"3\"}", MobilityTransition.class);
            UnreadableProperty host = refusal("{\"hostId\": 7.5}", MobilityDraft.class);

            assertThat(version.getProperty()).isEqualTo("version");
            assertThat(version.getMessageKey()).isEqualTo("api.bad_json.whole_number");
            assertThat(version.getArguments()).containsExactly("version");
            assertThat(host.getProperty()).isEqualTo("hostId");
            assertThat(host.getMessageKey()).isEqualTo("api.bad_json.whole_number");
        }

        @Test
        void ofAPrimitiveMemberIsNamedWithWhatItTakes() {
            UnreadableProperty green = refusal("{\"greenTravel\": \"yes\"}", MobilityDraft.class);
            UnreadableProperty mentors = refusal("{\"mentors\": \"two\"}", AgreementDraft.class);

            assertThat(green.getProperty()).isEqualTo("greenTravel");
            assertThat(green.getMessageKey()).isEqualTo("api.bad_json.yes_no");
            assertThat(mentors.getProperty()).isEqualTo("mentors");
            assertThat(mentors.getMessageKey()).isEqualTo("api.bad_json.whole_number");
        }

        @Test
        void ofANestedMemberIsNamedByItsPathInTheBody() {
            UnreadableProperty placement = refusal("""
                    {"title": "Kitchens", "placements": [{"iscoCode": "5120", "placementsPerYear": 2},
                     {"iscoCode": "5131", "placementsPerYear": 1.5}]}""", AgreementDraft.class);
            UnreadableProperty band = refusal("""
                    {"source": "x", "travelBands": [{"minKm": 10, "maxKm": 99, "standardAmount": "28",
                     "greenAmount": 56}]}""", RateTableDraft.class);

            assertThat(placement.getProperty()).isEqualTo("placements[1].placementsPerYear");
            assertThat(placement.getMessageKey()).isEqualTo("api.bad_json.whole_number");
            assertThat(band.getProperty()).isEqualTo("travelBands[0].standardAmount");
            assertThat(band.getMessageKey()).isEqualTo("api.bad_json.number");
        }

        @Test
        void ofATextIsNamedAlsoWhenAnObjectOrAListCame() {
            UnreadableProperty object = refusal("{\"title\": {\"en\": \"Kitchens\"}}", AgreementDraft.class);
            UnreadableProperty list = refusal("{\"iscoCode\": [\"5120\"], \"hostId\": 7}", MobilityDraft.class);

            assertThat(object.getProperty()).isEqualTo("title");
            assertThat(object.getMessageKey()).isEqualTo("api.bad_json.text");
            assertThat(list.getProperty()).isEqualTo("iscoCode");
            assertThat(list.getMessageKey()).isEqualTo("api.bad_json.text");
        }

        @Test
        void ofAListIsNamedAsTheList() {
            UnreadableProperty placements = refusal("{\"placements\": 3}", AgreementDraft.class);

            assertThat(placements.getProperty()).isEqualTo("placements");
            assertThat(placements.getMessageKey()).isEqualTo("api.bad_json.list");
        }

        @Test
        void ofAnEntryOfAListOfObjectsIsNamedByItsOwnPositionAndNotSwallowed() {
            UnreadableProperty first = refusal("""
                    {"placements": [5, {"iscoCode": "5131", "placementsPerYear": 1}]}""", AgreementDraft.class);
            UnreadableProperty between = refusal("""
                    {"placements": [{"iscoCode": "5120", "placementsPerYear": 2}, "5131", {"iscoCode": "5131"}]}""",
                    AgreementDraft.class);
            UnreadableProperty last = refusal("{\"placements\": [{\"iscoCode\": \"5120\"}, true]}", AgreementDraft.class);

            assertThat(first.getProperty()).isEqualTo("placements[0]");
            assertThat(first.getMessageKey()).isEqualTo("api.bad_json.object");
            assertThat(between.getProperty()).isEqualTo("placements[1]");
            assertThat(between.getMessageKey()).isEqualTo("api.bad_json.object");
            assertThat(last.getProperty()).isEqualTo("placements[1]");
        }

        @Test
        void ofADateIsNamed() {
            UnreadableProperty start = refusal("{\"startDate\": \"2027-13-01\"}", MobilityDraft.class);

            assertThat(start.getProperty()).isEqualTo("startDate");
            assertThat(start.getMessageKey()).isEqualTo("api.bad_json.date");
        }

        @Test
        void ofAChoiceNamesTheValuesItTakes() {
            UnreadableProperty type = refusal("{\"type\": \"HOLIDAY\"}", MobilityDraft.class);
            UnreadableProperty role = refusal("{\"username\": \"klea\", \"roles\": [\"TEACHER\", \"KING\"]}", UserDraft.class);

            assertThat(type.getProperty()).isEqualTo("type");
            assertThat(type.getMessageKey()).isEqualTo("api.bad_json.one_of");
            assertThat(type.getArguments()).containsExactly("type", names(MobilityType.values()));
            assertThat(role.getProperty()).isEqualTo("roles[1]");
            assertThat(role.getArguments()).containsExactly("roles[1]", names(Role.values()));
        }

        @Test
        void ofAMapEntryIsNamedByItsKey() {
            UnreadableProperty answer = refusal("{\"answers\": {\"1\": 4, \"2\": \"often\"}}", GuidanceViews.Answers.class);

            assertThat(answer.getProperty()).isEqualTo("answers.2");
            assertThat(answer.getMessageKey()).isEqualTo("api.bad_json.whole_number");
        }
    }

    @Nested
    class AnUnknownProperty {

        @Test
        void isRefusedByName() {
            UnreadableProperty comment = refusal("{\"action\": \"SUBMIT\", \"coment\": \"Fine\", \"version\": 3}",
                    MobilityTransition.class);
            UnreadableProperty isco = refusal("{\"iscoCod\": \"5120\", \"hostId\": 7}", MobilityDraft.class);

            assertThat(comment.getProperty()).isEqualTo("coment");
            assertThat(comment.getMessageKey()).isEqualTo("api.bad_json.unknown_property");
            assertThat(comment.getArguments()).containsExactly("coment");
            assertThat(isco.getProperty()).isEqualTo("iscoCod");
            assertThat(isco.getMessageKey()).isEqualTo("api.bad_json.unknown_property");
        }

        @Test
        void inANestedObjectIsNamedByItsPath() {
            UnreadableProperty placement = refusal("""
                    {"placements": [{"iscoCode": "5120", "placementsPerYear": 2}, {"iscoCod": "5131"}]}""",
                    AgreementDraft.class);

            assertThat(placement.getProperty()).isEqualTo("placements[1].iscoCod");
            assertThat(placement.getMessageKey()).isEqualTo("api.bad_json.unknown_property");
        }

        @Test
        void isRefusedAlsoWhenItHoldsAnObject() {
            UnreadableProperty history = refusal("{\"history\": [{\"action\": \"SUBMIT\"}], \"hostId\": 7}",
                    MobilityDraft.class);

            assertThat(history.getProperty()).isEqualTo("history");
            assertThat(history.getMessageKey()).isEqualTo("api.bad_json.unknown_property");
        }
    }

    @Test
    void aBodyThatIsNoJsonOrOfAnotherShapeNamesNoProperty() {
        for (String json : new String[] {"{\"hostId\": 7,", "{\"hostId\": }", "{hostId: 7}", "[7]", "\"draft\""}) {
            JsonbException refused = catchThrowableOfType(JsonbException.class, () -> read(json, MobilityDraft.class));

            assertThat(refused).as(json).isNotNull().isNotInstanceOf(UnreadableProperty.class);
        }
    }

    private static String names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }
}
