package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.isNull;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.jsonArray;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The occupation of a mobility ({@code iscoCode}) through the REST API, and the indicators by occupation. */
class MobilityOccupationApiIT {

    /** Dates of their own, after those of the other mobility API tests. */
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Nested
    class TheCode {

        @Test
        void anApplicationNamesItsOccupationAndAChangeIsRead() {
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", draft("5120", null));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json(created).getJsonNumber("id").longValue();

            JsonObject read = json(asDemo("GET", "/api/mobilities/" + id, "student.kpt", null));
            assertThat(read.getString("iscoCode")).isEqualTo("5120");

            HttpResponse<String> changed = asDemo("PUT", "/api/mobilities/" + id, "student.kpt", draft("4224", read.getInt("version")));
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed).getString("iscoCode")).isEqualTo("4224");

            HttpResponse<String> cleared = asDemo("PUT", "/api/mobilities/" + id, "student.kpt",
                    draft(null, json(changed).getInt("version")));
            assertThat(isNull(json(cleared), "iscoCode")).isTrue();
        }

        @Test
        void anUnknownCodeIsRefusedWith422NamingTheFieldAndNothingIsWritten() {
            long before = mobilitiesOfStudentKpt();

            HttpResponse<String> unknown = asDemo("POST", "/api/mobilities", "student.kpt", draft("9999", null));
            HttpResponse<String> malformed = asDemo("POST", "/api/mobilities", "student.kpt", draft("51 20", null));

            for (HttpResponse<String> refused : List.of(unknown, malformed)) {
                assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
                assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("iscoCode");
            }
            assertThat(mobilitiesOfStudentKpt()).isEqualTo(before);
        }
    }

    @Nested
    class Indicators {

        @Test
        void anApprovedMobilityIsCountedByItsOccupationAndDestinationForTheCoordinatorAndItsMinistry() {
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", draft("7512", null));
            long id = json(created).getJsonNumber("id").longValue();
            MobilityApiIT.act(id, "student.kpt", "SUBMIT", null, 1);
            MobilityApiIT.act(id, "school.kpt", "APPROVE", null, 2);
            MobilityApiIT.act(id, "ministry.al", "APPROVE", null, 3);

            for (String reader : List.of("coordinator", "ministry.al")) {
                HttpResponse<String> answer = asDemo("GET", "/api/indicators?area=MOBILITIES_BY_OCCUPATION", reader, null);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(jsonArray(answer).getValuesAs(JsonObject.class)).anySatisfy(row -> {
                    assertThat(row.getString("area")).isEqualTo("MOBILITIES_BY_OCCUPATION");
                    assertThat(row.getString("school")).isEqualTo("Kolegji Profesional i Tiranës");
                    assertThat(row.getString("breakdown")).isEqualTo("7512");
                    assertThat(row.getString("destination")).isEqualTo("ES");
                    String count = row.getString("count");
                    assertThat(count.equals("<5") || count.equals("–") || Integer.parseInt(count) >= 5).as(count).isTrue();
                });
            }
            HttpResponse<String> me = asDemo("GET", "/api/indicators?area=MOBILITIES_BY_OCCUPATION", "ministry.me", null);
            assertThat(jsonArray(me).getValuesAs(JsonObject.class)).allSatisfy(row -> assertThat(row.getString("country")).isEqualTo("ME"));
            assertThat(asDemo("GET", "/api/indicators?area=MOBILITIES_BY_OCCUPATION", "school.kpt", null).statusCode()).isEqualTo(403);
        }
    }

    private static String draft(String iscoCode, Integer version) {
        LocalDate start = Platform.mondayInMonths(14).plusWeeks(NEXT_WEEK.incrementAndGet());
        return """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s", "iscoCode": %s, "version": %s}"""
                .formatted(hostInSpain(), start, start.plusDays(20), iscoCode == null ? "null" : quoted(iscoCode),
                        version == null ? "null" : version.toString());
    }

    private static long hostInSpain() {
        return json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long mobilitiesOfStudentKpt() {
        return json(asDemo("GET", "/api/mobilities?size=1", "student.kpt", null)).getJsonNumber("total").longValue();
    }
}
