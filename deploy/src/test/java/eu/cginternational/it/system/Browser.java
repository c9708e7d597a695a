package eu.cginternational.it.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages, driven by Selenium without any driver download. A
 * missing browser fails the test: CI installs it (.ci/run).
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = System.getProperty("cg.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("cg.chromedriver", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final WebDriverWait wait;
    private final Map<String, Set<Cookie>> sessions = new HashMap<>();

    Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,1000", "--lang=en-US");
        // The console's messages, for the scripts that the pages' content security policy refused.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        // A page that a form post replaces while a condition reads it leaves a stale element: read it again.
        wait = (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class);
    }

    /**
     * Runs the steps on a phone's screen, 400 pixels wide (device emulation: a headless window keeps a minimum
     * width of its own), then gives the page the window's size back.
     */
    void onPhone(Runnable steps) {
        ChromeDriver chromium = (ChromeDriver) driver;
        chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 400, "height", 900, "deviceScaleFactor", 1, "mobile", true));
        try {
            steps.run();
        } finally {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /**
     * Nothing when the page fits the window's width, within five seconds (charts follow a change of the window's size a
     * moment later); else the elements or their text (a long word) that reach beyond its right edge outside a box that
     * scrolls on its own, as tag#id.class:right edge, and the page's width, for the failure's message.
     */
    List<String> beyondRightEdge() {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> elementsBeyondRightEdge().isEmpty() ? List.of() : null);
        } catch (TimeoutException stillTooWide) {
            return elementsBeyondRightEdge();
        }
    }

    private List<String> elementsBeyondRightEdge() {
        @SuppressWarnings("unchecked")
        List<String> elements = (List<String>) ((JavascriptExecutor) driver).executeScript("""
                var root = document.documentElement, width = root.clientWidth;
                if (root.scrollWidth <= width) { return []; }
                function scrollsOnItsOwn(element) {
                    // A box that scrolls does not hold what is positioned outside its flow, unless it is positioned itself.
                    if (['absolute', 'fixed'].includes(getComputedStyle(element).position)) { return false; }
                    for (var box = element.parentElement; box; box = box.parentElement) {
                        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(box).overflowX)) { return true; }
                    }
                    return false;
                }
                return Array.from(document.body.querySelectorAll('*'))
                    .map(e => [e, e.getBoundingClientRect().left + Math.max(e.getBoundingClientRect().width,
                            getComputedStyle(e).overflowX === 'visible' ? e.scrollWidth : 0)])
                    .filter(([e, right]) => right > width + 0.5 && !scrollsOnItsOwn(e))
                    .map(([e, right]) => e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(right))
                    .concat(['page ' + root.scrollWidth + ' px wide']);
                """);
        return elements;
    }

    /**
     * What the content security policy refused on the pages since the last call: a script, a handler or an eval that
     * the policy does not allow is not run, and Chromium says so on the console.
     */
    List<String> refusedByThePolicy() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    void open(String path) {
        driver.get(Platform.url(path));
    }

    void signIn(String username, String password) {
        open("/login.xhtml");
        type(By.id("login:username"), username);
        type(By.id("login:password"), password);
        click(By.id("login:submit"));
    }

    /**
     * Goes on with the session this browser signed in with as the person before, else signs in, waits for the landing
     * page and keeps the session: for the tests that look at page after page and change nothing, where a sign-in before
     * each page (a password hash and two pages) took most of their time. Call it on a page of the platform.
     */
    void resumeSession(String username, String password, String landingPath) {
        Set<Cookie> kept = sessions.get(username);
        if (kept != null) {
            driver.manage().deleteAllCookies();
            kept.forEach(driver.manage()::addCookie);
            return;
        }
        signIn(username, password);
        waitForPath(landingPath);
        sessions.put(username, Set.copyOf(driver.manage().getCookies()));
    }

    /**
     * Signs in as a new person (see {@link Platform#newAccount}) whose password is set through the welcome
     * e-mail, and waits for the landing page; returns the username.
     */
    String signInAsNewAccount(String role, String institutionName, String language, String landingPath) {
        String username = Platform.newAccount(role, institutionName, language);
        signIn(username, Mailbox.setPasswordFromWelcomeMail(username + "@school.example"));
        waitForPath(landingPath);
        return username;
    }

    /**
     * Switches the page's language and waits for the answer of the switch's form post: the next step must
     * not act on the page that is being replaced.
     */
    void switchLanguage(String language) {
        By choice = By.id("navigation:language-" + language);
        submit(choice);
        wait.until(ExpectedConditions.attributeContains(choice, "class", "cg-language-active"));
    }

    void signOut() {
        click(By.id("navigation:signout"));
        waitForPath("/login.xhtml");
    }

    /**
     * Types into a field, again when the field does not hold the text afterwards: a pop-up that is
     * still closing (a date picker) can take the focus back for a moment and swallow the keys.
     */
    void type(By field, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
            element.clear();
            element.sendKeys(text);
            if (text.equals(element.getAttribute("value"))) {
                return;
            }
        }
    }

    /**
     * Types into a field as a person does, over what it holds (select all, delete, type), and leaves
     * it with Escape, closing any pop-up the field opened (date pickers), and waits until no such
     * pop-up is open; types again if the field lost the text on the way. A closing picker gives its
     * field the focus back: keys typed meanwhile land there (seen in CI: "2028-12-30" became
     * "2028-12-305120"). Not {@link #type}: its {@code clear()} empties the field without the input
     * event a date picker follows, so the picker writes the date it holds back on the change event
     * that comes with it, and the typing is lost (seen when a refused form, shown again with its dates,
     * was corrected: the old date went to the server again).
     */
    void enter(By field, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
            element.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            element.sendKeys(text);
            closePopUp(field);
            if (text.equals(driver.findElement(field).getAttribute("value"))) {
                return;
            }
        }
    }

    /**
     * Presses Escape in the field until the pop-up it opened ({@code <id>_panel}, a date picker's)
     * is gone: an Escape that comes while the pop-up is still opening does not close it (seen in CI).
     */
    private void closePopUp(By field) {
        String id = driver.findElement(field).getAttribute("id");
        By popUp = By.id(id.replaceFirst("_input$", "") + "_panel");
        for (int attempt = 0; attempt < 10; attempt++) {
            driver.findElement(field).sendKeys(Keys.ESCAPE);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(2)).until(ExpectedConditions.invisibilityOfElementLocated(popUp));
                return;
            } catch (TimeoutException stillOpen) {
                // Escape again.
            }
        }
        throw new AssertionError("The pop-up of " + id + " stays open");
    }

    /**
     * Enters each field's text again where a later pop-up changed it (see {@link #enter}), until
     * all of them hold their text; fails naming the fields that do not, rather than let the form go
     * with other values and the test fail later for a reason it does not show.
     */
    void keepEntered(Map<By, String> fields) {
        Map<By, String> changed = changed(fields);
        for (int round = 0; round < 3 && !changed.isEmpty(); round++) {
            changed.forEach(this::enter);
            changed = changed(fields);
        }
        if (!changed.isEmpty()) {
            Map<By, String> held = new LinkedHashMap<>();
            changed.keySet().forEach(field -> held.put(field, driver.findElement(field).getAttribute("value")));
            throw new AssertionError("Fields do not hold what was entered: " + changed + ", they hold " + held);
        }
    }

    /** The fields, with their text, that do not hold it. */
    private Map<By, String> changed(Map<By, String> fields) {
        Map<By, String> changed = new LinkedHashMap<>();
        fields.forEach((field, text) -> {
            if (!text.equals(driver.findElement(field).getAttribute("value"))) {
                changed.put(field, text);
            }
        });
        return changed;
    }

    /**
     * Clicks the element, found again when it was replaced between being found and being clicked: a table's filter
     * redraws the table when its ajax answer comes, which under load can be just after the link was found (seen in CI).
     */
    void click(By target) {
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(target)).click();
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /**
     * Clicks a button that posts its form without ajax and waits until the answer has replaced the page: a
     * click does not always wait for the page it starts to load (seen with Chromium 156), and a page that
     * answers with itself leaves nothing else to wait for.
     */
    void submit(By button) {
        WebElement page = driver.findElement(By.tagName("html"));
        click(button);
        wait.until(d -> isGone(page));
    }

    /**
     * Whether the element has left the page. Chromium 156's driver sometimes says so with an inspector error
     * ("Node with given id does not belong to the document") instead of a stale element reference.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException inspectorError) {
            if (String.valueOf(inspectorError.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw inspectorError;
        }
    }

    /**
     * Chooses in a PrimeFaces select menu as a person does: {@link #openMenu opens} it and {@link #pick picks}
     * the item that the CSS selector finds in its panel.
     */
    void choose(String menuId, String item) {
        openMenu(menuId);
        pick(menuId, item);
    }

    /** {@link #choose Chooses} the item of a PrimeFaces select menu whose label is the text. */
    void chooseLabelled(String menuId, String label) {
        choose(menuId, "li[data-label=" + Platform.quoted(label) + "]");
    }

    /**
     * Opens a PrimeFaces select menu and waits until its panel has finished opening: a click during the
     * opening transition can miss the item under the pointer (seen with Chromium 156: the item was
     * highlighted and not chosen). Clicks again when a click left the menu closed.
     */
    void openMenu(String menuId) {
        for (int attempt = 0; attempt < 3; attempt++) {
            click(By.id(menuId));
            try {
                new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.attributeContains(menuPanel(menuId),
                        "class", "ui-connected-overlay-enter-done"));
                return;
            } catch (TimeoutException notOpened) {
                // Seen with Chromium 156: a click on the menu of a page just loaded left it closed.
            }
        }
        throw new AssertionError("The select menu " + menuId + " does not open");
    }

    /**
     * Clicks the item of an open select menu and waits until the panel has closed, so that a click meant
     * for the next field cannot land on the closing panel (seen in CI).
     */
    void pick(String menuId, String item) {
        click(By.cssSelector("#" + menuId.replace(":", "\\:") + "_panel " + item));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(menuPanel(menuId)));
    }

    /**
     * Types into a PrimeFaces autocomplete and {@link #pick picks} its first suggestion once the suggestions' panel
     * has finished opening: as in a select menu, a click during the opening transition can be lost.
     */
    void suggest(String autocompleteId, String text) {
        type(By.id(autocompleteId + "_input"), text);
        wait.until(ExpectedConditions.attributeContains(menuPanel(autocompleteId), "class", "ui-connected-overlay-enter-done"));
        pick(autocompleteId, "li.ui-autocomplete-item");
    }

    /**
     * Ticks, in a PrimeFaces checkbox menu with a filter, the one item the filter leaves for the text, then closes
     * the menu. The filter hides the other items only on its key-up, and a click during the panel's opening
     * transition is lost, so it waits for both, and clicks again until the item shows its tick (seen in CI: the
     * agreement was saved with no party ticked).
     */
    void tick(String menuId, String filterText) {
        openMenu(menuId);
        String panel = "#" + menuId.replace(":", "\\:") + "_panel ";
        type(By.cssSelector(panel + ".ui-selectcheckboxmenu-filter"), filterText);
        By items = By.cssSelector(panel + "li.ui-selectcheckboxmenu-item");
        WebElement item = wait.until(d -> {
            List<WebElement> shown = d.findElements(items).stream().filter(WebElement::isDisplayed).toList();
            return shown.size() == 1 && shown.get(0).getText().contains(filterText) ? shown.get(0) : null;
        });
        for (int attempt = 0; attempt < 3 && !isTicked(item); attempt++) {
            item.findElement(By.className("ui-chkbox-box")).click();
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> isTicked(item));
            } catch (TimeoutException notTicked) {
                // clicked again below
            }
        }
        if (!isTicked(item)) {
            throw new AssertionError("The item " + filterText + " of " + menuId + " cannot be ticked");
        }
        click(By.cssSelector(panel + ".ui-selectcheckboxmenu-close"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(menuPanel(menuId)));
    }

    private static boolean isTicked(WebElement item) {
        return item.getAttribute("class").contains("ui-selectcheckboxmenu-checked");
    }

    private static By menuPanel(String menuId) {
        return By.id(menuId + "_panel");
    }

    String text(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target)).getText();
    }

    String heading() {
        return text(By.id("page-title"));
    }

    /** The language of the open page as the bundles' suffix ("" for English, "_sq", "_sr_Latn_ME"). */
    String languageSuffix() {
        String language = driver.findElement(By.tagName("html")).getAttribute("lang");
        return "en".equals(language) ? "" : "_" + language.replace('-', '_');
    }

    /** A day as a person types it into a date field of the open page, in the page's language. */
    String typed(LocalDate day) {
        return PageDates.typed(languageSuffix(), day);
    }

    /** A day and a time as a person types them into a date and time field of the open page. */
    String typed(LocalDateTime time) {
        return PageDates.typed(languageSuffix(), time);
    }

    String messages() {
        return text(By.id("messages"));
    }

    /** Waits until the page meets the condition, as after an ajax update of a table. */
    void waitUntil(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(condition);
    }

    void waitForPath(String path) {
        wait.until(d -> d.getCurrentUrl().replace(Platform.BASE_URL, "").startsWith(path));
    }

    String path() {
        return driver.getCurrentUrl().replace(Platform.BASE_URL, "");
    }

    /**
     * Fetches a link (a full address or a path) with the browser's session, as a click on it would,
     * without the browser's download handling.
     */
    <T> java.net.http.HttpResponse<T> download(String link, java.net.http.HttpResponse.BodyHandler<T> body) {
        String url = link.startsWith("http") ? link : Platform.url(link);
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url));
        // A visitor on a page before sign-in has no session.
        java.util.Optional.ofNullable(driver.manage().getCookieNamed("JSESSIONID"))
                .ifPresent(session -> request.header("Cookie", "JSESSIONID=" + session.getValue()));
        try {
            return Platform.client().build().send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a picture of the page for a person to look at after a failure. */
    void screenshot(String name) {
        Path folder = Path.of(System.getProperty("cg.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
