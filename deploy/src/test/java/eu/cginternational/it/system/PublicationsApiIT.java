package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Research and policy through the API: public reading without signing in, coordinators manage, recommendations tracked. */
class PublicationsApiIT {

    private static String recommendation(String title, String country, String addressee) {
        return "{\"kind\": \"RECOMMENDATION\", \"title\": " + quoted(title) + ", \"summary\": \"From the API test\","
                + " \"country\": \"" + country + "\", \"publishedOn\": \"" + LocalDate.now() + "\","
                + (addressee == null ? "" : " \"addressee\": " + quoted(addressee) + ",")
                + " \"link\": \"https://example.org/recommendation\"}";
    }

    @Test
    void anyoneReadsTheRegisterFilteredByCountryWithoutSigningIn() {
        assertThat(asDemo("POST", "/api/publications", "coordinator", recommendation(Platform.unique("ME recommendation"), "ME",
                "Ministarstvo prosvjete, nauke i inovacija")).statusCode()).isEqualTo(201);
        assertThat(asDemo("POST", "/api/publications", "coordinator", "{\"kind\": \"REPORT\", \"title\": \"AL country report\","
                + " \"summary\": \"From the API test\", \"country\": \"AL\", \"publishedOn\": \"" + LocalDate.now() + "\"}")
                .statusCode()).isEqualTo(201);

        HttpResponse<String> me = call("GET", "/api/publications?country=ME", null, null, null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(json(me).getJsonArray("items").getValuesAs(JsonObject.class)).isNotEmpty()
                .allSatisfy(p -> assertThat(p.getString("country")).isEqualTo("ME"));
        assertThat(json(call("GET", "/api/publications?country=AL&kind=REPORT", null, null, null))
                .getJsonNumber("total").longValue()).isPositive();
    }

    @Test
    void theCoordinatorAddsARecommendationAndFollowsItsStatus() {
        String title = Platform.unique("API recommendation");
        HttpResponse<String> created = asDemo("POST", "/api/publications", "coordinator",
                recommendation(title, "AL", "Ministria e Arsimit dhe Sportit"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject body = json(created);
        assertThat(body.getString("status")).isEqualTo("PROPOSED");

        HttpResponse<String> adopted = asDemo("POST", "/api/publications/" + body.getJsonNumber("id") + "/status", "coordinator",
                "{\"status\": \"ADOPTED\", \"version\": " + body.getJsonNumber("version") + "}");
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        assertThat(json(call("GET", "/api/publications/" + body.getJsonNumber("id"), null, null, null)).getString("status"))
                .isEqualTo("ADOPTED");
    }

    @Test
    void aStatusOrAChangeWithoutTheVersionLastReadIsRefusedNamingItAndChangesNothing() {
        String title = Platform.unique("API recommendation without version");
        JsonObject body = json(asDemo("POST", "/api/publications", "coordinator",
                recommendation(title, "ME", "Ministarstvo prosvjete, nauke i inovacija")));
        String address = "/api/publications/" + body.getJsonNumber("id");

        HttpResponse<String> status = asDemo("POST", address + "/status", "coordinator", "{\"status\": \"ADOPTED\"}");
        HttpResponse<String> change = asDemo("PUT", address, "coordinator",
                recommendation(title + " changed", "ME", "Ministarstvo prosvjete, nauke i inovacija"));

        assertThat(status.statusCode()).as(status.body()).isEqualTo(422);
        assertThat(json(status).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
        assertThat(change.statusCode()).as(change.body()).isEqualTo(422);
        assertThat(json(change).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
        JsonObject after = json(call("GET", address, null, null, null));
        assertThat(after.getString("status")).isEqualTo("PROPOSED");
        assertThat(after.getString("title")).isEqualTo(title);
        assertThat(after.getJsonNumber("version")).isEqualTo(body.getJsonNumber("version"));
    }

    @Test
    void aChangeWithANewFileKeepsTheChangedTexts() {
        String pdf = java.util.Base64.getEncoder().encodeToString(
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        String title = Platform.unique("Report changed with its file");
        String report = "{\"kind\": \"REPORT\", \"title\": " + quoted(title) + ", \"summary\": \"A report\", \"country\": \"AL\","
                + " \"publishedOn\": \"" + LocalDate.now() + "\", \"file\": {\"name\": \"first.pdf\", \"base64\": \"" + pdf + "\"}";
        JsonObject created = json(asDemo("POST", "/api/publications", "coordinator", report + "}"));
        String address = "/api/publications/" + created.getJsonNumber("id");

        HttpResponse<String> changed = asDemo("PUT", address, "coordinator", report.replace(quoted(title), quoted(title + " v2"))
                .replace("first.pdf", "second.pdf") + ", \"version\": " + created.getJsonNumber("version") + "}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonObject after = json(call("GET", address, null, null, null));
        assertThat(after.getString("title")).isEqualTo(title + " v2");
        assertThat(after.getString("fileName")).isEqualTo("second.pdf");
    }

    @Test
    void theKindOfAPublicationDoesNotChange() {
        String title = Platform.unique("Report that stays one");
        String report = "{\"kind\": \"REPORT\", \"title\": " + quoted(title) + ", \"summary\": \"A report\", \"country\": \"AL\","
                + " \"publishedOn\": \"" + LocalDate.now() + "\", \"link\": \"https://example.org/report\"";
        HttpResponse<String> created = asDemo("POST", "/api/publications", "coordinator", report + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String address = "/api/publications/" + json(created).getJsonNumber("id");

        HttpResponse<String> changed = asDemo("PUT", address, "coordinator", report.replace("\"REPORT\"", "\"RECOMMENDATION\"")
                .replace(quoted(title), quoted(title + " v2")) + ", \"addressee\": \"Ministria e Arsimit\", \"version\": "
                + json(created).getJsonNumber("version") + "}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(422);
        assertThat(json(changed).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("kind");
        JsonObject after = json(call("GET", address, null, null, null));
        assertThat(after.getString("kind")).isEqualTo("REPORT");
        assertThat(after.getString("title")).isEqualTo(title);
        assertThat(after.getJsonNumber("version")).isEqualTo(json(created).getJsonNumber("version"));
    }

    /** The coordinator's today is at most a day or two ahead of UTC (Europe): two days ahead of UTC is ahead of it too. */
    @Test
    void aPublicationDatedAheadOfTheCoordinatorsDayIsRefusedNamingPublishedOnWhenAddedAndWhenChanged() {
        LocalDate ahead = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2);
        String title = Platform.unique("Report not out yet");
        String report = "{\"kind\": \"REPORT\", \"title\": " + quoted(title) + ", \"summary\": \"A report\", \"country\": \"AL\","
                + " \"publishedOn\": \"" + LocalDate.now() + "\"";
        HttpResponse<String> added = asDemo("POST", "/api/publications", "coordinator",
                report.replace(LocalDate.now().toString(), ahead.toString()) + "}");
        HttpResponse<String> created = asDemo("POST", "/api/publications", "coordinator", report + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String address = "/api/publications/" + json(created).getJsonNumber("id");
        HttpResponse<String> changed = asDemo("PUT", address, "coordinator", report.replace(LocalDate.now().toString(),
                ahead.toString()) + ", \"version\": " + json(created).getJsonNumber("version") + "}");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(422);
        JsonObject error = json(added).getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("publishedOn");
        assertThat(error.getString("message")).isEqualTo(Platform.serviceText("", "publication.published_on.future"));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(422);
        assertThat(json(changed).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("publishedOn");
        JsonObject after = json(call("GET", address, null, null, null));
        assertThat(after.getString("publishedOn")).isEqualTo(LocalDate.now().toString());
        assertThat(after.getJsonNumber("version")).isEqualTo(json(created).getJsonNumber("version"));
        // Saved, the one dated ahead would head the register.
        assertThat(json(call("GET", "/api/publications?size=100&sort=-publishedOn", null, null, null)).getJsonArray("items")
                .getValuesAs(JsonObject.class)).filteredOn(p -> p.getString("title").equals(title))
                .allSatisfy(p -> assertThat(p.getString("publishedOn")).isEqualTo(LocalDate.now().toString()));
    }

    @Test
    void aFileWithAVeryLongNameKeepsTheEndOfItsName() {
        String pdf = java.util.Base64.getEncoder().encodeToString(
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<String> created = asDemo("POST", "/api/publications", "coordinator", "{\"kind\": \"REPORT\","
                + " \"title\": " + quoted(Platform.unique("Long file name")) + ", \"summary\": \"A report\", \"country\": \"AL\","
                + " \"publishedOn\": \"" + LocalDate.now() + "\", \"file\": {\"name\": \"" + "r".repeat(250) + ".pdf\","
                + " \"base64\": \"" + pdf + "\"}}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).getString("fileName")).hasSize(200).endsWith("rrr.pdf");
    }

    @Test
    void onlyCoordinatorsManageAndARecommendationNeedsItsAddressee() {
        assertThat(asDemo("POST", "/api/publications", "teacher.kpt", recommendation("x", "AL", "y")).statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/publications", null, null, recommendation("x", "AL", "y")).statusCode()).isIn(401, 403);
        HttpResponse<String> noAddressee = asDemo("POST", "/api/publications", "coordinator", recommendation("x", "AL", null));
        assertThat(noAddressee.statusCode()).isEqualTo(422);
        assertThat(noAddressee.body()).contains("addressee");
        assertThat(asDemo("POST", "/api/publications", "coordinator", recommendation("x", "ZZ", "y")).statusCode()).isEqualTo(422);
    }

    /** One save tells everything there is to correct, as a form's save does, and keeps nothing of it. */
    @Test
    void aDraftWrongInSeveralWaysIsRefusedNamingEveryFieldAtOnceAndNothingIsSaved() {
        String title = Platform.unique("Wrong in five ways");
        String ahead = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(2).toString();
        String pdf = java.util.Base64.getEncoder().encodeToString("not a document".getBytes(
                java.nio.charset.StandardCharsets.US_ASCII));
        HttpResponse<String> refused = asDemo("POST", "/api/publications", "coordinator", "{\"kind\": \"RECOMMENDATION\","
                + " \"title\": " + quoted(title) + ", \"summary\": \"From the API test\", \"country\": \"ZZ\","
                + " \"publishedOn\": \"" + ahead + "\", \"link\": \"https://ministry.example@other.example/\","
                + " \"file\": {\"name\": \"recommendation.pdf\", \"base64\": \"" + pdf + "\"}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("addressee", "country", "file", "link", "publishedOn");
        assertThat(json(call("GET", "/api/publications?size=100&sort=-publishedOn", null, null, null)).getJsonArray("items")
                .getValuesAs(JsonObject.class)).noneMatch(p -> p.getString("title").equals(title));
    }
}
