package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Occupations, the interest self-assessment and country profiles through the REST API, with the 403, 404 and 422 rules. */
class GuidanceApiIT {

    /** Answers to all 36 items: 5 for the items of one type (item n has type (n-1) mod 6 in RIASEC order), 2 otherwise. */
    static String answers(int strongType, int count) {
        return "{\"answers\": {" + IntStream.rangeClosed(1, count)
                .mapToObj(n -> "\"" + n + "\": " + ((n - 1) % 6 == strongType ? 5 : 2))
                .collect(Collectors.joining(", ")) + "}}";
    }

    static long studentKptId() {
        JsonObject users = json(asDemo("GET", "/api/users?username=student.kpt", "coordinator", null));
        return users.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Nested
    class Occupations {

        @Test
        void theExplorerListsAtLeast150OccupationsPagedAndFiltered() {
            JsonObject all = json(asDemo("GET", "/api/occupations?size=5", "student.kpt", null));
            assertThat(all.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(150);
            assertThat(all.getJsonArray("items")).hasSize(5);

            JsonObject cooks = json(asDemo("GET", "/api/occupations?q=kuzhin&country=FI", "student.kpt", null));
            assertThat(cooks.getJsonArray("items").getValuesAs(JsonObject.class))
                    .extracting(o -> o.getString("iscoCode")).contains("5120", "3434");

            JsonObject social = json(asDemo("GET", "/api/occupations?riasec=S&sector=HEALTH_CARE&size=50", "teacher.kpt", null));
            assertThat(social.getJsonArray("items").getValuesAs(JsonObject.class))
                    .isNotEmpty()
                    .allSatisfy(o -> {
                        assertThat(o.getString("riasec")).contains("S");
                        assertThat(o.getString("sector")).isEqualTo("HEALTH_CARE");
                    });

            JsonObject balanced = json(asDemo("GET", "/api/occupations?country=ES&demand=SURPLUS", "student.kpt", null));
            assertThat(balanced.getJsonArray("items").getValuesAs(JsonObject.class)).allSatisfy(o ->
                    assertThat(o.getJsonArray("demand").getValuesAs(JsonObject.class))
                            .anySatisfy(d -> assertThat(d.getString("country") + d.getString("level")).isEqualTo("ESSURPLUS")));
        }

        @Test
        void anOccupationHasItsTextsInThreeLanguagesItsDemandAndItsSources() {
            JsonObject cook = json(asDemo("GET", "/api/occupations/5120", "student.kpt", null));
            assertThat(cook.getJsonObject("title").getString("en")).isEqualTo("Cook");
            assertThat(cook.getJsonObject("title").getString("sq")).isEqualTo("Kuzhinier");
            assertThat(cook.getJsonObject("title").getString("cnr")).isEqualTo("Kuvar");
            assertThat(cook.getJsonArray("demand").getValuesAs(JsonObject.class)).extracting(d -> d.getString("country"))
                    .containsExactlyInAnyOrder("AL", "AT", "DE", "ES", "FI", "IT", "ME", "NL", "XK");
            JsonObject source = cook.getJsonArray("sources").getJsonObject(0);
            assertThat(source.getString("code")).isEqualTo("PROJECT-DEMAND-2026");
            assertThat(source.getBoolean("official")).isFalse();
            assertThat(source.getString("note")).contains("to be reviewed");
            assertThat(cook.getString("opportunities")).isEqualTo("/opportunities/index.xhtml?isco=5120");
        }

        @Test
        void anUnknownCodeIsNotFound() {
            assertThat(asDemo("GET", "/api/occupations/0110", "student.kpt", null).statusCode()).isEqualTo(404);
        }
    }

    @Nested
    class Assessments {

        @Test
        void aStudentGetsScoresACodeAndMatchingOccupations() {
            HttpResponse<String> created = asDemo("POST", "/api/assessments", "student.lutfimusiqi", answers(3, 36));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonObject result = json(created);
            assertThat(result.getString("code")).startsWith("S").hasSize(3);
            assertThat(result.getJsonObject("scores").getInt("S")).isEqualTo(30);
            assertThat(result.getJsonObject("percentages").getInt("S")).isEqualTo(100);
            assertThat(result.getJsonObject("percentages").getInt("R")).isEqualTo(25);
            JsonObject best = result.getJsonArray("matches").getJsonObject(0);
            // Led by S (100) with any second type (25): (3 × 100 + 2 × 25) / 5 = 70, the best any occupation reaches here.
            assertThat(best.getString("riasec")).startsWith("S");
            assertThat(best.getInt("fit")).isEqualTo(70);

            assertThat(array(asDemo("GET", "/api/assessments", "student.lutfimusiqi", null))).isNotEmpty();
        }

        @Test
        void incompleteOrInvalidAnswersAre422() {
            HttpResponse<String> incomplete = asDemo("POST", "/api/assessments", "student.kpt", answers(0, 35));
            assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(422);
            assertThat(incomplete.body()).contains("1");
            String outOfScale = answers(0, 36).replace("\"7\": 5", "\"7\": 9");
            assertThat(asDemo("POST", "/api/assessments", "student.kpt", outOfScale).statusCode()).isEqualTo(422);
            String unknownItem = answers(0, 36).replace("}}", ", \"99\": 3}}");
            assertThat(asDemo("POST", "/api/assessments", "student.kpt", unknownItem).statusCode()).isEqualTo(422);
            assertThat(asDemo("POST", "/api/assessments", "student.kpt", "{}").statusCode()).isEqualTo(422);
        }

        @Test
        void onlyStudentsCompleteTheQuestionnaire() {
            assertThat(asDemo("POST", "/api/assessments", "teacher.kpt", answers(0, 36)).statusCode()).isEqualTo(403);
        }

        @Test
        void aTeacherOfTheStudentsSchoolReadsTheResultsAndATeacherOfAnotherSchoolDoesNot() {
            assertThat(asDemo("POST", "/api/assessments", "student.kpt", answers(0, 36)).statusCode()).isEqualTo(201);
            long student = studentKptId();

            HttpResponse<String> own = asDemo("GET", "/api/assessments?studentId=" + student, "teacher.kpt", null);
            assertThat(array(own).getValuesAs(JsonObject.class))
                    .anySatisfy(r -> assertThat(r.getString("code")).startsWith("R"));

            assertThat(asDemo("GET", "/api/assessments?studentId=" + student, "teacher.pljevlja", null).statusCode()).isEqualTo(403);
            assertThat(asDemo("GET", "/api/assessments?studentId=" + student, "school.pljevlja", null).statusCode()).isEqualTo(403);
            assertThat(asDemo("GET", "/api/assessments?studentId=" + student, "coordinator", null).statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class Countries {

        @Test
        void aProfileHasItsWageFigureWithYearAndSourceAndTheShortageOccupations() {
            HttpResponse<String> response = asDemo("GET", "/api/countries/de/profile", "student.kpt", null);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonObject germany = json(response);
            JsonObject wage = germany.getJsonObject("wage");
            assertThat(wage.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("12.82");
            assertThat(wage.getString("period")).isEqualTo("HOUR");
            assertThat(wage.getInt("year")).isEqualTo(2025);
            assertThat(wage.getJsonObject("source").getString("publisher")).contains("Germany");
            assertThat(germany.getJsonObject("languages").getString("sq")).isNotBlank();
            assertThat(germany.getJsonArray("links").getValuesAs(JsonObject.class))
                    .allSatisfy(l -> assertThat(l.getString("url")).startsWith("https://"))
                    .anySatisfy(l -> assertThat(l.getJsonObject("label").getString("sq"))
                            .isEqualTo("Njohja e kualifikimeve në Gjermani"))
                    .allSatisfy(l -> assertThat(l.getJsonObject("label").getString("cnr")).isNotBlank());
            assertThat(germany.getJsonArray("shortageOccupations")).isNotEmpty();
        }

        @Test
        void aCountryWithoutAStatutoryMinimumWageHasNoFigureButASource() {
            JsonObject italy = json(asDemo("GET", "/api/countries/IT/profile", "teacher.kpt", null));
            assertThat(Platform.isNull(italy.getJsonObject("wage"), "amount")).isTrue();
            assertThat(italy.getJsonObject("wage").getJsonObject("source").getString("publisher")).isEqualTo("Eurostat");
        }

        @Test
        void anUnknownCountryIsNotFound() {
            assertThat(asDemo("GET", "/api/countries/US/profile", "student.kpt", null).statusCode()).isEqualTo(404);
            assertThat(asDemo("GET", "/api/countries/xyz/profile", "student.kpt", null).statusCode()).isEqualTo(404);
        }
    }

    static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }
}
