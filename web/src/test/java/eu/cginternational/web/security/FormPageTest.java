package eu.cginternational.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The page a form was sent from: a path and query on this host, by the Referer, never another site's address. */
class FormPageTest {

    @Test
    void thePathAndQueryOfTheRefererOnThisHost() {
        assertThat(FormPage.of(request("cg.example", "", "https://cg.example/trainings/training.xhtml?id=7&tab=a%20b")))
                .hasValue("/trainings/training.xhtml?id=7&tab=a%20b");
        assertThat(FormPage.of(request("cg.example:8080", "", "http://cg.example:8080/mobilities/apply.xhtml")))
                .hasValue("/mobilities/apply.xhtml");
    }

    @Test
    void aPathFromTheContextRoot() {
        assertThat(FormPage.of(request("cg.example", "/cg", "https://cg.example/cg/mobilities/mobility.xhtml?id=4")))
                .hasValue("/mobilities/mobility.xhtml?id=4");
        assertThat(FormPage.of(request("cg.example", "/cg", "https://cg.example/other/page.xhtml"))).isEmpty();
    }

    @Test
    void noOtherSiteNorAnAddressThatWouldLeadToOne() {
        assertThat(FormPage.of(request("cg.example", "", "https://evil.example/trainings/training.xhtml?id=7"))).isEmpty();
        assertThat(FormPage.of(request("cg.example", "", "https://cg.example//evil.example/page"))).isEmpty();
        assertThat(FormPage.of(request("cg.example", "", "https://cg.example:8443/page.xhtml"))).isEmpty();
        assertThat(FormPage.of(request("cg.example", "", "not a \\ url"))).isEmpty();
        assertThat(FormPage.of(request("cg.example", "", null))).isEmpty();
    }

    /** A request to the host, in the context path, from the page the Referer names (none when null). */
    private static HttpServletRequest request(String host, String contextPath, String referer) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Host".equalsIgnoreCase((String) args[0]) ? host
                            : "Referer".equalsIgnoreCase((String) args[0]) ? referer : null;
                    case "getContextPath" -> contextPath;
                    default -> throw new AssertionError("not expected: " + method.getName());
                });
    }
}
