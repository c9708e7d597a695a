package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The learning agreement and the documents of a mobility through the REST API. */
class LearningAgreementApiIT {

    /** Each test plans its own dates, so that tests never share a mobility. */
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Nested
    class Writing {

        @Test
        void aTeacherOfTheSchoolWritesTheAgreementAndChangesItUntilTheMinistryApproves() {
            long id = submittedByStudent();

            HttpResponse<String> first = put(id, "teacher.kpt", "Përgatit mëngjesin për 80 mysafirë.", null, null);
            JsonObject written = json(first);
            HttpResponse<String> changed = put(id, "school.kpt", "Përgatit mëngjesin dhe drekën.", written.getInt("version"), null);

            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(written.getString("phase")).isEqualTo("PREPARATION");
            assertThat(written.getBoolean("writable")).isTrue();
            assertThat(written.getJsonObject("current").getString("learningOutcomes")).isEqualTo("Përgatit mëngjesin për 80 mysafirë.");
            assertThat(written.getJsonObject("current").getInt("hoursPerWeek")).isEqualTo(35);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed).getInt("number")).isEqualTo(1);
            assertThat(json(changed).getJsonArray("versions")).hasSize(1);
            assertThat(json(changed).getJsonArray("versions").getJsonObject(0).getString("madeBy")).isEqualTo("school.kpt");
        }

        @Test
        void afterTheMinistrysApprovalAChangeIsANewVersionWithItsReason() {
            long id = submittedByStudent();
            int version = json(put(id, "teacher.kpt", "Përgatit mëngjesin.", null, null)).getInt("version");
            act(id, "school.kpt", "APPROVE", 2);
            act(id, "ministry.al", "APPROVE", 3);

            HttpResponse<String> withoutReason = put(id, "teacher.kpt", "Përgatit mëngjesin dhe shërben në restorant.", version, null);
            HttpResponse<String> amended = put(id, "teacher.kpt", "Përgatit mëngjesin dhe shërben në restorant.", version,
                    "Organizata pritëse shtoi restorantin.");

            assertThat(withoutReason.statusCode()).isEqualTo(422);
            assertThat(json(withoutReason).getString("detail")).isNotBlank();
            assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
            JsonObject agreement = json(amended);
            assertThat(agreement.getString("phase")).isEqualTo("AMENDMENT");
            assertThat(agreement.getInt("number")).isEqualTo(2);
            assertThat(agreement.getJsonArray("versions").getValuesAs(JsonObject.class))
                    .extracting(v -> v.getInt("number") + " " + v.getBoolean("superseded") + " " + v.getString("pdf"))
                    .containsExactly("1 true /api/mobilities/" + id + "/learning-agreement/versions/1/pdf",
                            "2 false /api/mobilities/" + id + "/learning-agreement/versions/2/pdf");
            assertThat(agreement.getJsonArray("versions").getJsonObject(1).getString("reason")).isEqualTo("Organizata pritëse shtoi restorantin.");
        }

        @Test
        void aStaleVersionAnswers409AndInvalidInput422() {
            long id = submittedByStudent();
            int version = json(put(id, "teacher.kpt", "Përgatit mëngjesin.", null, null)).getInt("version");
            put(id, "school.kpt", "Përgatit drekën.", version, null);

            HttpResponse<String> stale = put(id, "teacher.kpt", "Përgatit darkën.", version, null);
            HttpResponse<String> invalid = asDemo("PUT", "/api/mobilities/" + id + "/learning-agreement", "teacher.kpt",
                    body("<b>bold</b>", 99, null).replace("\"hoursPerWeek\": 35", "\"hoursPerWeek\": 60"));

            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(invalid.statusCode()).isEqualTo(422);
            assertThat(json(invalid).getJsonArray("errors").getValuesAs(JsonObject.class))
                    .extracting(error -> error.getString("field")).contains("learningOutcomes", "hoursPerWeek");
            assertThat(json(get(id, "teacher.kpt")).getJsonObject("current").getString("learningOutcomes")).isEqualTo("Përgatit drekën.");
        }
    }

    @Nested
    class Scope {

        @Test
        void anotherSchoolNeitherSeesNorWritesNorDownloads() {
            long id = submittedByStudent();
            int version = json(put(id, "teacher.kpt", "Përgatit mëngjesin.", null, null)).getInt("version");

            assertThat(get(id, "school.pljevlja").statusCode()).isEqualTo(404);
            assertThat(put(id, "teacher.pljevlja", "Ndryshim.", version, null).statusCode()).isEqualTo(404);
            assertThat(asDemo("GET", pdfPath(id, 1), "school.pljevlja", null).statusCode()).isEqualTo(404);
        }

        @Test
        void theParticipantTheHostAndTheMinistryReadButMayNotWrite() {
            long id = submittedByStudent();
            int version = json(put(id, "teacher.kpt", "Përgatit mëngjesin.", null, null)).getInt("version");

            for (String reader : new String[] {"student.kpt", "partner.es", "ministry.al"}) {
                HttpResponse<String> read = get(id, reader);
                assertThat(read.statusCode()).as(reader).isEqualTo(200);
                assertThat(json(read).getBoolean("writable")).as(reader).isFalse();
                assertThat(put(id, reader, "Ndryshim.", version, null).statusCode()).as(reader).isEqualTo(403);
            }
        }
    }

    /** The sending school sends the text it read: a change made since is reported, not frozen unseen. */
    @Nested
    class SendingForSignature {

        @Test
        void aVersionChangedSinceItWasReadAnswers409AndNothingIsSentUntilTheCurrentOneIs() {
            long id = submittedByStudent();
            int written = json(put(id, "teacher.kpt", "Përgatit mëngjesin.", null, null)).getInt("version");
            long seen = json(get(id, "school.kpt")).getJsonNumber("version").longValue();
            HttpResponse<String> changed = put(id, "teacher.kpt", "Përgatit mëngjesin dhe drekën.", written, null);
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed).getInt("number")).isEqualTo(1);

            HttpResponse<String> stale = SigningApiIT.send(id, "school.kpt", seen);
            HttpResponse<String> unversioned = asDemo("POST", SigningApiIT.base(id) + "/signature-requests", "school.kpt", "{}");

            assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
            assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(422);
            assertThat(unversioned.body()).contains(Platform.validationText("_sq", "learning.version.required"));
            assertThat(asDemo("GET", SigningApiIT.base(id) + "/signature", "school.kpt", null).statusCode()).isEqualTo(404);

            HttpResponse<String> sent = SigningApiIT.send(id, "school.kpt", json(changed).getJsonNumber("version").longValue());

            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            assertThat(json(sent).getString("status")).isEqualTo("AWAITING_SIGNATURES");
        }
    }

    /**
     * The sending school takes the version under signature back: it stays as it was sent, withdrawn, nobody signs its
     * document any more, and the agreement is changed and sent anew. Only whoever may send it withdraws it.
     */
    @Nested
    class WithdrawalFromSignature {

        @Test
        void theSendingSchoolWithdrawsTheVersionThenChangesItAndSendsItAnew() {
            long id = SigningApiIT.approvedWithAgreement();
            String consent = json(asDemo("GET", "/api/signing/consent", "student.kpt", null)).getString("version");
            HttpResponse<String> sent = SigningApiIT.send(id, "school.kpt");
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
            long document = json(sent).getJsonNumber("id").longValue();
            assertThat(SigningApiIT.sign(id, "school.kpt", "Besnik Leka", consent).statusCode()).isEqualTo(200);
            assertThat(SigningApiIT.sign(id, "student.kpt", "Klea Shehu", consent).statusCode()).isEqualTo(200);
            long seen = json(get(id, "school.kpt")).getJsonNumber("version").longValue();
            String page = "/mobilities/mobility.xhtml?id=" + id;
            assertThat(Pages.get(page, Pages.sessionOf("school.kpt", Platform.DEMO_PASSWORD)).body())
                    .contains("la-withdraw:withdraw-from-signature");
            assertThat(Pages.get(page, Pages.sessionOf("teacher.kpt", Platform.DEMO_PASSWORD)).body())
                    .doesNotContain("la-withdraw:withdraw-from-signature");

            assertThat(withdraw(id, "school.pljevlja", seen).statusCode()).isEqualTo(404);
            assertThat(withdraw(id, "teacher.kpt", seen).statusCode()).isEqualTo(403);
            assertThat(withdraw(id, "partner.es", seen).statusCode()).isEqualTo(403);
            assertThat(withdraw(id, "school.kpt", seen - 1).statusCode()).isEqualTo(409);
            String comment = "Mentori i ri fillon të hënën & \"javascript:alert(1)\".";
            HttpResponse<String> withdrawn = asDemo("POST", SigningApiIT.base(id) + "/signature-withdrawals", "school.kpt",
                    Json.createObjectBuilder().add("version", seen).add("comment", comment).build().toString());

            assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
            JsonObject agreement = json(withdrawn);
            assertThat(agreement.getInt("number")).isEqualTo(1);
            assertThat(Platform.isNull(agreement.getJsonArray("versions").getJsonObject(0), "withdrawnAt")).isFalse();
            assertThat(agreement.getJsonArray("versions").getJsonObject(0).getString("withdrawalComment")).isEqualTo(comment);
            assertThat(json(asDemo("GET", SigningApiIT.base(id) + "/signature", "school.kpt", null)).getString("status")).isEqualTo("SUPERSEDED");
            int read = json(asDemo("GET", "/api/signing/documents/" + document, "partner.es", null)).getInt("version");
            HttpResponse<String> late = asDemo("POST", "/api/signing/documents/" + document + "/signatures", "partner.es",
                    SigningApiIT.signature("Javier Ortega", Platform.DEMO_PASSWORD, consent, read));
            assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
            assertThat(asDemo("GET", "/api/notifications?size=50", "student.kpt", null).body())
                    .contains(Platform.serviceText("_sq", "notice.learning.withdrawn.title")).contains("Mentori i ri fillon të hënën & ");
            assertThat(Pages.get(page, Pages.sessionOf("school.kpt", Platform.DEMO_PASSWORD)).body())
                    .doesNotContain("la-withdraw:withdraw-from-signature").contains(Platform.text("_sq", "learning.version.withdrawn"))
                    .contains("Mentori i ri fillon të hënën &amp; ").doesNotContain("hënën & ");
            HttpResponse<String> again = withdraw(id, "school.kpt", agreement.getJsonNumber("version").longValue());
            assertThat(again.statusCode()).isEqualTo(422);
            assertThat(json(again).getString("detail")).isEqualTo(Platform.text("_sq", "learning.rule.NOT_UNDER_SIGNATURE"));
            HttpResponse<String> unchanged = SigningApiIT.send(id, "school.kpt");
            assertThat(unchanged.statusCode()).isEqualTo(422);

            HttpResponse<String> changed = put(id, "teacher.kpt", "Pret mysafirët në recepsion dhe në restorant.",
                    agreement.getInt("version"), "Organizata pritëse shtoi restorantin.");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
            assertThat(json(changed).getInt("number")).isEqualTo(2);
            HttpResponse<String> resent = SigningApiIT.send(id, "school.kpt");
            assertThat(resent.statusCode()).as(resent.body()).isEqualTo(201);
            assertThat(json(resent).getString("status")).isEqualTo("AWAITING_SIGNATURES");
        }

        @Test
        void withoutTheVersionReadTheWithdrawalIsIncompleteAndNothingUnderSignatureIsWithdrawn() {
            long id = SigningApiIT.approvedWithAgreement();
            long seen = json(get(id, "school.kpt")).getJsonNumber("version").longValue();

            HttpResponse<String> unversioned = asDemo("POST", SigningApiIT.base(id) + "/signature-withdrawals", "school.kpt", "{}");
            HttpResponse<String> neverSent = withdraw(id, "school.kpt", seen);

            assertThat(unversioned.statusCode()).as(unversioned.body()).isEqualTo(422);
            assertThat(unversioned.body()).contains(Platform.validationText("_sq", "learning.version.required"));
            assertThat(neverSent.statusCode()).isEqualTo(422);
            assertThat(json(neverSent).getString("detail")).isEqualTo(Platform.text("_sq", "learning.rule.NOT_UNDER_SIGNATURE"));
        }

        /** As a partnership agreement's: at most 2000 characters of plain text, markup refused rather than stored. */
        @Test
        void aCommentTooLongOrWithMarkupIsRefusedWithATranslatedMessageAndNothingIsWithdrawn() {
            long id = SigningApiIT.approvedWithAgreement();
            assertThat(SigningApiIT.send(id, "school.kpt").statusCode()).isEqualTo(201);
            long seen = json(get(id, "school.kpt")).getJsonNumber("version").longValue();

            HttpResponse<String> tooLong = asDemo("POST", SigningApiIT.base(id) + "/signature-withdrawals", "school.kpt",
                    Json.createObjectBuilder().add("version", seen).add("comment", "x".repeat(2001)).build().toString());

            HttpResponse<String> markup = asDemo("POST", SigningApiIT.base(id) + "/signature-withdrawals", "school.kpt",
                    Json.createObjectBuilder().add("version", seen).add("comment", "<script>alert(1)</script>").build()
                            .toString());

            assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(422);
            assertThat(tooLong.body()).contains(Platform.validationText("_sq", "learning.withdrawal_comment.too_long")
                    .replace("{max}", "2000"));
            assertThat(markup.statusCode()).as(markup.body()).isEqualTo(422);
            assertThat(json(markup).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("comment");
            assertThat(markup.body()).contains(Platform.validationText("_sq", "text.plain.markup"));
            assertThat(json(asDemo("GET", SigningApiIT.base(id) + "/signature", "school.kpt", null)).getString("status"))
                    .isEqualTo("AWAITING_SIGNATURES");
            assertThat(Platform.isNull(json(get(id, "school.kpt")).getJsonArray("versions").getJsonObject(0), "withdrawnAt"))
                    .isTrue();
        }
    }

    @Nested
    class Documents {

        @Test
        void eachVersionIsAPdfWithItsFileName() {
            long id = submittedByStudent();
            put(id, "teacher.kpt", "Përgatit mëngjesin.", null, null);

            HttpResponse<String> pdf = asDemo("GET", pdfPath(id, 1), "student.kpt", null);
            HttpResponse<String> missing = asDemo("GET", pdfPath(id, 2), "student.kpt", null);

            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"learning-agreement-" + id + "-v1.pdf\"");
            assertThat(pdf.body()).startsWith("%PDF-");
            assertThat(missing.statusCode()).isEqualTo(404);
        }

        @Test
        void theCertificateComesWithCompletionAndIsRefusedBefore() {
            long completed = json(asDemo("GET", "/api/mobilities?status=COMPLETED&size=1", "school.kpt", null))
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            long running = submittedByStudent();

            HttpResponse<String> certificate = asDemo("GET", "/api/mobilities/" + completed + "/certificate", "student.kpt", null);
            HttpResponse<String> tooEarly = asDemo("GET", "/api/mobilities/" + running + "/certificate", "student.kpt", null);
            HttpResponse<String> otherSchool = asDemo("GET", "/api/mobilities/" + completed + "/certificate", "school.pljevlja", null);

            assertThat(certificate.statusCode()).isEqualTo(200);
            assertThat(certificate.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(certificate.headers().firstValue("Content-Disposition"))
                    .hasValue("attachment; filename=\"certificate-of-mobility-" + completed + ".pdf\"");
            assertThat(certificate.body()).startsWith("%PDF-");
            assertThat(tooEarly.statusCode()).isEqualTo(422);
            assertThat(json(tooEarly).getString("detail")).isNotBlank();
            assertThat(otherSchool.statusCode()).isEqualTo(404);
        }

        @Test
        void theDemoDataHasAnAgreementAmendedAfterTheApproval() {
            JsonObject amended = json(asDemo("GET", "/api/mobilities?size=50", "school.pljevlja", null))
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> json(get(item.getJsonNumber("id").longValue(), "school.pljevlja")))
                    .filter(agreement -> agreement.getJsonArray("versions").size() == 2)
                    .findFirst().orElseThrow();

            assertThat(amended.getJsonArray("versions").getJsonObject(1).getString("reason")).isNotBlank();
            assertThat(amended.getJsonObject("current").getString("learningOutcomes")).contains("đuveč");
        }
    }

    private static HttpResponse<String> get(long id, String username) {
        return asDemo("GET", "/api/mobilities/" + id + "/learning-agreement", username, null);
    }

    private static HttpResponse<String> put(long id, String username, String outcomes, Integer version, String reason) {
        return asDemo("PUT", "/api/mobilities/" + id + "/learning-agreement", username, body(outcomes, version, reason));
    }

    private static String body(String outcomes, Integer version, String reason) {
        return """
                {"learningOutcomes": %s, "tasks": "Përgatit bufenë; pastron pajisjet.", "hoursPerWeek": 35,
                 "mentorName": "María José Ruiz", "mentorFunction": "Shefe e kuzhinës", "mentorEmail": "mj.ruiz@costaazul.example.es",
                 "monitoring": "Bisedë javore me mentorin.", "assessment": "Mentori vlerëson detyrat.",
                 "recognition": "ECVET", "recognitionDetails": "Njësia 4, 8 pikë ECVET.", "workLanguage": "es",
                 "languageLevel": "A2", "version": %s, "reason": %s}"""
                .formatted(quoted(outcomes), version == null ? "null" : version.toString(),
                        reason == null ? "null" : quoted(reason));
    }

    private static HttpResponse<String> withdraw(long id, String username, long version) {
        return asDemo("POST", SigningApiIT.base(id) + "/signature-withdrawals", username, "{\"version\": " + version + "}");
    }

    private static String pdfPath(long id, int number) {
        return "/api/mobilities/" + id + "/learning-agreement/versions/" + number + "/pdf";
    }

    /** A learner mobility of student.kpt to Costa Azul (Spain), submitted by the student: version 2. */
    private static long submittedByStudent() {
        LocalDate start = Platform.mondayInMonths(22).plusWeeks(NEXT_WEEK.incrementAndGet());
        long host = json(asDemo("GET", "/api/institutions?name=Costa%20Azul", "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt", """
                {"type": "LEARNER_SHORT_TERM", "hostId": %d, "startDate": "%s", "endDate": "%s"}"""
                .formatted(host, start, start.plusDays(20)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        act(id, "student.kpt", "SUBMIT", 1);
        return id;
    }

    private static void act(long id, String username, String action, int version) {
        HttpResponse<String> answer = asDemo("POST", "/api/mobilities/" + id + "/transitions", username,
                "{\"action\": %s, \"version\": %d}".formatted(quoted(action), version));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
