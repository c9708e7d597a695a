package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.DEMO_PASSWORD;
import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.text;
import static eu.cginternational.it.system.Platform.unique;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The pages in headless Chromium, as the people of each role use them. */
class BrowserIT extends BrowserTest {

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
        "coordinator, /coordinator/index.xhtml, Mundus",
        "ministry.al, /ministry/index.xhtml, Ministria e Arsimit dhe Sportit",
        "ministry.xk, /ministry/index.xhtml, 'Ministria e Arsimit, Shkencës, Teknologjisë dhe Inovacionit'",
        "ministry.me, /ministry/index.xhtml, 'Ministarstvo prosvjete, nauke i inovacija'",
        "school.kpt, /school/index.xhtml, Kolegji Profesional i Tiranës",
        "school.lutfimusiqi, /school/index.xhtml, SHMT Lutfi Musiqi",
        "school.pljevlja, /school/index.xhtml, SVS-Pljevlja",
        "teacher.kpt, /teacher/index.xhtml, Kolegji Profesional i Tiranës",
        "teacher.lutfimusiqi, /teacher/index.xhtml, SHMT Lutfi Musiqi",
        "teacher.pljevlja, /teacher/index.xhtml, SVS-Pljevlja",
        "student.kpt, /student/index.xhtml, Kolegji Profesional i Tiranës",
        "student.lutfimusiqi, /student/index.xhtml, SHMT Lutfi Musiqi",
        "student.pljevlja, /student/index.xhtml, SVS-Pljevlja",
        "partner.es, /partner/index.xhtml, Costa Azul Hoteles S.L.",
        "partner.al, /partner/index.xhtml, Tirana Digital Solutions sh.p.k."
    })
    void everyDemoAccountSignsInAndLandsOnThePageOfItsRole(String username, String landingPage, String institution) {
        browser.signIn(username, DEMO_PASSWORD);

        browser.waitForPath(landingPage);
        assertThat(browser.text(By.id("institution"))).isEqualTo(institution);
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPageWithAMessage() {
        browser.signIn("teacher.kpt", "not-the-right-password");

        assertThat(browser.path()).startsWith("/login.xhtml");
        assertThat(browser.messages()).contains(text("", "login.failed"));
    }

    @Test
    void aStudentOpeningACoordinatorPageIsRefused() {
        browser.signIn("student.pljevlja", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");

        browser.open("/coordinator/users.xhtml");

        assertThat(browser.heading()).isEqualTo(text("_sr_Latn_ME", "error.page.403.title"));
        assertThat(browser.driver.getPageSource()).doesNotContain("student.kpt");
    }

    @Test
    void aPageThatNeedsSignInSendsThePersonToSignInAndBack() {
        browser.open("/coordinator/audit.xhtml");
        browser.waitForPath("/login.xhtml");

        browser.type(By.id("login:username"), "coordinator");
        browser.type(By.id("login:password"), DEMO_PASSWORD);
        browser.click(By.id("login:submit"));

        browser.waitForPath("/coordinator/audit.xhtml");
    }

    @Test
    void theLanguageSwitchChangesTheWholePage() {
        browser.open("/login.xhtml");

        browser.switchLanguage("SQ");
        assertThat(browser.heading()).isEqualTo(text("_sq", "login.title"));
        assertThat(browser.text(By.cssSelector("label[for='login:username']"))).startsWith(text("_sq", "login.username"));
        assertThat(browser.text(By.id("login:submit"))).isEqualTo(text("_sq", "login.submit"));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sq");

        browser.switchLanguage("CNR");
        assertThat(browser.heading()).isEqualTo(text("_sr_Latn_ME", "login.title"));
        assertThat(browser.text(By.id("login:submit"))).isEqualTo(text("_sr_Latn_ME", "login.submit"));

        browser.switchLanguage("EN");
        assertThat(browser.heading()).isEqualTo(text("", "login.title"));
    }

    /**
     * On a phone the menu folds behind its button: the page begins under two lines of header instead of eight, and
     * the submenus are open groups in the panel, as a tap does not reliably open a hover menu.
     */
    @Test
    void onANarrowScreenTheMenuFoldsBehindItsButtonAndASubmenuOpensOnATap() {
        browser.signInAsNewAccount("STUDENT", "Kolegji Profesional", "SQ", "/student/index.xhtml");
        By toggle = By.id("navigation:menu-toggle");
        By menu = By.id("navigation:menu");
        assertThat(browser.driver.findElement(toggle).isDisplayed()).isFalse();
        assertThat(browser.driver.findElement(menu).isDisplayed()).isTrue();
        // On a wide screen a tap on a submenu's button opens it (a tablet may neither hover nor focus it), a tap elsewhere closes it.
        By mobilityMenu = By.id("navigation:mobility-menu");
        browser.click(mobilityMenu);
        assertThat(browser.driver.findElement(mobilityMenu).getAttribute("aria-expanded")).isEqualTo("true");
        browser.click(By.id("page-title"));
        assertThat(browser.driver.findElement(mobilityMenu).getAttribute("aria-expanded")).isEqualTo("false");
        browser.onPhone(() -> {
            assertThat(browser.driver.findElement(menu).isDisplayed()).isFalse();
            assertThat(browser.text(toggle)).isEqualTo(text("_sq", "menu.toggle"));
            assertThat(browser.driver.findElement(toggle).getAttribute("aria-expanded")).isEqualTo("false");
            assertThat(browser.driver.findElement(By.cssSelector("header")).getSize().getHeight()).isLessThan(150);
            assertThat(browser.beyondRightEdge()).as("the page scrolls sideways").isEmpty();

            browser.click(toggle);
            assertThat(browser.driver.findElement(toggle).getAttribute("aria-expanded")).isEqualTo("true");
            assertThat(browser.driver.findElement(By.id("navigation:my-plan")).isDisplayed()).isTrue();
            // In the folded menu a submenu is a group, always shown: its button is a heading and claims no state.
            assertThat(browser.driver.findElement(mobilityMenu).getAttribute("aria-expanded")).isNull();
            browser.click(mobilityMenu);
            assertThat(browser.driver.findElement(mobilityMenu).getAttribute("aria-expanded")).isNull();
            assertThat(browser.driver.findElement(By.id("navigation:mobilities")).isDisplayed()).isTrue();
            browser.driver.findElement(toggle).sendKeys(Keys.ESCAPE);
            assertThat(browser.driver.findElement(menu).isDisplayed()).isFalse();
            assertThat(browser.driver.findElement(toggle).getAttribute("aria-expanded")).isEqualTo("false");

            browser.click(toggle);
            browser.click(By.id("navigation:mobilities"));
            browser.waitForPath("/mobilities/index.xhtml");
            assertThat(browser.driver.findElement(menu).isDisplayed()).isFalse();
        });
    }

    /**
     * The header works on an error page too. Its forms post to the site's root, as the missing page has no view to
     * post back to: the language switch leads home in the chosen language.
     */
    @Test
    void onAMissingPageTheLanguageSwitchLeadsHomeAndTheSignOutWorks() {
        browser.signInAsNewAccount("TEACHER", "Kolegji Profesional", "EN", "/teacher/index.xhtml");
        browser.open("/no-such-page.xhtml");
        assertThat(browser.heading()).isEqualTo(text("", "error.page.404.title"));

        browser.switchLanguage("SQ");
        browser.waitForPath("/teacher/index.xhtml");
        assertThat(browser.heading()).startsWith(text("_sq", "welcome.title"));

        browser.open("/no-such-page.xhtml");
        assertThat(browser.heading()).isEqualTo(text("_sq", "error.page.404.title"));
        browser.signOut();
        browser.open("/teacher/index.xhtml");
        browser.waitForPath("/login.xhtml");
    }

    @Test
    void aSignedInPersonsLanguageIsRememberedOnTheAccount() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String password = Mailbox.setPasswordFromWelcomeMail(username + "@school.example");
        browser.signIn(username, password);
        browser.waitForPath("/teacher/index.xhtml");

        browser.switchLanguage("SQ");
        browser.signOut();
        browser.signIn(username, password);

        browser.waitForPath("/teacher/index.xhtml");
        assertThat(browser.heading()).startsWith(text("_sq", "welcome.title"));
        assertThat(json(Platform.call("GET", "/api/me", username, password, null)).getString("language")).isEqualTo("SQ");
    }

    @Test
    void aPersonDeactivatedWhileSignedInIsSignedOutAtTheirNextPage() {
        String username = browser.signInAsNewAccount("TEACHER", "Kolegji Profesional", "EN", "/teacher/index.xhtml");
        JsonObject account = json(asDemo("GET", "/api/users?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0);

        HttpResponse<String> deactivated = asDemo("POST", "/api/users/" + account.getJsonNumber("id").longValue()
                + "/deactivation", "coordinator", "{\"version\": " + account.getJsonNumber("version").longValue() + "}");
        browser.open("/mobilities/index.xhtml");

        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        browser.waitForPath("/login.xhtml");
    }

    /** PrimeFaces ships no Albanian words and Serbian ones for Montenegrin; the platform brings its own. */
    @Test
    void theDatePickerSpeaksThePagesLanguageAndStartsTheWeekOnMonday() {
        browser.signInAsNewAccount("TEACHER", "Kolegji Profesional", "EN", "/teacher/index.xhtml");
        browser.open("/mobilities/apply.xhtml");

        browser.switchLanguage("SQ");
        assertThat(weekdaysOfTheDatePicker()).containsExactly("Hë", "Ma", "Më", "En", "Pr", "Sh", "Di");
        assertThat(browser.driver.getPageSource()).doesNotContain("RES_NOT_FOUND");

        browser.switchLanguage("CNR");
        assertThat(weekdaysOfTheDatePicker()).containsExactly("Po", "Ut", "Sr", "Če", "Pe", "Su", "Ne");
        assertThat(browser.text(By.cssSelector("#apply\\:startDate_panel .ui-datepicker-title")))
                .matches("(Januar|Februar|Mart|April|Maj|Jun|Jul|Avgust|Septembar|Oktobar|Novembar|Decembar).*");
    }

    private static java.util.List<String> weekdaysOfTheDatePicker() {
        browser.click(By.id("apply:startDate_input"));
        browser.text(By.id("apply:startDate_panel"));
        return browser.driver.findElements(By.cssSelector("#apply\\:startDate_panel thead th"))
                .stream().map(day -> day.getText().trim()).toList();
    }

    @Test
    void signingInGivesANewSessionAndSigningOutEndsIt() {
        browser.open("/login.xhtml");
        assertThat(browser.driver.manage().getCookieNamed("JSESSIONID")).as("a session before sign-in").isNull();
        // No page gives a visitor a session; a session id planted in the browser must not become the signed-in one.
        String planted = "0123456789abcdef0123456789ab";
        browser.driver.manage().addCookie(new Cookie("JSESSIONID", planted, "/"));

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        Cookie signedIn = browser.driver.manage().getCookieNamed("JSESSIONID");
        browser.signOut();
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().addCookie(signedIn);
        browser.open("/coordinator/index.xhtml");

        assertThat(signedIn.getValue()).isNotEqualTo(planted);
        browser.waitForPath("/login.xhtml");
    }

    @Test
    void aCoordinatorCreatesAUserAndBadInputSavesNothing() {
        String username = unique("browser");
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        browser.open("/coordinator/user.xhtml");

        browser.type(By.id("user:username"), username);
        browser.type(By.id("user:fullName"), "<script>alert('x')</script>");
        browser.type(By.id("user:email"), "not-an-address");
        browser.submit(By.id("user:save"));

        assertThat(browser.path()).startsWith("/coordinator/user.xhtml");
        assertThat(browser.messages()).isNotBlank();
        assertThat(usersNamed(username)).isZero();

        browser.type(By.id("user:fullName"), "Drita Browser");
        browser.type(By.id("user:email"), username + "@school.example");
        browser.suggest("user:institution", "Kolegji");
        browser.click(By.cssSelector("label[for='user:roles:3']"));
        browser.submit(By.id("user:save"));

        assertThat(browser.messages()).contains(text("", "user.created"));
        assertThat(usersNamed(username)).isEqualTo(1);
        HttpResponse<String> data = browser.download(browser.driver.findElement(By.id("export-data")).getAttribute("href"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(json(data).getJsonObject("account").getString("username")).isEqualTo(username);
    }

    @Test
    void aCoordinatorSendsANewLinkToChooseAPasswordToSomeoneWhoHasNotSignedInYetAndToACorrectedAddress() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "SQ");
        String email = username + "@school.example";
        long id = json(asDemo("GET", "/api/users?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        browser.open("/coordinator/user.xhtml?id=" + id);
        assertThat(browser.text(By.id("user:neverSignedIn"))).isEqualTo(text("", "user.never_signed_in"));

        browser.submit(By.id("user:send-welcome"));

        assertThat(browser.messages()).contains(MessageFormat.format(text("", "user.welcome_sent"), email));
        assertThat(Mailbox.resetLinkIn(Mailbox.latestTo(email, 1))).contains("token=");

        browser.type(By.id("user:email"), "corrected." + email);
        browser.submit(By.id("user:save"));

        assertThat(browser.messages()).contains(MessageFormat.format(text("", "user.saved_readdressed_welcome"), "corrected." + email));
        assertThat(Mailbox.resetLinkIn(Mailbox.latestTo("corrected." + email, 0))).contains("token=");
    }

    @Test
    void aCoordinatorAnonymisesADeactivatedUserOnceTheyConfirmThePersonAskedForIt() {
        String username = Platform.newAccount("STUDENT", "Kolegji Profesional", "EN");
        long id = json(asDemo("GET", "/api/users?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        browser.open("/coordinator/user.xhtml?id=" + id);
        assertThat(browser.driver.findElements(By.id("anonymisation:anonymise"))).as("an active account").isEmpty();

        browser.submit(By.id("user:deactivate"));
        assertThat(browser.messages()).contains(text("", "user.deactivated"));
        assertThat(browser.text(By.id("anonymisation-effects"))).contains(text("", "user.anonymise_kept"));
        browser.submit(By.id("anonymisation:anonymise"));

        assertThat(browser.messages()).contains(text("", "user.anonymise_unconfirmed"));
        assertThat(usersNamed(username)).isEqualTo(1);

        browser.click(By.cssSelector("#anonymisation\\:confirmed .ui-chkbox-box"));
        browser.submit(By.id("anonymisation:anonymise"));

        assertThat(browser.messages()).contains(MessageFormat.format(text("", "user.anonymised"), "anonymised-" + id));
        assertThat(usersNamed(username)).isZero();
        assertThat(browser.text(By.id("user:anonymisedAt"))).isNotBlank();
        assertThat(browser.driver.findElements(By.id("user:neverSignedIn"))).as("its sign-ins are forgotten, not never made").isEmpty();
        assertThat(browser.driver.findElements(By.id("user:activate"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("user:save"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("anonymisation:anonymise"))).isEmpty();
    }

    @Test
    void aStudentDownloadsTheirDataFromTheAccountMenu() {
        browser.signIn("student.kpt", DEMO_PASSWORD);
        browser.waitForPath("/student/index.xhtml");
        browser.open(browser.driver.findElement(By.id("navigation:my-data")).getAttribute("href")
                .replace(Platform.BASE_URL, ""));

        assertThat(browser.heading()).isEqualTo(text("_sq", "data.title")); // student.kpt reads Albanian
        assertThat(browser.text(By.id("data-retention"))).contains("180").contains("90");
        assertThat(browser.text(By.id("data-forgetting"))).isEqualTo(text("_sq", "data.forgetting"));
        HttpResponse<String> file = browser.download(browser.driver.findElement(By.id("download-data")).getAttribute("href"),
                HttpResponse.BodyHandlers.ofString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(json(file).getJsonObject("account").getString("username")).isEqualTo("student.kpt");
    }

    @Test
    void aStudentAsksForAnAccountTheirSchoolConfirmsItAndTheySignIn() {
        Mailbox.open();
        String username = unique("asking");
        String fullName = "Klea " + username;
        String email = username + "@student.example";
        browser.open("/login.xhtml");
        browser.click(By.id("login:register"));
        browser.waitForPath("/register.xhtml");
        browser.type(By.id("register:fullName"), fullName);
        browser.type(By.id("register:email"), email);
        browser.type(By.id("register:username"), username);
        browser.click(By.cssSelector("label[for='register:role:0']"));
        WebElement school = new Select(browser.driver.findElement(By.id("register:school"))).getOptions().stream()
                .filter(option -> option.getText().startsWith("Kolegji Profesional i Tiranës"))
                .findFirst().orElseThrow();
        // the schools are grouped by country, named in the page's language
        assertThat(school.findElement(By.xpath("..")).getAttribute("label")).isEqualTo(new Locale("", "AL")
                .getDisplayCountry(Locale.forLanguageTag(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))));
        school.click();
        browser.submit(By.id("register:send"));
        assertThat(browser.messages()).contains(text("", "register.sent"));
        AccountRequestApiIT.settled(username, 0);

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.click(By.id("account-requests"));
        browser.waitForPath("/school/account-requests.xhtml");
        browser.click(By.linkText(fullName));
        browser.waitForPath("/school/account-request.xhtml");
        assertThat(browser.text(By.id("username"))).isEqualTo(username);
        browser.submit(By.id("confirming:confirm"));
        browser.waitForPath("/school/account-requests.xhtml");
        assertThat(browser.messages()).contains(fullName, email);
        browser.signOut();

        String password = Mailbox.setPasswordFromWelcomeMail(email);
        browser.signIn(username, password);
        browser.waitForPath("/student/index.xhtml");
    }

    @Test
    void aSchoolDiscardsARequestThatNobodyOfItMade() {
        String username = unique("unknown");
        String fullName = "Nobody " + username;
        AccountRequestApiIT.asked(
                AccountRequestApiIT.request(username, username + "@student.example", fullName, "Kolegji Profesional i Tiran"), username);

        long id = json(asDemo("GET", "/api/account-requests?username=" + username, "school.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/school/account-request.xhtml?id=" + id);
        assertThat(browser.text(By.id("fullName"))).isEqualTo(fullName);
        browser.submit(By.id("discarding:discard"));

        browser.waitForPath("/school/account-requests.xhtml");
        assertThat(browser.messages()).contains(fullName);
        assertThat(asDemo("GET", "/api/account-requests/" + id, "school.kpt", null).statusCode()).isEqualTo(404);
    }

    @Test
    void aSchoolDiscardsTheRequestsItTicksTogetherWithTheBoxThatTicksThePage() {
        String family = unique("Flood");
        List<String> usernames = List.of(unique("flood"), unique("flood"));
        usernames.forEach(username -> AccountRequestApiIT.asked(AccountRequestApiIT.request(
                username, username + "@student.example", family + " " + username, "Kolegji Profesional i Tiran"), username));

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open("/school/account-requests.xhtml");
        browser.type(By.id("requests:table:fullName:filter"), family);
        browser.waitUntil(driver -> {
            List<WebElement> shown = driver.findElements(By.cssSelector("#requests\\:table tbody a.cg-request-link"));
            return shown.size() == 2 && shown.stream().allMatch(link -> link.getText().startsWith(family));
        });
        By rows = By.cssSelector("#requests\\:table tbody input.cg-choose");
        WebElement wholePage = browser.driver.findElement(By.cssSelector("#requests\\:table thead input.cg-choose-all"));
        wholePage.click();
        assertThat(browser.driver.findElements(rows)).hasSize(2).allMatch(WebElement::isSelected);
        browser.driver.findElements(rows).get(0).click();
        assertThat(wholePage.isSelected()).as("one row no longer ticked").isFalse();
        browser.driver.findElements(rows).get(0).click();
        assertThat(wholePage.isSelected()).as("every row ticked again").isTrue();
        browser.submit(By.id("requests:discard-chosen"));

        browser.waitForPath("/school/account-requests.xhtml");
        assertThat(browser.messages()).contains(MessageFormat.format(text("_sq", "account_requests.discarded"), 2));
        usernames.forEach(username -> assertThat(json(asDemo("GET", "/api/account-requests?username=" + username, "school.kpt", null))
                .getInt("total")).as(username).isZero());
    }

    @Test
    void aCoordinatorDeclinesARequestFoundInTheListOfEverySchool() {
        String username = unique("asking");
        String fullName = "Asking " + username;
        AccountRequestApiIT.asked(
                AccountRequestApiIT.request(username, username + "@student.example", fullName, "Kolegji Profesional i Tiran"), username);

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        browser.click(By.id("go-account-requests"));
        browser.waitForPath("/coordinator/account-requests.xhtml");
        browser.type(By.id("requests:table:fullName:filter"), fullName);
        browser.waitUntil(driver -> driver.findElements(By.cssSelector("#requests\\:table tbody a.cg-request-link")).size() == 1);
        browser.click(By.linkText(fullName));
        browser.waitForPath("/coordinator/account-request.xhtml");
        assertThat(browser.text(By.id("school"))).startsWith("Kolegji Profesional i Tiran");
        browser.type(By.id("declining:reason"), "Shkolla nuk ju njeh.");
        browser.submit(By.id("declining:decline"));

        browser.waitForPath("/coordinator/account-requests.xhtml");
        assertThat(browser.messages()).contains(fullName);
        assertThat(json(asDemo("GET", "/api/account-requests?username=" + username, "coordinator", null)).getInt("total")).isZero();
    }

    /** A school deactivated since a request was filed takes no account: the page says so and offers only declining. */
    @Test
    void aRequestAtASchoolClosedSinceIsNotOfferedForConfirmation() {
        String school = unique("Closing school");
        long schoolId = json(asDemo("POST", "/api/institutions", "coordinator", """
                {"name": "%s", "type": "VET_SCHOOL", "countryCode": "ME", "city": "Nikšić", "latitude": 42.77, "longitude": 18.95}"""
                .formatted(school))).getJsonNumber("id").longValue();
        Platform.newAccount("SCHOOL_ADMIN", school, "EN");
        String username = unique("asking");
        // Filed after the answer: asked waits for it, as reading the list at once could come before it.
        assertThat(AccountRequestApiIT.asked(
                AccountRequestApiIT.request(username, username + "@student.example", "Asking " + username, school), username)
                .statusCode()).isEqualTo(202);
        long id = json(asDemo("GET", "/api/account-requests?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        long version = json(asDemo("GET", "/api/institutions/" + schoolId, "coordinator", null)).getJsonNumber("version").longValue();
        assertThat(asDemo("POST", "/api/institutions/" + schoolId + "/deactivation", "coordinator",
                "{\"version\": " + version + "}").statusCode()).isEqualTo(200);

        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");
        browser.open("/coordinator/account-request.xhtml?id=" + id);

        assertThat(browser.text(By.id("school-closed"))).contains(text("", "account_request.rule.SCHOOL_CLOSED"));
        assertThat(browser.driver.findElements(By.id("confirming:confirm"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("declining:decline"))).hasSize(1);
    }

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLink() {
        String username = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
        String address = username + "@school.example";
        Mailbox.latestTo(address, 0);
        browser.open("/forgot-password.xhtml");
        browser.type(By.id("forgot:identifier"), username);
        browser.submit(By.id("forgot:send"));
        assertThat(browser.messages()).contains(text("", "forgot.sent"));

        browser.driver.get(Mailbox.resetLinkIn(Mailbox.latestTo(address, 1)));
        browser.type(By.id("reset:newPassword"), "my new passphrase 2026");
        browser.type(By.id("reset:repeatedPassword"), "my new passphrase 2026");
        browser.submit(By.id("reset:save"));
        browser.waitForPath("/login.xhtml");
        browser.signIn(username, "my new passphrase 2026");

        browser.waitForPath("/teacher/index.xhtml");
    }

    @Test
    void aTeacherAppliesForAStudentAndTheSchoolAndTheMinistryApprove() {
        browser.signIn("teacher.kpt", DEMO_PASSWORD);
        browser.waitForPath("/teacher/index.xhtml");
        browser.open("/mobilities/apply.xhtml");
        browser.suggest("apply:participant", "Klea");
        LocalDate start = Platform.mondayInMonths(16);
        String detail = ApplicationForm.submitLearnerMobilityToCostaAzul(browser, start, start.plusDays(27));
        browser.signOut();

        browser.signIn("school.kpt", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        browser.open(detail);
        browser.submit(By.cssSelector(".cg-action-APPROVE"));
        browser.waitForPath("/mobilities/mobility.xhtml");
        browser.signOut();

        browser.signIn("ministry.al", DEMO_PASSWORD);
        browser.waitForPath("/ministry/index.xhtml");
        browser.open(detail);
        browser.submit(By.cssSelector(".cg-action-APPROVE"));
        browser.waitForPath("/mobilities/mobility.xhtml");

        assertThat(browser.driver.findElements(By.cssSelector("#timeline li"))).hasSize(3);
        assertThat(browser.text(By.id("timeline"))).contains("Elira Dervishi").contains("Besnik Leka").contains("Arben Hoxha");
        assertThat(browser.text(By.id("status"))).isEqualTo(text("_sq", "MobilityStatus.MINISTRY_APPROVED"));
        // Typed and read as Albanian writes a day ("3 pri 2028"), never 2028-04-03.
        assertThat(browser.text(By.id("period"))).startsWith(PageDates.shown("_sq", start) + " \u2013 "
                + PageDates.shown("_sq", start.plusDays(27)));
    }

    @Test
    void anotherSchoolCannotOpenTheMobility() {
        browser.signIn("school.pljevlja", DEMO_PASSWORD);
        browser.waitForPath("/school/index.xhtml");
        long kptMobility = json(asDemo("GET", "/api/mobilities?size=1", "school.kpt", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();

        browser.open("/mobilities/mobility.xhtml?id=" + kptMobility);

        assertThat(browser.driver.getPageSource()).doesNotContain("Kolegji Profesional i Tiranës");
        assertThat(browser.heading()).isEqualTo(text("_sr_Latn_ME", "error.page.404.title"));
        assertThat(browser.download("/mobilities/mobility.xhtml?id=" + kptMobility, HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(404);
    }

    /** A page a service refuses says so with its status too, not with the 500 of a failure. */
    @Test
    void aPageTheServiceRefusesAnswers403() {
        browser.signIn("coordinator", DEMO_PASSWORD);
        browser.waitForPath("/coordinator/index.xhtml");

        browser.open("/agreements/edit.xhtml");

        assertThat(browser.heading()).isEqualTo(text("", "error.page.403.title"));
        assertThat(browser.download("/agreements/edit.xhtml", HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void theDashboardCountsTheMobilitiesOfTheMinistrysCountry() {
        long visible = json(asDemo("GET", "/api/mobilities?size=1", "ministry.al", null)).getJsonNumber("total").longValue();
        browser.signIn("ministry.al", DEMO_PASSWORD);
        browser.waitForPath("/ministry/index.xhtml");

        browser.open("/mobilities/dashboard.xhtml");

        assertThat(browser.text(By.id("total"))).contains(String.valueOf(visible));
        assertThat(browser.driver.findElements(By.cssSelector("canvas"))).hasSize(4);
        // Every status bar is named under the chart: with too little room Chart.js leaves out labels.
        List<?> statusLabels = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> (List<?>) ((JavascriptExecutor) driver)
                .executeScript("const chart = Chart.getChart(document.querySelector('[id=\"by-status\"] canvas'));"
                        + " return chart ? [chart.scales.x.ticks.length, chart.data.labels.length] : null;"));
        assertThat(statusLabels.get(0)).isEqualTo(statusLabels.get(1));
        browser.screenshot("dashboard-ministry-al");
        // On a phone the legend of the types fits the chart: each type is named short, without its range of days.
        browser.onPhone(() -> new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("const chart = Chart.getChart(document.querySelector('[id=\"by-type\"] canvas'));"
                        + " return chart != null && chart.width <= 400"
                        + " && chart.legend.legendHitBoxes.every(box => box.left + box.width <= chart.width);"))));
    }

    private static long usersNamed(String username) {
        JsonObject page = json(asDemo("GET", "/api/users?username=" + username, "coordinator", null));
        return page.getJsonNumber("total").longValue();
    }
}
