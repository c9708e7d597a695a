package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Signing over REST: a learning agreement sent by school.kpt and signed by school.kpt, student.kpt
 * and partner.es, the refusals with their statuses, the downloads, and the public verification.
 */
class SigningApiIT {

    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();
    private static final HttpClient HTTP = Platform.client().build();

    @Nested
    class LearningAgreement {

        @Test
        void theThreePartiesSignInOrderThenTheMobilityStartsAndThePdfVerifies() {
            long id = approvedWithAgreement();
            assertThat(act(id, "school.kpt", "START").statusCode()).isEqualTo(422);
            assertThat(actions(id)).as("no start offered before the agreement is signed by all").doesNotContain("START");

            HttpResponse<String> sent = send(id, "school.kpt");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            JsonObject document = json(sent);
            assertThat(document.getString("status")).isEqualTo("AWAITING_SIGNATURES");
            assertThat(document.getBoolean("yourTurn")).isTrue();
            String consent = json(asDemo("GET", "/api/signing/consent", "student.kpt", null)).getString("version");

            assertThat(sign(id, "school.kpt", "Besnik Leka", consent).statusCode()).isEqualTo(200);
            // The next signer is told, with the document's title in the notice's own title (it once read "{1}").
            JsonObject notice = json(asDemo("GET", "/api/notifications?size=1", "student.kpt", null))
                    .getJsonArray("items").getJsonObject(0);
            assertThat(notice.getString("title")).endsWith(": " + document.getString("title"));
            assertThat(sign(id, "student.kpt", "Klea Shehu", consent).statusCode()).isEqualTo(200);
            HttpResponse<String> last = sign(id, "partner.es", "Javier Ortega", consent);

            assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
            JsonObject signed = json(last);
            assertThat(signed.getString("status")).isEqualTo("SIGNED");
            assertThat(signed.getBoolean("chainIntact")).isTrue();
            assertThat(signed.getBoolean("intact")).isTrue();
            assertThat(signed.containsKey("integrity")).as("no part is broken").isFalse();
            assertThat(signed.getJsonArray("events")).hasSize(4);
            assertThat(actions(id)).contains("START");
            assertThat(act(id, "school.kpt", "START").statusCode()).isEqualTo(200);

            HttpResponse<byte[]> pdf = bytes(base(id) + "/document", "student.kpt");
            HttpResponse<byte[]> certificate = bytes(base(id) + "/audit-certificate", "partner.es");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            assertThat(certificate.statusCode()).isEqualTo(200);
            assertThat(new String(certificate.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

            JsonObject verified = json(verifyPdf(pdf.body()));
            assertThat(verified.getBoolean("matches")).isTrue();
            assertThat(verified.getString("sha256")).isEqualTo(signed.getString("sha256"));
            assertThat(verified.getJsonObject("document").getString("status")).isEqualTo("SIGNED");
            assertThat(verified.getJsonObject("document").getBoolean("intact")).isTrue();
            assertThat(verified.getJsonObject("document").getJsonArray("parties").getValuesAs(JsonObject.class))
                    .extracting(p -> p.getString("name") + " " + p.getString("status"))
                    .containsExactly("Besnik Leka SIGNED", "Klea Shehu SIGNED", "Javier Ortega SIGNED");

            byte[] changed = pdf.body().clone();
            changed[changed.length / 2] ^= 0x01;
            assertThat(json(verifyPdf(changed)).getBoolean("matches")).isFalse();
            JsonObject byHash = json(call("POST", "/api/verify", null, null,
                    "{\"sha256\": " + quoted(signed.getString("sha256").toUpperCase()) + "}"));
            assertThat(byHash.getBoolean("matches")).isTrue();
        }
    }

    @Nested
    class Refusals {

        @Test
        void outOfOrderIs422AnotherPersonIs403AndAStaleVersionIs409() {
            long id = approvedWithAgreement();
            long documentId = json(send(id, "school.kpt")).getJsonNumber("id").longValue();
            int version = json(asDemo("GET", "/api/signing/documents/" + documentId, "school.kpt", null)).getInt("version");

            HttpResponse<String> early = sign(id, "partner.es", "Javier Ortega", "2026-1");
            HttpResponse<String> stranger = asDemo("POST", "/api/signing/documents/" + documentId + "/signatures", "school.pljevlja",
                    signature("Somebody", "cg-demo-2026!", "2026-1", version));
            asDemo("POST", "/api/signing/documents/" + documentId + "/signatures", "school.kpt",
                    signature("Besnik Leka", "cg-demo-2026!", "2026-1", version));
            HttpResponse<String> stale = asDemo("POST", "/api/signing/documents/" + documentId + "/signatures", "student.kpt",
                    signature("Klea Shehu", "cg-demo-2026!", "2026-1", version));

            assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
            assertThat(stranger.statusCode()).as(stranger.body()).isEqualTo(403);
            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        }

        /**
         * A decline names the version read, as a signature does: a document signed since is 409 and stays as it was,
         * a decline without the version 422 naming it; and whoever signs on a version read before a decline is told
         * that it changed meanwhile (409), not that it was declined.
         */
        @Test
        void aDeclineOnAChangedVersionIs409WithoutOne422AndASignatureAfterADeclineIs409() {
            long id = approvedWithAgreement();
            long documentId = json(send(id, "school.kpt")).getJsonNumber("id").longValue();
            String document = "/api/signing/documents/" + documentId;
            int read = json(asDemo("GET", document, "student.kpt", null)).getInt("version");
            asDemo("POST", document + "/signatures", "school.kpt", signature("Besnik Leka", "cg-demo-2026!", "2026-1", read));

            HttpResponse<String> stale = asDemo("POST", document + "/declines", "student.kpt", decline("Too many hours.", read));
            HttpResponse<String> unversioned = asDemo("POST", document + "/declines", "student.kpt",
                    decline("Too many hours.", null));

            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(422);
            assertThat(json(unversioned).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
            assertThat(unversioned.body()).contains(Platform.validationText("_sq", "signing.version.required"));
            JsonObject unchanged = json(asDemo("GET", document, "student.kpt", null));
            assertThat(unchanged.getString("status")).isEqualTo("PARTIALLY_SIGNED");
            assertThat(unchanged.getJsonArray("events")).hasSize(2);
            assertThat(unchanged.getJsonArray("signers").getJsonObject(1).getString("status")).isEqualTo("WAITING");

            // The host and the participant read the document as it is now; the host declines first.
            int current = unchanged.getInt("version");
            HttpResponse<String> declined = asDemo("POST", document + "/declines", "partner.es", decline("No mentor free.", current));
            HttpResponse<String> late = asDemo("POST", document + "/signatures", "student.kpt",
                    signature("Klea Shehu", "cg-demo-2026!", "2026-1", current));
            HttpResponse<String> lateUnversioned = asDemo("POST", document + "/signatures", "student.kpt",
                    signature("Klea Shehu", "cg-demo-2026!", "2026-1", null));

            assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
            assertThat(json(declined).getString("status")).isEqualTo("DECLINED");
            assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
            assertThat(lateUnversioned.statusCode()).as(lateUnversioned.body()).isEqualTo(422);
            assertThat(json(lateUnversioned).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
            assertThat(json(asDemo("GET", document, "student.kpt", null)).getJsonArray("signers").getJsonObject(1)
                    .getString("status")).isEqualTo("WAITING");
        }

        /**
         * A document withdrawn from signature since the version read (its agreement to be sent anew) is a change too:
         * a signature or a decline named by that version is 409 and changes nothing; a signature without a version is
         * incomplete (422 naming it).
         */
        @Test
        void aSignatureOrDeclineOnADocumentWithdrawnSinceIs409() {
            long id = approvedWithAgreement();
            long documentId = json(send(id, "school.kpt")).getJsonNumber("id").longValue();
            String document = "/api/signing/documents/" + documentId;
            int read = json(asDemo("GET", document, "school.kpt", null)).getInt("version");
            long agreementVersion = json(asDemo("GET", base(id), "school.kpt", null)).getJsonNumber("version").longValue();
            HttpResponse<String> withdrawn = asDemo("POST", base(id) + "/signature-withdrawals", "school.kpt",
                    "{\"version\": " + agreementVersion + "}");
            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);

            HttpResponse<String> signed = asDemo("POST", document + "/signatures", "school.kpt",
                    signature("Besnik Leka", "cg-demo-2026!", "2026-1", read));
            HttpResponse<String> declined = asDemo("POST", document + "/declines", "student.kpt", decline("Too many hours.", read));
            HttpResponse<String> unversioned = asDemo("POST", document + "/signatures", "school.kpt",
                    signature("Besnik Leka", "cg-demo-2026!", "2026-1", null));

            assertThat(signed.statusCode()).as(signed.body()).isEqualTo(409);
            assertThat(declined.statusCode()).as(declined.body()).isEqualTo(409);
            assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(422);
            assertThat(json(unversioned).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
            JsonObject unchanged = json(asDemo("GET", document, "school.kpt", null));
            assertThat(unchanged.getString("status")).isEqualTo("SUPERSEDED");
            assertThat(unchanged.getJsonArray("signers").getValuesAs(JsonObject.class))
                    .extracting(s -> s.getString("status")).containsOnly("WAITING");
        }

        /**
         * A signature names the version read, as a decline does, for every document the engine signs: without it,
         * through the engine's address or the learning agreement's, it is incomplete (422 naming the version, in the
         * signer's language) and nothing is signed.
         */
        @Test
        void aSignatureWithoutTheVersionIs422NamingItAndSignsNothing() {
            long id = approvedWithAgreement();
            long documentId = json(send(id, "school.kpt")).getJsonNumber("id").longValue();
            String document = "/api/signing/documents/" + documentId;

            HttpResponse<String> viaEngine = asDemo("POST", document + "/signatures", "school.kpt",
                    signature("Besnik Leka", "cg-demo-2026!", "2026-1", null));
            HttpResponse<String> viaAgreement = asDemo("POST", base(id) + "/signatures", "school.kpt",
                    signature("Besnik Leka", "cg-demo-2026!", "2026-1", null));

            for (HttpResponse<String> unversioned : List.of(viaEngine, viaAgreement)) {
                assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(422);
                assertThat(json(unversioned).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("version");
                assertThat(unversioned.body()).contains(Platform.validationText("_sq", "signing.version.required"));
            }
            JsonObject unchanged = json(asDemo("GET", document, "school.kpt", null));
            assertThat(unchanged.getString("status")).isEqualTo("AWAITING_SIGNATURES");
            assertThat(unchanged.getJsonArray("events")).hasSize(1);
        }

        @Test
        void aWrongPasswordIs422AndAMissingConsentToo() {
            long id = approvedWithAgreement();
            send(id, "school.kpt");
            int version = read(id, "school.kpt");

            HttpResponse<String> wrong = asDemo("POST", base(id) + "/signatures", "school.kpt",
                    signature("Besnik Leka", "not-the-password", "2026-1", version));
            HttpResponse<String> noConsent = asDemo("POST", base(id) + "/signatures", "school.kpt",
                    signature("Besnik Leka", "cg-demo-2026!", null, version));
            // A correct sign-in clears the failure again, so that the demo account never locks.
            asDemo("GET", "/api/me", "school.kpt", null);

            assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
            assertThat(json(wrong).getString("detail")).isNotBlank();
            assertThat(noConsent.statusCode()).as(noConsent.body()).isEqualTo(422);
        }

        @Test
        void aHashThatIsNoHashIs422AndVerificationNeedsNoSignIn() {
            HttpResponse<String> notAHash = call("POST", "/api/verify", null, null, "{\"sha256\": \"12ab\"}");
            HttpResponse<String> unknown = call("POST", "/api/verify", null, null, "{\"sha256\": \"" + "ab".repeat(32) + "\"}");

            assertThat(notAHash.statusCode()).isEqualTo(422);
            assertThat(unknown.statusCode()).isEqualTo(200);
            assertThat(json(unknown).getBoolean("matches")).isFalse();
        }
    }

    static String base(long mobilityId) {
        return "/api/mobilities/" + mobilityId + "/learning-agreement";
    }

    /** Sends the mobility's learning agreement for signature as the account, with its version as the account reads it first. */
    static HttpResponse<String> send(long mobilityId, String username) {
        return send(mobilityId, username, json(asDemo("GET", base(mobilityId), username, null)).getJsonNumber("version").longValue());
    }

    /** Sends the mobility's learning agreement for signature as the account, based on the version of it read. */
    static HttpResponse<String> send(long mobilityId, String username, long version) {
        return asDemo("POST", base(mobilityId) + "/signature-requests", username, "{\"version\": " + version + "}");
    }

    /** Signs the mobility's learning agreement as the account, on its document as the account reads it just before. */
    static HttpResponse<String> sign(long mobilityId, String username, String typedName, String consent) {
        return asDemo("POST", base(mobilityId) + "/signatures", username,
                signature(typedName, "cg-demo-2026!", consent, read(mobilityId, username)));
    }

    /** The version of the mobility's learning agreement's signing document as the account reads it. */
    static int read(long mobilityId, String username) {
        return json(asDemo("GET", base(mobilityId) + "/signature", username, null)).getInt("version");
    }

    static String signature(String typedName, String password, String consent, Integer version) {
        return "{\"password\": %s, \"typedName\": %s, \"drawnSignature\": %s, \"consentVersion\": %s, \"version\": %s}"
                .formatted(quoted(password), quoted(typedName), quoted(drawnSignature()),
                        consent == null ? "null" : quoted(consent), version == null ? "null" : version.toString());
    }

    static String decline(String reason, Integer version) {
        return "{\"reason\": %s, \"version\": %s}".formatted(quoted(reason), version == null ? "null" : version.toString());
    }

    private static List<String> actions(long id) {
        return json(asDemo("GET", "/api/mobilities/" + id, "school.kpt", null)).getJsonArray("actions")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static HttpResponse<String> act(long id, String username, String action) {
        int version = json(asDemo("GET", "/api/mobilities/" + id, username, null)).getInt("version");
        return asDemo("POST", "/api/mobilities/" + id + "/transitions", username,
                "{\"action\": %s, \"version\": %d}".formatted(quoted(action), version));
    }

    /**
     * A learner mobility of student.kpt to Costa Azul starting today, approved by school and ministry, with its agreement.
     * Today is the school's day in Tirana: in the last hour of a UTC day, Tirana has already turned the page and a UTC
     * "today" would be a first day in the past.
     */
    static long approvedWithAgreement() {
        LocalDate start = LocalDate.now(PageDates.TIRANA);
        long host = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s"}"""
                .formatted(host, start, start.plusDays(20 + NEXT_WEEK.incrementAndGet())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        HttpResponse<String> agreement = asDemo("PUT", base(id), "teacher.kpt", """
                {"learningOutcomes": "Pret mysafirët në recepsion.", "tasks": "Regjistron mysafirët; u përgjigjet pyetjeve.",
                 "hoursPerWeek": 35, "mentorName": "María José Ruiz", "mentorFunction": "Recepsioniste",
                 "mentorEmail": "mj.ruiz@costaazul.example.es", "monitoring": "Bisedë javore me mentorin.",
                 "assessment": "Mentori vlerëson detyrat.", "recognition": "ECVET", "recognitionDetails": "Njësia 4.",
                 "workLanguage": "es", "languageLevel": "A2", "version": null, "reason": null}""");
        assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(201);
        for (String[] step : new String[][] {{"student.kpt", "SUBMIT"}, {"school.kpt", "APPROVE"}, {"ministry.al", "APPROVE"}}) {
            HttpResponse<String> answer = act(id, step[0], step[1]);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        }
        return id;
    }

    static String drawnSignature() {
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pen = image.createGraphics();
        pen.setColor(Color.BLACK);
        pen.setStroke(new BasicStroke(3));
        pen.drawLine(10, 80, 150, 20);
        pen.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /** The bytes at the address, fetched as the demo account (or without signing in when username is null). */
    static HttpResponse<byte[]> bytes(String path, String username) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Platform.url(path))).GET();
        if (username != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":" + Platform.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        HttpRequest request = builder.build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST /api/verify as multipart/form-data with the PDF as part "file", without signing in. */
    static HttpResponse<String> verifyPdf(byte[] pdf) {
        String boundary = "cg-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"document.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpRequest request = HttpRequest.newBuilder(URI.create(Platform.url("/api/verify")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return Platform.send(request);
    }
}
