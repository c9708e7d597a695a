package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The agreements API over HTTP: drafting, the 403/404/409/422 rules as for mobilities, sending
 * through the signing engine, signing in order with the password, and the opportunities board.
 */
class AgreementApiIT {

    private static long institution(String name) {
        return json(asDemo("GET", "/api/institutions?name=" + name.replace(" ", "%20"), "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static long account(String username) {
        return json(asDemo("GET", "/api/users?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject draft() {
        LocalDate start = LocalDate.now().plusMonths(1);
        HttpResponse<String> created = asDemo("POST", "/api/agreements", "school.kpt", """
                {"title": "%s", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": 1,
                 "signerIds": [%d, %d]}""".formatted(Platform.unique("API agreement"), institution("Costa Azul"), start,
                start.plusYears(1), account("partner.es"), account("school.kpt")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    @Test
    void draftingFollowsTheRulesOfTheApi() {
        JsonObject agreement = draft();
        long id = agreement.getJsonNumber("id").longValue();
        long version = agreement.getJsonNumber("version").longValue();
        assertThat(agreement.getString("status")).isEqualTo("DRAFT");
        assertThat(agreement.getJsonArray("actions").getString(0)).isEqualTo("SEND");

        assertThat(asDemo("POST", "/api/agreements", "student.kpt", "{}").statusCode()).isEqualTo(403);
        assertThat(asDemo("GET", "/api/agreements/" + id, "partner.al", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("POST", "/api/agreements/" + id + "/transitions", "school.kpt",
                "{\"action\": \"TERMINATE\", \"comment\": \"no\", \"version\": " + version + "}").statusCode()).isEqualTo(422);
        assertThat(asDemo("POST", "/api/agreements/" + id + "/transitions", "school.kpt",
                "{\"action\": \"SEND\", \"version\": " + (version - 1) + "}").statusCode()).isEqualTo(409);
        HttpResponse<String> pdf = asDemo("GET", "/api/agreements/" + id + "/document", "partner.es", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
    }

    @Test
    void signersSignInOrderWithTheirPassword() {
        JsonObject agreement = draft();
        long id = agreement.getJsonNumber("id").longValue();
        HttpResponse<String> sent = asDemo("POST", "/api/agreements/" + id + "/transitions", "school.kpt",
                "{\"action\": \"SEND\", \"version\": " + agreement.getJsonNumber("version") + "}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(json(sent).getString("status")).isEqualTo("SENT_FOR_SIGNATURE");
        assertThat(json(sent).getString("nextSigner")).isEqualTo("partner.es");

        String signature = """
                {"password": "%s", "typedName": "%s", "drawnSignature": "%s", "consentVersion": "2026-1"}""";
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAEklEQVR4nGOQUq77j4wZSBcAAJNhG6GF9LkZAAAAAElFTkSuQmCC";
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "school.kpt",
                signature.formatted(Platform.DEMO_PASSWORD, "Besnik Leka", png)).statusCode()).isEqualTo(422);
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "partner.al",
                signature.formatted(Platform.DEMO_PASSWORD, "Ermal Kola", png)).statusCode()).isEqualTo(404);
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "partner.es",
                signature.formatted("not-the-password", "Javier Ortega", png)).statusCode()).isEqualTo(422);

        HttpResponse<String> first = asDemo("POST", "/api/agreements/" + id + "/signatures", "partner.es",
                signature.formatted(Platform.DEMO_PASSWORD, "Javier Ortega", png));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null)).getString("status"))
                .isEqualTo("PARTIALLY_SIGNED");
        HttpResponse<String> second = asDemo("POST", "/api/agreements/" + id + "/signatures", "school.kpt",
                signature.formatted(Platform.DEMO_PASSWORD, "Besnik Leka", png));
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        JsonObject active = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        assertThat(active.getJsonNumber("versionInForce").intValue()).isEqualTo(1);
    }

    @Test
    void theBoardFiltersByOccupationAndCountry() {
        JsonObject cooks = json(asDemo("GET", "/api/opportunities?isco=5120&country=ES", "student.pljevlja", null));
        assertThat(cooks.getJsonNumber("total").longValue()).isPositive();
        assertThat(cooks.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(o -> o.getString("iscoCode").equals("5120") && o.getString("countryCode").equals("ES"));
        JsonObject developers = json(asDemo("GET", "/api/opportunities?isco=2512", "student.pljevlja", null));
        assertThat(developers.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("countryCode")).containsOnly("AL");
        long id = developers.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(asDemo("POST", "/api/opportunities/" + id + "/applications", "student.pljevlja",
                "{\"motivation\": \"\"}").statusCode()).isEqualTo(422);
        assertThat(asDemo("POST", "/api/opportunities/" + id + "/applications", "school.kpt",
                "{\"motivation\": \"Me\"}").statusCode()).isEqualTo(403);
    }
}
