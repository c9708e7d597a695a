package eu.cginternational.it.system;

import static eu.cginternational.it.system.Pages.get;
import static eu.cginternational.it.system.Pages.sessionOf;
import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page of one record addressed without its parameter, or with one that cannot be read, does not exist:
 * 404 and the "page not found" page, not an empty page or a failure. An editor without an id makes a new record.
 */
class PageAddressIT {

    private static String coordinator;

    @BeforeAll
    static void signIn() {
        coordinator = sessionOf("coordinator", DEMO_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mobilities/mobility.xhtml", "/mobilities/mobility.xhtml?id=abc", "/trainings/training.xhtml",
            "/trainings/module.xhtml", "/trainings/module-edit.xhtml?id=1x", "/trainings/attendance.xhtml",
            "/agreements/agreement.xhtml?id=", "/opportunities/opportunity.xhtml", "/signing/sign.xhtml?id=%3Cb%3E",
            "/guidance/occupation.xhtml", "/guidance/country.xhtml", "/guidance/resource.xhtml?id=first",
            "/coordinator/occupation.xhtml", "/coordinator/country-profile.xhtml", "/agreements/edit.xhtml?id=abc",
            "/mobilities/apply.xhtml?id=abc", "/trainings/edit.xhtml?id=x", "/policy/publication.xhtml?id=x",
            "/coordinator/institution.xhtml?id=x", "/coordinator/user.xhtml?id=x", "/coordinator/rates.xhtml?year=last"})
    void aRecordsPageWithoutAReadableParameterIsNotFound(String address) {
        HttpResponse<String> page = get(address, coordinator);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains(text("", "error.page.404.title"));
    }

    @Test
    void aCounsellorsStudentPageWithAnIdThatCannotBeReadIsNotFound() {
        HttpResponse<String> page = get("/guidance/student.xhtml?id=x", sessionOf("teacher.kpt", DEMO_PASSWORD));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains(text("_sq", "error.page.404.title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mobilities/apply.xhtml", "/trainings/edit.xhtml", "/coordinator/institution.xhtml",
            "/coordinator/user.xhtml", "/coordinator/rates.xhtml", "/guidance/country.xhtml?code=ES"})
    void anEditorWithoutAnIdAndARecordsPageWithOneOpen(String address) {
        assertThat(get(address, coordinator).statusCode()).isEqualTo(200);
    }
}
