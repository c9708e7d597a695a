package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Coordinators correct occupations and country profiles over the API with the body the GET gives
 * (sources by their codes); other roles may not, a stale version conflicts, invalid input changes
 * nothing, an unknown code is not found. Each test puts back what it changed.
 */
class GuidanceEditingApiIT {

    /** Bakers, pastry-cooks and confectionery makers: no other test reads its texts. */
    private static final String ISCO = "7512";
    /** The Netherlands: no other test reads its profile's texts. */
    private static final String COUNTRY = "NL";

    private static JsonObject occupation() {
        HttpResponse<String> response = asDemo("GET", "/api/occupations/" + ISCO, "coordinator", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** The body of a PUT as the GET answer gives it. */
    private static JsonObject occupationInput(JsonObject occupation) {
        return Json.createObjectBuilder()
                .add("title", occupation.get("title"))
                .add("description", occupation.get("description"))
                .add("skills", occupation.get("skills"))
                .add("sector", occupation.get("sector"))
                .add("riasec", occupation.get("riasec"))
                .add("eqfLevel", occupation.get("eqfLevel"))
                .add("demand", occupation.get("demand"))
                .add("version", occupation.get("version"))
                .build();
    }

    private static JsonObject withText(JsonObject input, String field, String language, String text) {
        return Json.createObjectBuilder(input)
                .add(field, Json.createObjectBuilder(input.getJsonObject(field)).add(language, text))
                .build();
    }

    private static JsonObject without(JsonObject input, String field, String language) {
        return Json.createObjectBuilder(input)
                .add(field, Json.createObjectBuilder(input.getJsonObject(field)).remove(language))
                .build();
    }

    private static HttpResponse<String> putOccupation(String username, String code, JsonObject body) {
        return asDemo("PUT", "/api/occupations/" + code, username, body.toString());
    }

    static JsonObject profile(String country) {
        HttpResponse<String> response = asDemo("GET", "/api/countries/" + country + "/profile", "coordinator", null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    /** Gives a country's profile back what it had, when a test changed it. */
    static void putBackProfile(String country, JsonObject original) {
        JsonObject now = profile(country);
        if (!now.getJsonNumber("version").equals(original.getJsonNumber("version"))) {
            JsonObject restore = Json.createObjectBuilder(profileInput(original)).add("version", now.get("version")).build();
            assertThat(putProfile("coordinator", country, restore).statusCode()).isEqualTo(200);
        }
    }

    /** The body of a PUT as the GET answer gives it: the sources by their codes. */
    static JsonObject profileInput(JsonObject profile) {
        JsonObject wage = profile.getJsonObject("wage");
        return Json.createObjectBuilder()
                .add("languages", profile.get("languages"))
                .add("labourMarket", profile.get("labourMarket"))
                .add("wages", profile.get("wages"))
                .add("wage", Json.createObjectBuilder(wage).add("source", wage.getJsonObject("source").getString("code")))
                .add("costOfLiving", profile.get("costOfLiving"))
                .add("costSource", profile.getJsonObject("costSource").getString("code"))
                .add("recognition", profile.get("recognition"))
                .add("practicalSteps", profile.get("practicalSteps"))
                .add("links", profile.get("links"))
                .add("textSource", profile.getJsonObject("textSource").getString("code"))
                .add("version", profile.get("version"))
                .build();
    }

    /** A link's label in the three languages. */
    private static JsonObject label(String en, String sq, String cnr) {
        return Json.createObjectBuilder().add("en", en).add("sq", sq).add("cnr", cnr).build();
    }

    private static HttpResponse<String> putProfile(String username, String code, JsonObject body) {
        return asDemo("PUT", "/api/countries/" + code + "/profile", username, body.toString());
    }

    @Test
    void theOpenApiDescriptionNamesBothCorrections() {
        HttpResponse<String> openApi = Platform.call("GET", "/openapi", null, null, null);
        assertThat(openApi.statusCode()).isEqualTo(200);
        assertThat(openApi.body()).contains("Coordinators: correct an occupation", "Coordinators: correct a country profile");
    }

    @Nested
    class Occupations {

        private JsonObject original;

        @BeforeEach
        void remember() {
            original = occupation();
        }

        @AfterEach
        void putBack() {
            JsonObject now = occupation();
            if (!now.getJsonNumber("version").equals(original.getJsonNumber("version"))) {
                JsonObject restore = Json.createObjectBuilder(occupationInput(original)).add("version", now.get("version")).build();
                assertThat(putOccupation("coordinator", ISCO, restore).statusCode()).isEqualTo(200);
            }
        }

        @Test
        void theCoordinatorCorrectsAnOccupationAndEveryoneReadsTheCorrection() {
            String description = Platform.unique("Bakers make bread and pastry; corrected over the API");
            JsonObject body = withText(occupationInput(original), "description", "en", description);
            body = Json.createObjectBuilder(body).add("demand", Json.createArrayBuilder(original.getJsonArray("demand").stream()
                    .map(JsonObject.class::cast)
                    .map(d -> d.getString("country").equals("FI") ? Json.createObjectBuilder(d).add("level", "SURPLUS").build() : d)
                    .toList())).build();

            HttpResponse<String> saved = putOccupation("coordinator", ISCO, body);

            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(json(saved).getJsonNumber("version").longValue()).isGreaterThan(original.getJsonNumber("version").longValue());
            JsonObject read = json(asDemo("GET", "/api/occupations/" + ISCO, "student.kpt", null));
            assertThat(read.getJsonObject("description").getString("en")).isEqualTo(description);
            assertThat(read.getJsonObject("title")).isEqualTo(original.getJsonObject("title"));
            assertThat(read.getJsonArray("demand").getValuesAs(JsonObject.class))
                    .filteredOn(d -> d.getString("country").equals("FI"))
                    .extracting(d -> d.getString("level")).containsExactly("SURPLUS");
        }

        @Test
        void aTeacherMayNotCorrectAnOccupation() {
            HttpResponse<String> refused = putOccupation("teacher.kpt", ISCO,
                    withText(occupationInput(original), "description", "en", "Changed by a teacher"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(occupation()).isEqualTo(original);
        }

        @Test
        void aCorrectionAgainstAStaleVersionConflicts() {
            JsonObject first = withText(occupationInput(original), "description", "en", Platform.unique("First correction"));
            assertThat(putOccupation("coordinator", ISCO, first).statusCode()).isEqualTo(200);

            HttpResponse<String> stale = putOccupation("coordinator", ISCO,
                    withText(occupationInput(original), "description", "en", "Second correction, on what the first one saw"));

            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(occupation().getJsonObject("description").getString("en")).isEqualTo(first.getJsonObject("description").getString("en"));
        }

        @Test
        void invalidInputIsRefusedWithItsReasonAndChangesNothing() {
            HttpResponse<String> noAlbanianTitle = putOccupation("coordinator", ISCO, without(occupationInput(original), "title", "sq"));
            assertThat(noAlbanianTitle.statusCode()).as(noAlbanianTitle.body()).isEqualTo(422);
            assertThat(noAlbanianTitle.body()).contains("titleSq");

            HttpResponse<String> script = putOccupation("coordinator", ISCO,
                    withText(occupationInput(original), "description", "cnr", "Pekari <script>alert(1)</script>"));
            assertThat(script.statusCode()).as(script.body()).isEqualTo(422);
            assertThat(script.body()).contains("descriptionCnr");

            JsonObject badLevel = Json.createObjectBuilder(occupationInput(original)).add("demand", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("country", "ES").add("level", "PLENTY").add("source", "PROJECT-DEMAND-2026")))
                    .build();
            HttpResponse<String> plenty = putOccupation("coordinator", ISCO, badLevel);
            assertThat(plenty.statusCode()).as(plenty.body()).isEqualTo(422);
            assertThat(plenty.body()).contains("demand").contains("PLENTY").contains("SHORTAGE");

            JsonObject unknownSource = Json.createObjectBuilder(occupationInput(original)).add("demand", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("country", "ES").add("level", "SHORTAGE").add("source", "NO-SUCH-SOURCE")))
                    .build();
            assertThat(putOccupation("coordinator", ISCO, unknownSource).statusCode()).isEqualTo(422);

            assertThat(occupation()).isEqualTo(original);
        }

        @Test
        void aDemandValueForACountryThePlatformDoesNotKnowIsRefusedNamingTheDemand() {
            JsonObject nowhere = Json.createObjectBuilder(occupationInput(original)).add("demand", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("country", "ZZ").add("level", "SHORTAGE").add("source", "PROJECT-DEMAND-2026")))
                    .build();

            HttpResponse<String> refused = putOccupation("coordinator", ISCO, nowhere);

            // Not a 409 from the database's foreign key, which would send the coordinator to reload for ever.
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("demand");
            assertThat(refused.body()).contains("ZZ");
            assertThat(occupation()).isEqualTo(original);
        }

        @Test
        void aCorrectionWithoutTheVersionLastReadIsRefusedNamingVersion() {
            JsonObject body = Json.createObjectBuilder(withText(occupationInput(original), "description", "en", "Without a version"))
                    .remove("version").build();

            HttpResponse<String> refused = putOccupation("coordinator", ISCO, body);

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
            assertThat(occupation()).isEqualTo(original);
        }

        @Test
        void anUnknownOccupationIsNotFound() {
            HttpResponse<String> missing = putOccupation("coordinator", "0110", occupationInput(original));
            assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        }
    }

    @Nested
    class CountryProfiles {

        private JsonObject original;

        @BeforeEach
        void remember() {
            original = profile(COUNTRY);
        }

        @AfterEach
        void putBack() {
            putBackProfile(COUNTRY, original);
        }

        @Test
        void theCoordinatorCorrectsAProfileAndEveryoneReadsTheCorrection() {
            String steps = Platform.unique("Register with the municipality first; corrected over the API");
            JsonObject body = withText(profileInput(original), "practicalSteps", "en", steps);
            body = Json.createObjectBuilder(body).add("links", Json.createArrayBuilder(original.getJsonArray("links"))
                    .add(Json.createObjectBuilder().add("label", label("Nuffic", "Nuffic (njohja e diplomave)",
                            "Nuffic (priznavanje diploma)")).add("url", "https://www.nuffic.nl/en"))).build();

            HttpResponse<String> saved = putProfile("coordinator", COUNTRY, body);

            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            JsonObject read = json(asDemo("GET", "/api/countries/nl/profile", "teacher.pljevlja", null));
            assertThat(read.getJsonObject("practicalSteps").getString("en")).isEqualTo(steps);
            assertThat(read.getJsonArray("links").getValuesAs(JsonObject.class))
                    .anySatisfy(link -> {
                        assertThat(link.getString("url")).isEqualTo("https://www.nuffic.nl/en");
                        assertThat(link.getJsonObject("label").getString("sq")).isEqualTo("Nuffic (njohja e diplomave)");
                    });
            assertThat(read.getJsonNumber("version").longValue()).isGreaterThan(original.getJsonNumber("version").longValue());
        }

        @Test
        void aTeacherMayNotCorrectAProfile() {
            HttpResponse<String> refused = putProfile("teacher.kpt", COUNTRY,
                    withText(profileInput(original), "practicalSteps", "en", "Changed by a teacher"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(profile(COUNTRY)).isEqualTo(original);
        }

        @Test
        void aCorrectionAgainstAStaleVersionConflicts() {
            JsonObject first = withText(profileInput(original), "practicalSteps", "en", Platform.unique("First correction"));
            assertThat(putProfile("coordinator", COUNTRY, first).statusCode()).isEqualTo(200);

            HttpResponse<String> stale = putProfile("coordinator", COUNTRY,
                    withText(profileInput(original), "practicalSteps", "en", "Second correction, on what the first one saw"));

            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(profile(COUNTRY).getJsonObject("practicalSteps").getString("en"))
                    .isEqualTo(first.getJsonObject("practicalSteps").getString("en"));
        }

        @Test
        void invalidInputIsRefusedWithItsReasonAndChangesNothing() {
            HttpResponse<String> noMontenegrin = putProfile("coordinator", COUNTRY, without(profileInput(original), "languages", "cnr"));
            assertThat(noMontenegrin.statusCode()).as(noMontenegrin.body()).isEqualTo(422);
            assertThat(noMontenegrin.body()).contains("languagesCnr");

            HttpResponse<String> script = putProfile("coordinator", COUNTRY,
                    withText(profileInput(original), "labourMarket", "en", "<img src=x onerror=alert(1)>"));
            assertThat(script.statusCode()).as(script.body()).isEqualTo(422);
            assertThat(script.body()).contains("labourMarketEn");

            JsonObject plainLink = Json.createObjectBuilder(profileInput(original)).add("links", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("label", label("Plain", "E thjeshtë", "Obična")).add("url", "http://example.org"))).build();
            HttpResponse<String> notHttps = putProfile("coordinator", COUNTRY, plainLink);
            assertThat(notHttps.statusCode()).as(notHttps.body()).isEqualTo(422);
            assertThat(notHttps.body()).contains("links");

            JsonObject untranslated = Json.createObjectBuilder(profileInput(original)).add("links", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("label", Json.createObjectBuilder().add("en", "Only English"))
                            .add("url", "https://example.org"))).build();
            HttpResponse<String> englishOnly = putProfile("coordinator", COUNTRY, untranslated);
            assertThat(englishOnly.statusCode()).as(englishOnly.body()).isEqualTo(422);
            assertThat(englishOnly.body()).contains("links");

            JsonObject weekly = Json.createObjectBuilder(profileInput(original)).add("wage",
                    Json.createObjectBuilder(profileInput(original).getJsonObject("wage")).add("period", "WEEK")).build();
            HttpResponse<String> week = putProfile("coordinator", COUNTRY, weekly);
            assertThat(week.statusCode()).as(week.body()).isEqualTo(422);
            assertThat(week.body()).contains("wagePeriod");

            assertThat(profile(COUNTRY)).isEqualTo(original);
        }

        @Test
        void aWageAmountTheColumnCannotHoldIsRefusedNamingTheAmountInsteadOfFailing() {
            for (String amount : new String[] {"12345678901.50", "1e30", "14.065"}) {
                JsonObject body = Json.createObjectBuilder(profileInput(original)).add("wage",
                        Json.createObjectBuilder(profileInput(original).getJsonObject("wage"))
                                .add("amount", Json.createValue(new java.math.BigDecimal(amount)))).build();

                HttpResponse<String> refused = putProfile("coordinator", COUNTRY, body);

                assertThat(refused.statusCode()).as(amount + ": " + refused.body()).isEqualTo(422);
                assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("wageAmount");
            }
            assertThat(profile(COUNTRY)).isEqualTo(original);
        }

        @Test
        void aCorrectionWithoutTheVersionLastReadIsRefusedNamingVersion() {
            JsonObject body = Json.createObjectBuilder(withText(profileInput(original), "practicalSteps", "en", "Without a version"))
                    .remove("version").build();

            HttpResponse<String> refused = putProfile("coordinator", COUNTRY, body);

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
            assertThat(profile(COUNTRY)).isEqualTo(original);
        }

        @Test
        void aCountryWithoutAProfileIsNotFound() {
            HttpResponse<String> missing = putProfile("coordinator", "US", profileInput(original));
            assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);
        }
    }
}
