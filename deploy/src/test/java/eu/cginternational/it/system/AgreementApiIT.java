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
        HttpResponse<String> created = asDemo("POST", "/api/agreements", "school.kpt", terms(Platform.unique("API agreement"), 1, null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }

    /** A new agreement of school.kpt with Costa Azul, sent for signature: partner.es signs first, then school.kpt. */
    static long sentForSignature() {
        JsonObject agreement = draft();
        long id = agreement.getJsonNumber("id").longValue();
        HttpResponse<String> sent = asDemo("POST", "/api/agreements/" + id + "/transitions", "school.kpt",
                "{\"action\": \"SEND\", \"version\": " + agreement.getJsonNumber("version") + "}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        return id;
    }

    /** The terms of a kitchen placements agreement with Costa Azul, signed by partner.es and then school.kpt. */
    private static String terms(String title, int mentors, Long version) {
        LocalDate start = LocalDate.now().plusMonths(1);
        return """
                {"title": "%s", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": %d,
                 "signerIds": [%d, %d], "version": %s}""".formatted(title, institution("Costa Azul"), start, start.plusYears(1),
                mentors, account("partner.es"), account("school.kpt"), version);
    }

    private static HttpResponse<String> act(long id, String username, String action, String comment, JsonObject seen) {
        return asDemo("POST", "/api/agreements/" + id + "/transitions", username, "{\"action\": \"%s\", \"comment\": %s, \"version\": %s}"
                .formatted(action, comment == null ? "null" : Platform.quoted(comment), seen.getJsonNumber("version")));
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
    void theSignedPdfIsConfirmedByTheRegisterAndOneChangedByteMatchesNothing() {
        JsonObject agreement = draft();
        long id = agreement.getJsonNumber("id").longValue();
        assertThat(act(id, "school.kpt", "SEND", null, agreement).statusCode()).isEqualTo(200);
        String signature = """
                {"password": "%s", "typedName": "%s", "drawnSignature": "%s", "consentVersion": "2026-1"}""";
        String png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAEklEQVR4nGOQUq77j4wZSBcAAJNhG6GF9LkZAAAAAElFTkSuQmCC";
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "partner.es",
                signature.formatted(Platform.DEMO_PASSWORD, "Javier Ortega", png)).statusCode()).isEqualTo(200);
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "school.kpt",
                signature.formatted(Platform.DEMO_PASSWORD, "Besnik Leka", png)).statusCode()).isEqualTo(200);

        HttpResponse<byte[]> pdf = SigningApiIT.bytes("/api/agreements/" + id + "/document?version=1", "partner.es");
        assertThat(pdf.statusCode()).isEqualTo(200);
        JsonObject verified = json(SigningApiIT.verifyPdf(pdf.body()));
        assertThat(verified.getBoolean("matches")).isTrue();
        assertThat(verified.getJsonObject("document").getString("status")).isEqualTo("SIGNED");
        byte[] changed = pdf.body().clone();
        changed[changed.length / 2] ^= 0x01;
        assertThat(json(SigningApiIT.verifyPdf(changed)).getBoolean("matches")).isFalse();
    }

    @Test
    void aDeclineWithItsReasonReachesTheAuthorWhoSendsANewVersion() {
        JsonObject agreement = draft();
        long id = agreement.getJsonNumber("id").longValue();
        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, agreement);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        HttpResponse<String> declined = act(id, "partner.es", "DECLINE", "Two mentors, not one.", json(sent));
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(json(declined).getString("status")).isEqualTo("DECLINED");
        assertThat(asDemo("GET", "/api/notifications?size=50", "school.kpt", null).body()).contains("Two mentors, not one.");

        HttpResponse<String> amended = act(id, "school.kpt", "AMEND", null, json(declined));
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(json(amended).getString("status")).isEqualTo("DRAFT");
        HttpResponse<String> revised = asDemo("PUT", "/api/agreements/" + id, "school.kpt",
                terms(json(amended).getString("title"), 2, json(amended).getJsonNumber("version").longValue()));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        HttpResponse<String> resent = act(id, "school.kpt", "SEND", null, json(revised));
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(json(resent).getString("status")).isEqualTo("SENT_FOR_SIGNATURE");
        assertThat(json(resent).getJsonArray("versions")).hasSize(2);
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

    @Test
    void applicationsAreListedAPageAtATimeToTheStudentAndTheirSchoolOnly() {
        long developers = json(asDemo("GET", "/api/opportunities?isco=2512", "student.pljevlja", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> applied = asDemo("POST", "/api/opportunities/" + developers + "/applications", "student.pljevlja",
                "{\"motivation\": \"I build our school's website.\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        long id = json(applied).getJsonNumber("id").longValue();

        JsonObject mine = json(asDemo("GET", "/api/opportunities/applications/mine?size=1&sort=-appliedAt", "student.pljevlja", null));
        JsonObject waitingAtTheSchool = json(asDemo("GET", "/api/opportunities/applications/school?status=PENDING",
                "school.pljevlja", null));
        JsonObject elsewhere = json(asDemo("GET", "/api/opportunities/applications/school", "school.kpt", null));

        assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(a -> a.getJsonNumber("id").longValue())
                .containsExactly(id);
        assertThat(waitingAtTheSchool.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("id").longValue()).contains(id);
        assertThat(elsewhere.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("id").longValue()).doesNotContain(id);
        assertThat(asDemo("GET", "/api/opportunities/applications/school", "student.pljevlja", null).statusCode()).isEqualTo(403);
    }
}
