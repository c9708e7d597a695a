package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The pages of the platform as the role that uses each of them sees it, for the tests that look at every page: whether
 * it fits a phone's width, whether it breaks an accessibility rule. A visitor's pages have no username.
 */
final class RolePages {

    private RolePages() {
    }

    /** A username (none for a visitor) and the path of a page of theirs. */
    static Stream<Arguments> pages() {
        return Stream.of(
                arguments(null, "/login.xhtml"),
                arguments(null, "/register.xhtml"),
                arguments(null, "/policy/index.xhtml"),
                arguments(null, "/verify.xhtml"),
                arguments("student.kpt", "/student/index.xhtml"),
                arguments("student.kpt", "/mobilities/index.xhtml"),
                arguments("student.kpt", "/mobilities/apply.xhtml"),
                arguments("student.kpt", "/opportunities/index.xhtml"),
                arguments("student.kpt", "/guidance/assessment.xhtml"),
                arguments("student.kpt", "/guidance/occupations.xhtml"),
                arguments("student.kpt", "/guidance/countries.xhtml"),
                arguments("student.kpt", "/guidance/student.xhtml"),
                arguments("student.kpt", "/guidance/resources.xhtml"),
                arguments("student.kpt", "/notifications.xhtml"),
                arguments("student.kpt", "/account/password.xhtml"),
                arguments("teacher.kpt", "/teacher/index.xhtml"),
                arguments("teacher.kpt", "/trainings/index.xhtml"),
                arguments("teacher.kpt", "/trainings/mine.xhtml"),
                arguments("teacher.kpt", "/guidance/caseload.xhtml"),
                arguments("teacher.kpt", "/guidance/resource-edit.xhtml"),
                arguments("school.kpt", "/school/index.xhtml"),
                arguments("school.kpt", "/mobilities/index.xhtml"),
                arguments("school.kpt", "/mobilities/dashboard.xhtml"),
                arguments("school.kpt", "/agreements/index.xhtml"),
                arguments("school.kpt", "/signing/inbox.xhtml"),
                arguments("school.kpt", "/trainings/nominations.xhtml"),
                arguments("school.kpt", "/school/account-requests.xhtml"),
                arguments("school.kpt", "/opportunities/applications.xhtml"),
                arguments("ministry.al", "/ministry/index.xhtml"),
                arguments("ministry.al", "/guidance/indicators.xhtml"),
                arguments("ministry.al", "/trainings/dashboard.xhtml"),
                arguments("partner.es", "/partner/index.xhtml"),
                arguments("coordinator", "/coordinator/index.xhtml"),
                arguments("coordinator", "/coordinator/users.xhtml"),
                arguments("coordinator", "/coordinator/institutions.xhtml"),
                arguments("coordinator", "/coordinator/audit.xhtml"),
                arguments("coordinator", "/coordinator/outbox.xhtml"),
                arguments("coordinator", "/coordinator/account-requests.xhtml"),
                arguments("student.kpt", "/account/data.xhtml"),
                arguments("coordinator", "/coordinator/rates.xhtml"),
                arguments("coordinator", "/agreements/clauses.xhtml"),
                arguments("coordinator", "/trainings/edit.xhtml"));
    }

    /**
     * The page of one record, the first the person's list in the API holds: a username, the list, the field of an
     * item that names the record, and the page's address without it. For example a mobility as its school's
     * administrator and its participant see it (facts, grant, timeline), an occupation, a training, an agreement.
     */
    static Stream<Arguments> recordPages() {
        return Stream.of(
                arguments("school.kpt", "/api/mobilities?size=1", "id", "/mobilities/mobility.xhtml?id="),
                arguments("student.kpt", "/api/mobilities?size=1", "id", "/mobilities/mobility.xhtml?id="),
                arguments("student.kpt", "/api/occupations?size=1", "iscoCode", "/guidance/occupation.xhtml?isco="),
                arguments("student.kpt", "/api/opportunities?size=1", "id", "/opportunities/opportunity.xhtml?id="),
                arguments("student.kpt", "/api/resources?size=1", "id", "/guidance/resource.xhtml?id="),
                arguments("teacher.kpt", "/api/trainings?size=1", "id", "/trainings/training.xhtml?id="),
                // The demo's closed training: its sheet has marks, registrations and comments.
                arguments("coordinator", "/api/trainings?size=1&topic=Career%20guidance%20basics", "id",
                        "/trainings/attendance.xhtml?id="),
                arguments("teacher.kpt", "/api/users?username=student.kpt", "id", "/guidance/student.xhtml?id="),
                arguments("school.kpt", "/api/agreements?size=1", "id", "/agreements/agreement.xhtml?id="),
                arguments("school.kpt", "/api/account-requests?size=1", "id", "/school/account-request.xhtml?id="),
                arguments("coordinator", "/api/users?size=1", "id", "/coordinator/user.xhtml?id="),
                arguments("coordinator", "/api/institutions?size=1", "id", "/coordinator/institution.xhtml?id="),
                arguments("coordinator", "/api/occupations?size=1", "iscoCode", "/coordinator/occupation.xhtml?isco="),
                arguments("coordinator", "/api/publications?size=1", "id", "/policy/publication.xhtml?id="));
    }

    /** The address of a {@link #recordPages record page}. */
    static String recordPath(String username, String list, String field, String page) {
        // Only the coordinator lists accounts: the teacher's student is found through the coordinator.
        String lister = list.startsWith("/api/users") ? "coordinator" : username;
        return page + json(asDemo("GET", list, lister, null)).getJsonArray("items").getJsonObject(0).get(field)
                .toString().replace("\"", "");
    }

    /** Signs in as a demo account and waits for the landing page of its role. */
    static void signIn(Browser browser, String username) {
        browser.signIn(username, DEMO_PASSWORD);
        browser.waitForPath(landingPath(username));
    }

    /** As {@link #signIn}, once per browser: later calls go on with that session ({@link Browser#resumeSession}). */
    static void resumeSession(Browser browser, String username) {
        browser.resumeSession(username, DEMO_PASSWORD, landingPath(username));
    }

    private static String landingPath(String username) {
        return "/" + (username.equals("coordinator") ? "coordinator" : username.replaceFirst("\\..*", "")) + "/index.xhtml";
    }
}
