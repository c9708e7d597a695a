package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.isNull;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The grant estimate and the rate tables through the REST API: the estimate follows the application,
 * it has the scope of the mobility, and only the coordinator changes rates, on the latest version and
 * with valid amounts. The seeded 2024 table is read and written back unchanged, never altered.
 */
class GrantApiIT {

    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Nested
    class Estimate {

        @Test
        void theEstimateFollowsTheApplicationWhenTheWayOfTravellingChanges() {
            LocalDate start = nextStart();
            long id = created(start, true);

            JsonObject green = estimate(id, "student.kpt");
            HttpResponse<String> revised = asDemo("PUT", "/api/mobilities/" + id, "student.kpt",
                    draft(start, false, true).replace("}", ", \"version\": 1}"));
            JsonObject standard = estimate(id, "student.kpt");

            assertThat(green.getInt("startYear")).isEqualTo(start.getYear());
            assertThat(green.getInt("rateYear")).isEqualTo(2024);
            assertThat(green.getBoolean("earlierYear")).isTrue();
            assertThat(green.getString("source")).startsWith("Erasmus+ Programme Guide 2024");
            assertThat(green.getInt("distanceKm")).isEqualTo(1717);
            assertThat(green.getJsonObject("band").getInt("minKm")).isEqualTo(500);
            assertThat(green.getJsonObject("band").getInt("maxKm")).isEqualTo(1999);
            assertThat(green.getJsonObject("travel").getString("status")).isEqualTo("COUNTED");
            assertThat(green.getJsonObject("travel").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("417");
            assertThat(green.getInt("travelDays")).isEqualTo(6);
            assertThat(green.getInt("fundedDays")).isEqualTo(20 + 6);
            assertThat(green.getString("participantKind")).isEqualTo("LEARNER");
            assertThat(green.getString("destinationGroup")).isEqualTo("GROUP_2");
            assertThat(green.getJsonObject("individualSupport").getString("status")).isEqualTo("NO_RATE");
            assertThat(isNull(green.getJsonObject("individualSupport"), "amount")).isTrue();
            assertThat(green.getJsonObject("inclusionSupport").getString("status")).isEqualTo("NOT_REQUESTED");
            assertThat(green.getBoolean("complete")).isFalse();

            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
            assertThat(json(revised).getBoolean("greenTravel")).isFalse();
            assertThat(json(revised).getBoolean("inclusionSupport")).isTrue();
            assertThat(standard.getJsonObject("travel").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("309");
            assertThat(standard.getInt("travelDays")).isEqualTo(2);
            assertThat(standard.getJsonObject("inclusionSupport").getString("status")).isEqualTo("NO_RATE");
            assertThat(standard.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("309");
        }

        @Test
        void onlyThoseWhoMaySeeTheMobilityGetItsEstimate() {
            long id = created(nextStart(), false);

            assertThat(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "school.kpt", null).statusCode()).isEqualTo(200);
            // The host sees a mobility, and its estimate, from the submitted application on.
            assertThat(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "partner.es", null).statusCode()).isEqualTo(404);
            MobilityApiIT.act(id, "student.kpt", "SUBMIT", null, 1);
            assertThat(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "partner.es", null).statusCode()).isEqualTo(200);
            assertThat(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "school.pljevlja", null).statusCode()).isEqualTo(404);
            assertThat(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "partner.al", null).statusCode()).isEqualTo(404);
            assertThat(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", null, null).statusCode()).isEqualTo(401);
        }
    }

    @Nested
    class RateTables {

        @Test
        void theCoordinatorReadsTheYearsAndTheirCitedSources() {
            HttpResponse<String> years = asDemo("GET", "/api/rate-tables", "coordinator", null);
            HttpResponse<String> year2024 = asDemo("GET", "/api/rate-tables/2024", "coordinator", null);

            assertThat(years.statusCode()).isEqualTo(200);
            assertThat(Json.createReader(new java.io.StringReader(years.body())).readArray().getValuesAs(JsonObject.class))
                    .anySatisfy(table -> assertThat(table.getInt("programmeYear")).isEqualTo(2024));
            assertThat(json(year2024).getJsonArray("travelBands")).hasSize(7);
            assertThat(json(year2024).getInt("travelDaysStandard")).isEqualTo(2);
            assertThat(json(year2024).getInt("travelDaysGreen")).isEqualTo(6);
            assertThat(json(year2024).getString("source")).contains("https://");
            assertThat(asDemo("GET", "/api/rate-tables/1990", "coordinator", null).statusCode()).isEqualTo(404);
        }

        @Test
        void aCopyOfAYearWithoutATableIsRefusedNamingCopyOf() {
            HttpResponse<String> refused = asDemo("POST", "/api/rate-tables", "coordinator",
                    "{\"programmeYear\": 2031, \"copyOf\": 1990}");

            // The address exists; what is wrong is the year the body names: not a 404.
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonObject error = json(refused).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("copyOf");
            assertThat(error.getString("message")).isEqualTo(Platform.serviceText("", "rates.copy_of.unknown", "1990"));
            assertThat(asDemo("GET", "/api/rate-tables/2031", "coordinator", null).statusCode()).isEqualTo(404);
        }

        @Test
        void otherRolesCannotReadOrChangeRates() {
            String body = unchanged2024();

            assertThat(asDemo("GET", "/api/rate-tables", "teacher.kpt", null).statusCode()).isEqualTo(403);
            assertThat(asDemo("PUT", "/api/rate-tables/2024", "school.kpt", body).statusCode()).isEqualTo(403);
        }

        @Test
        void aChangeNeedsTheLatestVersionAndValidAmounts() {
            JsonObject before = json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null));
            long version = before.getJsonNumber("version").longValue();
            JsonObject current = Json.createReader(new java.io.StringReader(unchanged2024())).readObject();
            JsonObjectBuilder stale = Json.createObjectBuilder(current).add("version", version - 1);
            JsonObjectBuilder negative = Json.createObjectBuilder(current).add("travelBands", Json.createArrayBuilder(
                    current.getJsonArray("travelBands")).set(0, Json.createObjectBuilder(
                            current.getJsonArray("travelBands").getJsonObject(0)).add("greenAmount", -1)));
            JsonObjectBuilder unordered = Json.createObjectBuilder(current).add("travelBands", Json.createArrayBuilder(
                    current.getJsonArray("travelBands")).set(0, current.getJsonArray("travelBands").get(2))
                    .set(2, current.getJsonArray("travelBands").get(0)));

            HttpResponse<String> conflict = asDemo("PUT", "/api/rate-tables/2024", "coordinator", stale.build().toString());
            HttpResponse<String> belowZero = asDemo("PUT", "/api/rate-tables/2024", "coordinator", negative.build().toString());
            HttpResponse<String> outOfOrder = asDemo("PUT", "/api/rate-tables/2024", "coordinator", unordered.build().toString());
            HttpResponse<String> same = asDemo("PUT", "/api/rate-tables/2024", "coordinator", current.toString());

            assertThat(conflict.statusCode()).isEqualTo(409);
            assertThat(belowZero.statusCode()).isEqualTo(422);
            assertThat(json(belowZero).getJsonArray("errors").getJsonObject(0).getString("field"))
                    .isEqualTo("travelBands[0].greenAmount");
            assertThat(outOfOrder.statusCode()).isEqualTo(422);
            assertThat(json(outOfOrder).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("travelBands");
            assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
            assertThat(json(same).getJsonNumber("version").longValue()).isEqualTo(version);
            assertThat(json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null))).isEqualTo(before);
        }

        @Test
        void aChangeWithoutTheVersionLastReadIsRefusedNamingVersionAndChangesNothing() {
            JsonObject before = json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null));
            JsonObject current = Json.createReader(new java.io.StringReader(unchanged2024())).readObject();
            JsonObject withoutVersion = Json.createObjectBuilder(current).add("travelDaysGreen", 5).remove("version").build();

            HttpResponse<String> refused = asDemo("PUT", "/api/rate-tables/2024", "coordinator", withoutVersion.toString());

            // A 409 would tell the coordinator that someone else changed the table, and to reload: nobody did.
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
            assertThat(json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null))).isEqualTo(before);
        }

        /** A table without a travel band cannot estimate a grant: every distance would fall into none. */
        @Test
        void aChangeThatLeavesNoTravelBandIsRefusedNamingTravelBandsAndChangesNothing() {
            JsonObject before = json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null));
            JsonObject current = Json.createReader(new java.io.StringReader(unchanged2024())).readObject();
            JsonObject withoutBands = Json.createObjectBuilder(current).add("travelBands", Json.createArrayBuilder()).build();

            HttpResponse<String> refused = asDemo("PUT", "/api/rate-tables/2024", "coordinator", withoutBands.toString());

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonObject error = json(refused).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("travelBands");
            assertThat(error.getString("message")).isEqualTo(Platform.serviceText("", "rates.rule.NO_TRAVEL_BANDS"));
            assertThat(json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null))).isEqualTo(before);
        }

        /** The 2024 table as a request body, exactly as it stands, with the version last read. */
        private String unchanged2024() {
            JsonObject table = json(asDemo("GET", "/api/rate-tables/2024", "coordinator", null));
            JsonObjectBuilder body = Json.createObjectBuilder(table);
            body.remove("programmeYear");
            return body.build().toString();
        }
    }

    private static JsonObject estimate(long id, String username) {
        HttpResponse<String> answer = asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", username, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    /** A learner mobility of student.kpt to Costa Azul Hoteles in Valencia, 20 days from the start. */
    private static long created(LocalDate start, boolean green) {
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", draft(start, green, false));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).getBoolean("greenTravel")).isEqualTo(green);
        return json(created).getJsonNumber("id").longValue();
    }

    private static String draft(LocalDate start, boolean green, boolean inclusion) {
        return """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s", "greenTravel": %b, "inclusionSupport": %b}"""
                .formatted(hostInSpain(), start, start.plusDays(19), green, inclusion);
    }

    private static long hostInSpain() {
        return json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static LocalDate nextStart() {
        return Platform.mondayInMonths(20).plusWeeks(NEXT_WEEK.incrementAndGet());
    }
}
