package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
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

        String read = signingVersion(id, "partner.es");
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "school.kpt",
                SIGNATURE.formatted(Platform.DEMO_PASSWORD, "Besnik Leka", PNG, read)).statusCode()).isEqualTo(422);
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "partner.al",
                SIGNATURE.formatted(Platform.DEMO_PASSWORD, "Ermal Kola", PNG, read)).statusCode()).isEqualTo(404);
        assertThat(asDemo("POST", "/api/agreements/" + id + "/signatures", "partner.es",
                SIGNATURE.formatted("not-the-password", "Javier Ortega", PNG, read)).statusCode()).isEqualTo(422);

        HttpResponse<String> first = sign(id, "partner.es", "Javier Ortega");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null)).getString("status"))
                .isEqualTo("PARTIALLY_SIGNED");
        HttpResponse<String> second = sign(id, "school.kpt", "Besnik Leka");
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
        assertThat(sign(id, "partner.es", "Javier Ortega").statusCode()).isEqualTo(200);
        assertThat(sign(id, "school.kpt", "Besnik Leka").statusCode()).isEqualTo(200);

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

    private static final String SIGNATURE = """
            {"password": "%s", "typedName": "%s", "drawnSignature": "%s", "consentVersion": "2026-1", "version": %s}""";
    private static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAYAAACp8Z5+AAAAEklEQVR4nGOQUq77j4wZSBcAAJNhG6GF9LkZAAAAAElFTkSuQmCC";

    /** Signs as the account, naming the signing document's version as the account reads it just before. */
    private static HttpResponse<String> sign(long id, String username, String typedName) {
        return asDemo("POST", "/api/agreements/" + id + "/signatures", username,
                SIGNATURE.formatted(Platform.DEMO_PASSWORD, typedName, PNG, signingVersion(id, username)));
    }

    /**
     * The version of the agreement's signing document ({@code signingDocument}) as the account reads it, which a
     * signature names; {@code null} when the agreement shows none.
     */
    private static String signingVersion(long id, String username) {
        JsonObject agreement = json(asDemo("GET", "/api/agreements/" + id, username, null));
        if (Platform.isNull(agreement, "signingDocument")) {
            return "null";
        }
        return String.valueOf(json(asDemo("GET", agreement.getString("signingDocument"), username, null)).getInt("version"));
    }

    /** A new agreement of school.kpt with Costa Azul, in force from yesterday for a year: signed by partner.es and school.kpt. */
    private static JsonObject inForce() {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String body = """
                {"title": "%s", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": 1,
                 "signerIds": [%d, %d]}""".formatted(Platform.unique("In force"), institution("Costa Azul"), start,
                start.plusYears(1), account("partner.es"), account("school.kpt"));
        HttpResponse<String> created = asDemo("POST", "/api/agreements", "school.kpt", body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        assertThat(act(id, "school.kpt", "SEND", null, json(created)).statusCode()).isEqualTo(200);
        assertThat(sign(id, "partner.es", "Javier Ortega").statusCode()).isEqualTo(200);
        assertThat(sign(id, "school.kpt", "Besnik Leka").statusCode()).isEqualTo(200);
        JsonObject active = json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null));
        assertThat(active.getString("status")).isEqualTo("ACTIVE");
        return active;
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    /** partner.es publishes a cooks' placement in Málaga under the agreement, starting in 40 days for a month. */
    private static JsonObject placement(long agreementId) {
        HttpResponse<String> published = publish(agreementId, "partner.es");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        return json(published);
    }

    /**
     * A partner asks to publish a cooks' placement in its company's country (Málaga for partner.es, Tirana for partner.al)
     * under the agreement, starting in 40 days for a month.
     */
    private static HttpResponse<String> publish(long agreementId, String partner) {
        return publish(agreementId, partner, partner.equals("partner.al") ? "AL" : "ES");
    }

    private static HttpResponse<String> publish(long agreementId, String partner, String countryCode) {
        return publish(agreementId, partner, countryCode, "5120", "es");
    }

    private static HttpResponse<String> publish(long agreementId, String partner, String countryCode, String iscoCode,
            String workLanguage) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(40);
        return asDemo("POST", "/api/opportunities", partner, """
                {"agreementId": %d, "iscoCode": "%s", "occupationTitle": "Cooks", "countryCode": "%s", "city": "%s",
                 "startDate": "%s", "endDate": "%s", "seats": 2, "workLanguage": "%s", "description": "Beach hotel kitchen."}"""
                .formatted(agreementId, iscoCode, countryCode, countryCode.equals("AL") ? "Tirana" : "Málaga", start,
                        start.plusDays(29), workLanguage));
    }

    /** A 422 naming the field alone, with its message in the caller's language (the bundle's suffix: "" or "_sq"). */
    private static void assertRefused(HttpResponse<String> response, String field, String languageSuffix, String validationKey) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        assertThat(json(response).getJsonArray("errors")).singleElement()
                .extracting(error -> error.asJsonObject().getString("field"), error -> error.asJsonObject().getString("message"))
                .containsExactly(field, Platform.validationText(languageSuffix, validationKey));
    }

    /**
     * Four digits are no ISCO-08 code unless they name a unit group: 0000 and 1000 name none, nor do 1511 and 9711, whose
     * sub-major groups ISCO-08 does not have.
     */
    @Test
    void anIscoCodeThatNamesNoUnitGroupIsRefusedNamingItsFieldInAnAgreementAndAPlacement() {
        assertRefused(asDemo("POST", "/api/agreements", "school.kpt",
                terms(Platform.unique("API agreement"), 1, null).replace("\"5120\"", "\"1000\"")),
                "placements[0].iscoCode", "_sq", "agreement.isco.format");
        long agreementId = id(inForce());
        for (String code : List.of("0000", "1000", "1511", "9711")) {
            assertRefused(publish(agreementId, "partner.es", "ES", code, "es"), "iscoCode", "", "agreement.isco.format");
        }
    }

    /** A placement's language of work is a language code the platform knows: ISO 639-1, or cnr for Montenegrin. */
    @Test
    void aLanguageOfWorkThatIsNoLanguageCodeIsRefusedNamingWorkLanguage() {
        long agreementId = id(inForce());
        for (String code : List.of("xx", "zzz")) {
            assertRefused(publish(agreementId, "partner.es", "ES", "5120", code), "workLanguage", "", "opportunity.language.unknown");
        }
        HttpResponse<String> montenegrin = publish(agreementId, "partner.es", "ES", "5120", "cnr");
        assertThat(montenegrin.statusCode()).as(montenegrin.body()).isEqualTo(201);
        assertThat(json(montenegrin).getString("workLanguage")).isEqualTo("cnr");
    }

    /** The mobility an accepted application becomes goes to the company: a placement elsewhere is refused, naming where it is. */
    @Test
    void aPlacementIsPublishedInTheCountryOfItsCompany() {
        long id = id(inForce());
        HttpResponse<String> elsewhere = publish(id, "partner.es", "AL");
        assertThat(elsewhere.statusCode()).as(elsewhere.body()).isEqualTo(422);
        assertThat(json(elsewhere).getString("detail")).isEqualTo(MessageFormat.format(
                Platform.text("", "agreement.rule.PLACEMENT_NOT_IN_HOSTS_COUNTRY"), "Costa Azul Hoteles S.L.", "Spain"));
    }

    /** school.kpt writes the amendment's terms, sends it, and the company's partner and school.kpt sign it, in that order. */
    private static void signedByAll(long id, String terms, String partner, String partnersName) {
        HttpResponse<String> revised = asDemo("PUT", "/api/agreements/" + id, "school.kpt", terms);
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(act(id, "school.kpt", "SEND", null, json(revised)).statusCode()).isEqualTo(200);
        assertThat(sign(id, partner, partnersName).statusCode()).isEqualTo(200);
        assertThat(sign(id, "school.kpt", "Besnik Leka").statusCode()).isEqualTo(200);
    }

    /** The placement of partner.es is closed, and the application that waited there declined with its reason. */
    private static void assertClosedDecliningTheApplication(JsonObject placement, JsonObject application) {
        assertThat(json(asDemo("GET", "/api/opportunities/" + id(placement), "partner.es", null)).getString("status"))
                .isEqualTo("CLOSED");
        JsonObject declined = json(asDemo("GET", "/api/opportunities/applications/" + id(application), "student.kpt", null));
        assertThat(declined.getString("status")).isEqualTo("DECLINED");
        assertThat(declined.getString("declineReason")).contains("Cooks", "Málaga");
    }

    private static JsonObject applyTo(JsonObject placement, String student) {
        HttpResponse<String> applied = asDemo("POST", "/api/opportunities/" + id(placement) + "/applications", student,
                "{\"motivation\": \"I cook at home every day.\"}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);
        return json(applied);
    }

    /**
     * The terms of an amendment of an agreement in force from yesterday for a year, between school.kpt and the companies
     * named, with the signers given in their order.
     */
    private static String amendment(String title, List<String> companies, List<String> signers, JsonObject seen) {
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        return """
                {"title": "%s", "partyIds": %s, "objectives": "Kitchen and office placements.", "startDate": "%s",
                 "endDate": "%s", "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}],
                 "mentors": 2, "signerIds": %s, "version": %s}""".formatted(title,
                companies.stream().map(c -> String.valueOf(institution(c))).toList(), start, start.plusYears(1),
                signers.stream().map(u -> String.valueOf(account(u))).toList(), seen.getJsonNumber("version"));
    }

    private static List<String> names(JsonArray institutions) {
        return institutions.getValuesAs(JsonObject.class).stream().map(i -> i.getString("name")).toList();
    }

    private static List<String> actions(JsonObject agreement) {
        return agreement.getJsonArray("actions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static long listedWithTitle(String title, String username) {
        return json(asDemo("GET", "/api/agreements?title=" + title.replace(" ", "%20"), username, null))
                .getJsonNumber("total").longValue();
    }

    /**
     * An amendment being written takes Tirana Digital in and leaves Costa Azul out. Until it is signed by all, Tirana
     * reads the agreement and writes the amendment, nothing more; Costa Azul keeps the rights and the sight it has under
     * the version in force. Declined, the amendment leaves the agreement as it was: Tirana no longer sees it.
     */
    @Test
    void aCompanyTakenInByAnAmendmentHasNoRightUnderTheVersionInForceAndOneLeftOutKeepsItsUntilItIsSigned() {
        JsonObject active = inForce();
        long id = id(active);
        String title = active.getString("title");
        JsonObject amended = json(act(id, "school.kpt", "AMEND", null, active));
        HttpResponse<String> revised = asDemo("PUT", "/api/agreements/" + id, "school.kpt", amendment(title + " and offices",
                List.of("Tirana Digital"), List.of("partner.al", "school.kpt"), amended));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);

        JsonObject seenByTirana = json(asDemo("GET", "/api/agreements/" + id, "partner.al", null));
        assertThat(actions(seenByTirana)).isEmpty();
        assertThat(names(seenByTirana.getJsonArray("parties"))).noneMatch(name -> name.startsWith("Tirana Digital"));
        assertThat(names(seenByTirana.getJsonArray("versions").getJsonObject(1).getJsonArray("parties")))
                .anyMatch(name -> name.startsWith("Tirana Digital")).noneMatch(name -> name.startsWith("Costa Azul"));
        assertThat(seenByTirana.getJsonArray("versions").getJsonObject(0).getString("title")).isEqualTo(title);
        assertThat(listedWithTitle(title, "partner.al")).isEqualTo(1);
        HttpResponse<String> draftPdf = asDemo("GET", "/api/agreements/" + id + "/document?version=2", "partner.al", null);
        assertThat(draftPdf.statusCode()).isEqualTo(200);
        assertThat(draftPdf.body()).startsWith("%PDF-");
        assertThat(act(id, "partner.al", "TERMINATE", "Not ours.", seenByTirana).statusCode()).isEqualTo(403);
        assertThat(act(id, "partner.al", "SEND", null, seenByTirana).statusCode()).isEqualTo(403);
        HttpResponse<String> published = publish(id, "partner.al");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(422);
        assertThat(published.body()).contains(Platform.text("_sq", "agreement.rule.NOT_A_PARTY")); // partner.al reads Albanian
        HttpResponse<String> rewritten = asDemo("PUT", "/api/agreements/" + id, "partner.al", amendment(title + " and offices",
                List.of("Tirana Digital"), List.of("partner.al", "school.kpt"), seenByTirana));
        assertThat(rewritten.statusCode()).as(rewritten.body()).isEqualTo(200);

        JsonObject seenByCostaAzul = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(actions(seenByCostaAzul)).contains("TERMINATE");
        assertThat(names(seenByCostaAzul.getJsonArray("parties"))).anyMatch(name -> name.startsWith("Costa Azul"));
        JsonObject placement = placement(id);
        assertThat(asDemo("PUT", "/api/agreements/" + id, "partner.es", amendment(title, List.of("Costa Azul"),
                List.of("partner.es", "school.kpt"), seenByCostaAzul)).statusCode()).isEqualTo(403);

        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, json(rewritten));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(act(id, "partner.al", "TERMINATE", "Not ours.", json(sent)).statusCode()).isEqualTo(403);
        assertThat(asDemo("GET", "/api/agreements/" + id, "partner.es", null).statusCode()).isEqualTo(200);
        HttpResponse<String> declined = act(id, "partner.al", "DECLINE", "Not this year.", json(sent));
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);

        assertThat(asDemo("GET", "/api/agreements/" + id, "partner.al", null).statusCode()).isEqualTo(404);
        assertThat(listedWithTitle(title, "partner.al")).isZero();
        JsonObject after = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(after.getString("status")).isEqualTo("ACTIVE");
        assertThat(after.getString("title")).isEqualTo(title);
        assertThat(actions(after)).contains("TERMINATE");
        assertThat(listedWithTitle(title, "partner.es")).isEqualTo(1);
        assertThat(json(asDemo("GET", "/api/opportunities/" + id(placement), "partner.es", null)).getString("status"))
                .isEqualTo("OPEN");
    }

    /**
     * Signed by all, an amendment that took Tirana Digital in and left Costa Azul out moves the parties: Tirana publishes,
     * Costa Azul no longer sees the agreement and its placements close, the applications waiting there declined.
     */
    @Test
    void anAmendmentSignedByAllMovesThePartiesAndClosesThePlacementsOfACompanyItLeftOut() {
        JsonObject active = inForce();
        long id = id(active);
        JsonObject placement = placement(id);
        JsonObject application = applyTo(placement, "student.kpt");
        JsonObject amended = json(act(id, "school.kpt", "AMEND", null, active));
        signedByAll(id, amendment(active.getString("title"), List.of("Tirana Digital"), List.of("partner.al", "school.kpt"),
                amended), "partner.al", "Ermal Kola");

        JsonObject signed = json(asDemo("GET", "/api/agreements/" + id, "partner.al", null));
        assertThat(signed.getJsonNumber("versionInForce").intValue()).isEqualTo(2);
        assertThat(actions(signed)).contains("TERMINATE");
        assertThat(asDemo("GET", "/api/agreements/" + id, "partner.es", null).statusCode()).isEqualTo(404);
        assertClosedDecliningTheApplication(placement, application);
        HttpResponse<String> published = publish(id, "partner.al");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
    }

    /**
     * Whoever sees an agreement reads every version of it, its PDF and its signed document: an amendment takes Tirana
     * Digital and SVS-Pljevlja in and leaves Costa Azul out, and from the draft on Tirana Digital, SVS-Pljevlja's
     * administrator and teacher and the ministry of Montenegro read version 1, which they never signed. Another school
     * and another country's ministry do not: the agreement does not exist for them. Once the amendment is signed by all,
     * Costa Azul no longer sees the agreement, but keeps reading the version it signed, not the amendment.
     */
    @Test
    void everyoneWhoSeesTheAgreementReadsEveryVersionAndAPartyLeftOutKeepsTheOneItSigned() {
        JsonObject active = inForce();
        long id = id(active);
        long first = signedDocumentOf(active, 1);
        JsonObject amended = json(act(id, "school.kpt", "AMEND", null, active));
        HttpResponse<String> revised = asDemo("PUT", "/api/agreements/" + id, "school.kpt", amendment(active.getString("title"),
                List.of("Tirana Digital", "SVS-Pljevlja"), List.of("partner.al", "school.pljevlja", "school.kpt"), amended));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);

        List<String> takenIn = List.of("partner.al", "school.pljevlja", "teacher.pljevlja", "ministry.me");
        takenIn.forEach(reader -> assertReads(id, 1, first, reader));
        List<String> outside = List.of("school.lutfimusiqi", "teacher.lutfimusiqi", "ministry.xk");
        outside.forEach(reader -> assertDoesNotRead(id, 1, first, reader));

        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, json(revised));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sign(id, "partner.al", "Ermal Kola").statusCode()).isEqualTo(200);
        assertThat(sign(id, "school.pljevlja", "Dragan Šćekić").statusCode()).isEqualTo(200);
        assertThat(sign(id, "school.kpt", "Besnik Leka").statusCode()).isEqualTo(200);
        JsonObject signed = json(asDemo("GET", "/api/agreements/" + id, "ministry.me", null));
        assertThat(signed.getJsonNumber("versionInForce").intValue()).isEqualTo(2);
        long second = signedDocumentOf(signed, 2);

        takenIn.forEach(reader -> assertReads(id, 1, first, reader));
        outside.forEach(reader -> assertDoesNotRead(id, 1, first, reader));
        assertThat(asDemo("GET", "/api/agreements/" + id, "partner.es", null).statusCode()).isEqualTo(404);
        assertReads(id, 1, first, "partner.es");
        assertDoesNotRead(id, 2, second, "partner.es");
    }

    private static long signedDocumentOf(JsonObject agreement, int version) {
        return agreement.getJsonArray("versions").getJsonObject(version - 1).getJsonNumber("signedDocumentId").longValue();
    }

    /** The reader downloads the version's PDF from the agreement and reads its signed document and that document's PDF. */
    private static void assertReads(long id, int version, long document, String reader) {
        HttpResponse<byte[]> pdf = SigningApiIT.bytes("/api/agreements/" + id + "/document?version=" + version, reader);
        assertThat(pdf.statusCode()).as(reader + " reads the PDF of version " + version).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        HttpResponse<String> signed = asDemo("GET", "/api/signing/documents/" + document, reader, null);
        assertThat(signed.statusCode()).as(reader + " reads the signed document of version " + version).isEqualTo(200);
        HttpResponse<byte[]> frozen = SigningApiIT.bytes("/api/signing/documents/" + document + "/pdf", reader);
        assertThat(frozen.statusCode()).as(reader + " reads the signed PDF of version " + version).isEqualTo(200);
        assertThat(frozen.body()).isEqualTo(pdf.body());
    }

    /** For the reader, the version's PDF and its signed document do not exist, as for an agreement out of their scope. */
    private static void assertDoesNotRead(long id, int version, long document, String reader) {
        assertThat(SigningApiIT.bytes("/api/agreements/" + id + "/document?version=" + version, reader).statusCode())
                .as(reader + " reads no PDF of version " + version).isEqualTo(404);
        assertThat(asDemo("GET", "/api/signing/documents/" + document, reader, null).statusCode())
                .as(reader + " reads no signed document of version " + version).isEqualTo(404);
        assertThat(SigningApiIT.bytes("/api/signing/documents/" + document + "/pdf", reader).statusCode())
                .as(reader + " reads no signed PDF of version " + version).isEqualTo(404);
    }

    /**
     * Signed by all, an amendment that ends the agreement sooner closes the placements that would outlast it, as
     * publishing them now would be refused, and declines the applications waiting there.
     */
    @Test
    void anAmendmentThatEndsTheAgreementSoonerClosesThePlacementsThatWouldOutlastIt() {
        JsonObject active = inForce();
        long id = id(active);
        JsonObject placement = placement(id);
        JsonObject application = applyTo(placement, "student.kpt");
        JsonObject amended = json(act(id, "school.kpt", "AMEND", null, active));
        LocalDate start = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        String sooner = amendment(active.getString("title"), List.of("Costa Azul"), List.of("partner.es", "school.kpt"), amended)
                .replace("\"endDate\": \"" + start.plusYears(1) + "\"", "\"endDate\": \"" + start.plusDays(50) + "\"");
        signedByAll(id, sooner, "partner.es", "Javier Ortega");

        JsonObject signed = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(signed.getJsonNumber("versionInForce").intValue()).isEqualTo(2);
        assertClosedDecliningTheApplication(placement, application);
    }

    @Test
    void aDeclinedAmendmentLeavesTheAgreementInForceAndAPartyCanStillTerminateIt() {
        JsonObject active = inForce();
        long id = id(active);
        HttpResponse<String> amended = act(id, "school.kpt", "AMEND", "Three mentors", active);
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(json(amended).getJsonArray("actions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains("SEND", "TERMINATE");
        HttpResponse<String> revised = asDemo("PUT", "/api/agreements/" + id, "school.kpt",
                terms(active.getString("title"), 3, json(amended).getJsonNumber("version").longValue()));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(json(revised).getJsonObject("current").getInt("mentors")).isEqualTo(3);
        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, json(revised));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        HttpResponse<String> declined = act(id, "partner.es", "DECLINE", "One mentor is enough.", json(sent));
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        JsonObject after = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(after.getString("status")).isEqualTo("ACTIVE");
        assertThat(after.getJsonNumber("versionInForce").intValue()).isEqualTo(1);
        // The version in force is the one the agreement stands on; the declined amendment stays in the history.
        JsonObject current = after.getJsonObject("current");
        assertThat(current.getInt("number")).isEqualTo(1);
        assertThat(current.getInt("mentors")).isEqualTo(1);
        assertThat(after.getString("signingDocument")).endsWith("/" + current.getJsonNumber("signedDocumentId"));
        JsonObject amendment = after.getJsonArray("versions").getJsonObject(1);
        assertThat(amendment.getInt("mentors")).isEqualTo(3);
        assertThat(amendment.getString("declineReason")).isEqualTo("One mentor is enough.");
        String page = Pages.get("/agreements/agreement.xhtml?id=" + id, Pages.sessionOf("partner.es", Platform.DEMO_PASSWORD)).body();
        assertThat(page).contains("id=\"content-version\" class=\"cg-muted\">(" + Platform.text("", "agreement.version") + " 1)")
                .contains("id=\"period\">" + PageDates.shown("", LocalDate.parse(current.getString("startDate"))) + " – "
                        + PageDates.shown("", LocalDate.parse(current.getString("endDate"))) + "<")
                .contains(Platform.text("", "agreement.version.declined") + ": One mentor is enough.")
                .contains("cg-signing-SIGNED").doesNotContain("cg-signing-DECLINED");
        JsonObject listed = json(asDemo("GET", "/api/agreements?status=ACTIVE&title=" + after.getString("title").replace(" ", "%20"),
                "partner.es", null));
        assertThat(listed.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(listed.getJsonArray("items").getJsonObject(0).getInt("currentVersion")).isEqualTo(1);

        HttpResponse<String> terminated = act(id, "partner.es", "TERMINATE", "The hotel is sold.", after);
        assertThat(terminated.statusCode()).as(terminated.body()).isEqualTo(200);
        assertThat(json(terminated).getString("status")).isEqualTo("TERMINATED");
    }

    @Test
    void aPartyTerminatesDuringAnAmendmentUnderSignatureWhichNobodySignsAfterwards() {
        JsonObject active = inForce();
        long id = id(active);
        HttpResponse<String> amended = act(id, "school.kpt", "AMEND", null, active);
        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, json(amended));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);

        HttpResponse<String> terminated = act(id, "school.kpt", "TERMINATE", "The kitchen closes.", json(sent));
        assertThat(terminated.statusCode()).as(terminated.body()).isEqualTo(200);
        assertThat(json(terminated).getString("status")).isEqualTo("TERMINATED");
        assertThat(sign(id, "partner.es", "Javier Ortega").statusCode()).isEqualTo(422);
        JsonObject after = json(asDemo("GET", "/api/agreements/" + id, "partner.es", null));
        assertThat(after.getString("status")).isEqualTo("TERMINATED");
        assertThat(after.getJsonObject("current").getInt("number")).isEqualTo(1);
        assertThat(after.getJsonArray("versions").getValuesAs(JsonObject.class)).extracting(v -> v.getBoolean("withdrawn"))
                .containsExactly(false, true);
    }

    @Test
    void whenTheAgreementIsTerminatedAWaitingApplicationIsDeclinedAndCannotBeAccepted() {
        JsonObject active = inForce();
        JsonObject placement = placement(id(active));
        JsonObject application = applyTo(placement, "student.kpt");

        assertThat(act(id(active), "partner.es", "TERMINATE", "The hotel is sold.", active).statusCode()).isEqualTo(200);

        JsonObject after = json(asDemo("GET", "/api/opportunities/applications/" + id(application), "student.kpt", null));
        assertThat(after.getString("status")).isEqualTo("DECLINED");
        assertThat(after.getString("declineReason")).contains("Cooks", "Málaga");
        assertThat(asDemo("GET", "/api/notifications?size=50", "student.kpt", null).body())
                .contains("Cooks, Málaga");
        HttpResponse<String> accepted = asDemo("POST", "/api/opportunities/applications/" + id(application) + "/decision",
                "school.kpt", "{\"accept\": true, \"version\": " + after.getJsonNumber("version") + "}");
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(422);
        assertThat(json(asDemo("GET", "/api/opportunities/" + id(placement), "partner.es", null)).getString("status"))
                .isEqualTo("CLOSED");
    }

    @Test
    void aPartnerClosesItsPlacementWithTheVersionItRead() {
        JsonObject placement = placement(id(inForce()));
        JsonObject application = applyTo(placement, "student.pljevlja");
        String path = "/api/opportunities/" + id(placement) + "/closure";
        long version = placement.getJsonNumber("version").longValue();

        assertThat(asDemo("POST", path, "partner.es", "{}").statusCode()).isEqualTo(422);
        assertThat(asDemo("POST", path, "partner.es", "{\"version\": " + (version - 1) + "}").statusCode()).isEqualTo(409);
        assertThat(asDemo("POST", path, "partner.al", "{\"version\": " + version + "}").statusCode()).isEqualTo(403);
        assertThat(asDemo("POST", path, "student.pljevlja", "{\"version\": " + version + "}").statusCode()).isEqualTo(403);
        HttpResponse<String> closed = asDemo("POST", path, "partner.es", "{\"version\": " + version + "}");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(json(closed).getString("status")).isEqualTo("CLOSED");
        assertThat(json(asDemo("GET", "/api/opportunities/applications/" + id(application), "student.pljevlja", null))
                .getString("status")).isEqualTo("DECLINED");
        assertThat(asDemo("POST", "/api/opportunities/" + id(placement) + "/applications", "student.lutfimusiqi",
                "{\"motivation\": \"Late\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void anotherSchoolsApplicationDoesNotExistEvenForAnIncompleteDecision() {
        JsonObject application = applyTo(placement(id(inForce())), "student.kpt");
        assertThat(asDemo("POST", "/api/opportunities/applications/" + id(application) + "/decision", "school.pljevlja",
                "{\"accept\": true}").statusCode()).isEqualTo(404);
        assertThat(asDemo("POST", "/api/opportunities/applications/" + id(application) + "/decision", "school.kpt",
                "{\"accept\": true}").statusCode()).isEqualTo(422);
    }

    /** A decision is final: a body that does not say whether the school accepts declines nothing. */
    @Test
    void aDecisionThatDoesNotSayAcceptOrDeclineIsRefusedNamingAcceptAndTheApplicationStillWaits() {
        JsonObject application = applyTo(placement(id(inForce())), "student.kpt");
        String path = "/api/opportunities/applications/" + id(application) + "/decision";

        HttpResponse<String> missing = asDemo("POST", path, "school.kpt",
                "{\"reason\": \"Not this year\", \"version\": " + application.getJsonNumber("version") + "}");
        HttpResponse<String> empty = asDemo("POST", path, "school.kpt",
                "{\"accept\": null, \"reason\": \"Not this year\", \"version\": " + application.getJsonNumber("version") + "}");

        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(422);
        assertThat(json(missing).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("accept");
        assertThat(empty.statusCode()).as(empty.body()).isEqualTo(422);
        JsonObject after = json(asDemo("GET", "/api/opportunities/applications/" + id(application), "student.kpt", null));
        assertThat(after.getString("status")).isEqualTo("PENDING");
        assertThat(after.getJsonNumber("version")).isEqualTo(application.getJsonNumber("version"));
    }

    /** The form to apply is on a placement's page only where the board would take the application; otherwise, why not. */
    @Test
    void aStudentIsOfferedToApplyOnlyWhereTheBoardWouldTakeTheApplication() {
        String klea = Pages.sessionOf("student.kpt", Platform.DEMO_PASSWORD);
        long inTirana = json(asDemo("GET", "/api/opportunities?isco=2512&country=AL", "student.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject inMalaga = placement(id(inForce()));

        String ownCountry = Pages.get("/opportunities/opportunity.xhtml?id=" + inTirana, klea).body();
        String abroad = Pages.get("/opportunities/opportunity.xhtml?id=" + id(inMalaga), klea).body();
        applyTo(inMalaga, "student.kpt");
        String appliedTo = Pages.get("/opportunities/opportunity.xhtml?id=" + id(inMalaga), klea).body();

        assertThat(ownCountry).doesNotContain("id=\"apply\"").contains(Platform.text("_sq", "agreement.rule.NOT_ABROAD"));
        assertThat(abroad).contains("id=\"apply\"").doesNotContain("id=\"cannot-apply\"");
        assertThat(appliedTo).doesNotContain("id=\"apply\"").contains(Platform.text("_sq", "agreement.rule.ALREADY_APPLIED"));
    }

    /**
     * A signer named in the draft who can no longer sign (here deactivated since) would leave the agreement waiting
     * for ever: sending is refused, naming them, and the agreement stays a draft.
     */
    @Test
    void aSignerDeactivatedAfterDraftingStopsTheSendingAndTheAgreementStaysADraft() {
        String signer = Platform.newAccount("PARTNER", "Costa Azul", "EN");
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusMonths(1);
        HttpResponse<String> created = asDemo("POST", "/api/agreements", "school.kpt", """
                {"title": "%s", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": 1,
                 "signerIds": [%d, %d]}""".formatted(Platform.unique("Signer gone"), institution("Costa Azul"), start,
                start.plusYears(1), account(signer), account("school.kpt")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = id(json(created));
        JsonObject person = json(asDemo("GET", "/api/users?username=" + signer, "coordinator", null))
                .getJsonArray("items").getJsonObject(0);
        HttpResponse<String> deactivated = asDemo("POST", "/api/users/" + id(person) + "/deactivation", "coordinator",
                "{\"version\": " + person.getJsonNumber("version") + "}");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);

        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, json(created));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(422);
        assertThat(sent.body()).contains(new MessageFormat(Platform.text("_sq", "agreement.signer.cannot_sign"), Locale.ROOT)
                .format(new Object[] {"Browser Person", "Costa Azul Hoteles S.L."}));
        JsonObject after = json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null));
        assertThat(after.getString("status")).isEqualTo("DRAFT");
        assertThat(after.getJsonNumber("version")).isEqualTo(json(created).getJsonNumber("version"));
        assertThat(Platform.isNull(after.getJsonObject("current"), "signedDocumentId")).isTrue();
    }

    /**
     * A school administrator named to sign, moved to teaching after the agreement was sent, keeps an active account and
     * their password but no longer signs for the school: a signature and a decline are refused in their language, and
     * the agreement still waits for them (until the side that sent it withdraws it).
     */
    @Test
    void aSignerWhoLostTheRoleAfterSendingCanNeitherSignNorDeclineAndNothingChanges() {
        String admin = Platform.newAccount("SCHOOL_ADMIN", "Kolegji Profesional", "SQ");
        String password = Mailbox.setPasswordFromWelcomeMail(admin + "@school.example");
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusMonths(1);
        HttpResponse<String> created = asDemo("POST", "/api/agreements", "school.kpt", """
                {"title": "%s", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": 1,
                 "signerIds": [%d, %d]}""".formatted(Platform.unique("Signer moved"), institution("Costa Azul"), start,
                start.plusYears(1), account(admin), account("partner.es")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = id(json(created));
        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, json(created));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        JsonObject person = json(asDemo("GET", "/api/users/" + account(admin), "coordinator", null));
        HttpResponse<String> teaching = asDemo("PUT", "/api/users/" + id(person), "coordinator", """
                {"username": "%s", "email": "%s", "fullName": "%s", "institutionId": %d, "roles": ["TEACHER"],
                 "language": "SQ", "version": %s}""".formatted(admin, person.getString("email"), person.getString("fullName"),
                person.getJsonObject("institution").getJsonNumber("id").longValue(), person.getJsonNumber("version")));
        assertThat(teaching.statusCode()).as(teaching.body()).isEqualTo(200);

        HttpResponse<String> signature = Platform.call("POST", "/api/agreements/" + id + "/signatures", admin, password,
                SIGNATURE.formatted(password, "Browser Person", PNG, signingVersion(id, "school.kpt")));
        HttpResponse<String> decline = Platform.call("POST", "/api/agreements/" + id + "/transitions", admin, password,
                "{\"action\": \"DECLINE\", \"comment\": \"Not mine any more\", \"version\": %s}"
                        .formatted(json(sent).getJsonNumber("version")));

        String refusal = new MessageFormat(Platform.text("_sq", "signing.signer_not_entitled"), Locale.ROOT)
                .format(new Object[] {person.getJsonObject("institution").getString("name")});
        for (HttpResponse<String> refused : List.of(signature, decline)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(json(refused).getString("detail")).isEqualTo(refusal);
        }
        JsonObject after = json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null));
        assertThat(after.getString("status")).isEqualTo("SENT_FOR_SIGNATURE");
        assertThat(after.getJsonNumber("version")).isEqualTo(json(sent).getJsonNumber("version"));
        assertThat(after.getString("nextSigner")).isEqualTo(admin);
        assertThat(actions(after)).contains("WITHDRAW");
    }

    /**
     * The side that sent an amendment takes it back from signature: the amendment stays, withdrawn, the version in
     * force stays in force, and a draft of the amendment follows, which is changed and sent anew. The page offers the
     * step only to whoever may take it, only while it applies.
     */
    @Test
    void aPartyWithdrawsAnAmendmentFromSignatureAndSendsItAnew() {
        JsonObject active = inForce();
        long id = id(active);
        HttpResponse<String> amended = act(id, "school.kpt", "AMEND", "Three mentors", active);
        HttpResponse<String> sent = act(id, "school.kpt", "SEND", null, json(amended));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sign(id, "partner.es", "Javier Ortega").statusCode()).isEqualTo(200);
        JsonObject signing = json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null));
        assertThat(actions(signing)).contains("WITHDRAW");
        String page = "/agreements/agreement.xhtml?id=" + id;
        assertThat(Pages.get(page, Pages.sessionOf("school.kpt", Platform.DEMO_PASSWORD)).body()).contains("cg-action-WITHDRAW");
        assertThat(Pages.get(page, Pages.sessionOf("teacher.kpt", Platform.DEMO_PASSWORD)).body())
                .contains("id=\"no-actions\"").doesNotContain("cg-action-WITHDRAW");

        assertThat(act(id, "partner.al", "WITHDRAW", null, signing).statusCode()).isEqualTo(404);
        assertThat(act(id, "teacher.kpt", "WITHDRAW", null, signing).statusCode()).isEqualTo(403);
        assertThat(act(id, "school.kpt", "WITHDRAW", null, json(sent)).statusCode()).isEqualTo(409);
        HttpResponse<String> withdrawn = act(id, "school.kpt", "WITHDRAW", "Four mentors after all", signing);

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        JsonObject draft = json(withdrawn);
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonNumber("versionInForce").intValue()).isEqualTo(1);
        assertThat(draft.getJsonObject("current").getInt("number")).isEqualTo(3);
        assertThat(draft.getJsonObject("current").getBoolean("frozen")).isFalse();
        assertThat(draft.getJsonArray("versions").getValuesAs(JsonObject.class)).extracting(v -> v.getBoolean("withdrawn"))
                .containsExactly(false, true, false);
        assertThat(Platform.isNull(draft.getJsonArray("versions").getJsonObject(1), "withdrawnAt")).isFalse();
        assertThat(actions(draft)).contains("SEND").doesNotContain("WITHDRAW");
        assertThat(sign(id, "school.kpt", "Besnik Leka").statusCode()).isEqualTo(422);
        assertThat(asDemo("GET", "/api/notifications?size=50", "partner.es", null).body())
                .contains(Platform.serviceText("", "notice.agreement.withdrawn.title"));
        assertThat(Pages.get(page, Pages.sessionOf("school.kpt", Platform.DEMO_PASSWORD)).body())
                .doesNotContain("cg-action-WITHDRAW").contains(Platform.text("_sq", "agreement.version.withdrawn_by_sender"));

        HttpResponse<String> revised = asDemo("PUT", "/api/agreements/" + id, "school.kpt",
                terms(active.getString("title"), 4, draft.getJsonNumber("version").longValue()));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        HttpResponse<String> resent = act(id, "school.kpt", "SEND", null, json(revised));
        assertThat(resent.statusCode()).as(resent.body()).isEqualTo(200);
        assertThat(json(resent).getString("status")).isEqualTo("SENT_FOR_SIGNATURE");
        assertThat(json(resent).getString("nextSigner")).isEqualTo("partner.es");
    }

    /**
     * A signature that is not the first nor the last leaves the agreement's status as it was; it still moves the
     * agreement's version, so that the last signer, declining on the page read before it, is told that the agreement
     * changed meanwhile (409) and declines only once they have read it again.
     */
    @Test
    void aDeclineOnWhatWasReadBeforeAnotherSignatureIsAnsweredChangedMeanwhile() {
        JsonObject active = inForce();
        long id = id(active);
        JsonObject amended = json(act(id, "school.kpt", "AMEND", null, active));
        HttpResponse<String> revised = asDemo("PUT", "/api/agreements/" + id, "school.kpt", amendment(
                active.getString("title") + " and offices", List.of("Costa Azul", "Tirana Digital"),
                List.of("partner.es", "partner.al", "school.kpt"), amended));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(act(id, "school.kpt", "SEND", null, json(revised)).statusCode()).isEqualTo(200);
        assertThat(sign(id, "partner.es", "Javier Ortega").statusCode()).isEqualTo(200);
        JsonObject readBySchool = json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null));

        HttpResponse<String> signedByTirana = sign(id, "partner.al", "Ermal Kola");
        assertThat(signedByTirana.statusCode()).as(signedByTirana.body()).isEqualTo(200);
        JsonObject now = json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null));
        assertThat(now.getString("status")).isEqualTo(readBySchool.getString("status"));
        assertThat(now.getJsonNumber("version").longValue()).isGreaterThan(readBySchool.getJsonNumber("version").longValue());

        HttpResponse<String> stale = act(id, "school.kpt", "DECLINE", "Not with offices.", readBySchool);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null)).getJsonNumber("version"))
                .isEqualTo(now.getJsonNumber("version"));
        HttpResponse<String> declined = act(id, "school.kpt", "DECLINE", "Not with offices.", now);
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(json(declined).getString("status")).isEqualTo("ACTIVE");
        assertThat(json(declined).getJsonNumber("versionInForce").intValue()).isEqualTo(1);
    }

    @Test
    void aChangeWithoutTheVersionReadIsIncompleteNotAConflict() {
        JsonObject agreement = draft();
        HttpResponse<String> unversioned = asDemo("PUT", "/api/agreements/" + id(agreement), "school.kpt",
                terms(agreement.getString("title"), 2, null));
        assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(422);
        assertThat(unversioned.body()).contains(Platform.validationText("_sq", "agreement.version.required")); // school.kpt reads Albanian
    }

    @Test
    void aPartyThatDidNotDraftCannotTakeItselfOut() {
        LocalDate start = LocalDate.now().plusMonths(1);
        HttpResponse<String> created = asDemo("POST", "/api/agreements", "partner.es", """
                {"title": "%s", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": 1,
                 "signerIds": [%d, %d]}""".formatted(Platform.unique("By Costa Azul"), institution("Pljevlja"), start,
                start.plusYears(1), account("partner.es"), account("school.pljevlja")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = id(json(created));

        HttpResponse<String> swapped = asDemo("PUT", "/api/agreements/" + id, "school.pljevlja", """
                {"title": "Swapped", "partyIds": [%d], "objectives": "Kitchen placements.", "startDate": "%s", "endDate": "%s",
                 "placements": [{"iscoCode": "5120", "occupationTitle": "Cooks", "placementsPerYear": 2}], "mentors": 1,
                 "signerIds": [%d], "version": %s}""".formatted(institution("Kolegji Profesional"), start, start.plusYears(1),
                account("partner.es"), json(created).getJsonNumber("version")));
        assertThat(swapped.statusCode()).as(swapped.body()).isEqualTo(422);
        assertThat(swapped.body()).contains("SVS");
        assertThat(asDemo("GET", "/api/agreements/" + id, "school.pljevlja", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aSignedDocumentOneMayNotReadDoesNotExistForThem() {
        long id = sentForSignature();
        long document = json(asDemo("GET", "/api/agreements/" + id, "school.kpt", null)).getJsonObject("current")
                .getJsonNumber("signedDocumentId").longValue();
        assertThat(asDemo("GET", "/api/signing/documents/" + document, "school.kpt", null).statusCode()).isEqualTo(200);
        assertThat(asDemo("GET", "/api/signing/documents/" + document, "partner.al", null).statusCode()).isEqualTo(404);
        assertThat(asDemo("GET", "/api/signing/documents/999999999", "partner.al", null).statusCode()).isEqualTo(404);
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

    /**
     * An occupation that begins no ISCO-08 code (ISCO-08 has no sub-major group 15) or a language that is no language
     * code would list nothing, read as "no placement there": each is refused naming the filter and the value given, in the
     * caller's language (400, as a query parameter of another type is). A group's first digits still filter, and a
     * language code in capitals is the same language.
     */
    @Test
    void theBoardRefusesAnOccupationOrALanguageThatCanNameNothing() {
        for (String filter : List.of("isco=15", "isco=1500", "isco=9700", "isco=abc", "isco=51201", "language=xx",
                "language=english")) {
            String name = filter.split("=")[0];
            String value = filter.split("=")[1];
            HttpResponse<String> refused = asDemo("GET", "/api/opportunities?" + filter, "student.pljevlja", null);
            String detail = Platform.text("_sr_Latn_ME", "api.request.query_parameter").replace("{0}", name).replace("{1}", value);
            assertThat(refused.statusCode()).as(filter + ": " + refused.body()).isEqualTo(400);
            assertThat(json(refused).getString("detail")).isEqualTo(detail);
            assertThat(json(refused).getJsonArray("errors")).singleElement()
                    .extracting(error -> error.asJsonObject().getString("field"), error -> error.asJsonObject().getString("message"))
                    .containsExactly(name, detail);
        }

        JsonObject personalServices = json(asDemo("GET", "/api/opportunities?isco=51&size=200", "student.pljevlja", null));
        long cooks = json(asDemo("GET", "/api/opportunities?isco=5120", "student.pljevlja", null)).getJsonNumber("total").longValue();
        assertThat(personalServices.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(cooks).isPositive();
        assertThat(personalServices.getJsonArray("items").getValuesAs(JsonObject.class))
                .allMatch(o -> o.getString("iscoCode").startsWith("51"));
        assertThat(json(asDemo("GET", "/api/opportunities?language=EN", "student.pljevlja", null)).getJsonNumber("total").longValue())
                .isEqualTo(json(asDemo("GET", "/api/opportunities?language=en", "student.pljevlja", null)).getJsonNumber("total")
                        .longValue());
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
