package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.call;
import static eu.cginternational.it.system.Platform.isNull;
import static eu.cginternational.it.system.Platform.json;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The caller's notifications through the REST API: the list, marking one or all read, and nobody else's. */
class NotificationApiIT {

    @Test
    void aSubmissionShowsUnreadInTheListOfTheSchoolsAdministrator() {
        long mobility = MobilityApiIT.submittedByStudent();

        JsonObject page = list("school.kpt", "?unread=true&size=200");
        JsonObject notification = about(page, mobility);

        assertThat(notification.getString("kind")).isEqualTo("ACTION_REQUIRED");
        assertThat(notification.getString("title")).isNotBlank();
        assertThat(notification.getString("text")).contains("Klea Shehu");
        assertThat(notification.getString("createdAt")).isNotBlank();
        assertThat(isNull(notification, "readAt")).isTrue();
        assertThat(page.getJsonNumber("unread").longValue()).isEqualTo(page.getJsonNumber("total").longValue());
        assertThat(items(list("school.pljevlja", "?size=200"))).noneMatch(item -> links(item, mobility));
    }

    @Test
    void markingOneReadTakesItOutOfTheUnreadOnes() {
        long mobility = MobilityApiIT.submittedByStudent();
        JsonObject before = list("school.kpt", "?unread=true&size=200");
        long id = about(before, mobility).getJsonNumber("id").longValue();

        HttpResponse<String> read = asDemo("POST", "/api/notifications/" + id + "/read", "school.kpt", null);
        HttpResponse<String> again = asDemo("POST", "/api/notifications/" + id + "/read", "school.kpt", null);

        assertThat(read.statusCode()).as(read.body()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(204);
        JsonObject after = list("school.kpt", "?size=200");
        assertThat(after.getJsonNumber("unread").longValue()).isEqualTo(before.getJsonNumber("unread").longValue() - 1);
        assertThat(isNull(about(after, mobility), "readAt")).isFalse();
        assertThat(items(list("school.kpt", "?unread=true&size=200"))).noneMatch(item -> links(item, mobility));
    }

    @Test
    void anotherPersonsNotificationAnswers404AndStaysUnread() {
        long mobility = MobilityApiIT.submittedByStudent();
        long id = about(list("school.kpt", "?unread=true&size=200"), mobility).getJsonNumber("id").longValue();

        HttpResponse<String> foreign = asDemo("POST", "/api/notifications/" + id + "/read", "school.pljevlja", null);
        HttpResponse<String> missing = asDemo("POST", "/api/notifications/" + Long.MAX_VALUE + "/read", "school.pljevlja", null);

        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(json(foreign).getString("detail")).isEqualTo(json(missing).getString("detail").replace(
                String.valueOf(Long.MAX_VALUE), String.valueOf(id)));
        assertThat(isNull(about(list("school.kpt", "?unread=true&size=200"), mobility), "readAt")).isTrue();
    }

    @Test
    void markingAllReadLeavesNothingUnreadForTheCallerOnly() {
        long mobility = MobilityApiIT.submittedByStudent();
        MobilityApiIT.act(mobility, "school.kpt", "RETURN", "Please add the dates of travel", 2);
        long unreadOfSchool = list("school.kpt", "?size=1").getJsonNumber("unread").longValue();
        JsonObject decision = about(list("student.kpt", "?unread=true&size=200"), mobility);

        HttpResponse<String> readAll = asDemo("POST", "/api/notifications/read-all", "student.kpt", null);

        assertThat(decision.getString("kind")).isEqualTo("DECISION");
        assertThat(decision.getString("text")).contains("Please add the dates of travel");
        assertThat(readAll.statusCode()).as(readAll.body()).isEqualTo(204);
        JsonObject after = list("student.kpt", "?unread=true&size=200");
        assertThat(after.getJsonNumber("unread").longValue()).isZero();
        assertThat(after.getJsonNumber("total").longValue()).isZero();
        assertThat(list("school.kpt", "?size=1").getJsonNumber("unread").longValue()).isEqualTo(unreadOfSchool);
    }

    @Test
    void onlySignedInPeopleHaveNotifications() {
        assertThat(call("GET", "/api/notifications", null, null, null).statusCode()).isEqualTo(401);
        assertThat(call("POST", "/api/notifications/read-all", null, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void aPageOutOfRangeAnswers400() {
        assertThat(asDemo("GET", "/api/notifications?size=1000", "school.kpt", null).statusCode()).isEqualTo(400);
    }

    private static JsonObject list(String username, String query) {
        HttpResponse<String> response = asDemo("GET", "/api/notifications" + query, username, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** The one notification of the page that leads to the mobility. */
    private static JsonObject about(JsonObject page, long mobility) {
        List<JsonObject> found = items(page).stream().filter(item -> links(item, mobility)).toList();
        assertThat(found).as("notifications about mobility " + mobility).hasSize(1);
        return found.get(0);
    }

    private static boolean links(JsonObject item, long mobility) {
        return item.getString("link").equals("/mobilities/mobility.xhtml?id=" + mobility);
    }
}
