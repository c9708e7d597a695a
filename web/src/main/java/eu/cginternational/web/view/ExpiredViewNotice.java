package eu.cginternational.web.view;

import eu.cginternational.web.config.HostCookies;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/**
 * The notice of a page opened anew after its form came too late ({@link ExpiredViewHandler}), told once, by the next
 * page the browser opens. A cookie carries it there, not the flash: a page with an OmniFaces view scope posts its
 * unload as the browser leaves it, with the flash's cookie and often before the next page is asked for, and that post
 * ends the flash for both.
 */
@Named
@RequestScoped
public class ExpiredViewNotice {

    private static final String COOKIE = "cg-view-expired";
    private static final int COOKIE_AGE = 60;

    private Boolean due;

    static void tellNextPage() {
        HostCookies.set(COOKIE, "1", COOKIE_AGE);
    }

    /**
     * Whether this page tells the notice. The layout asks while the page is built, before any of it is sent, as the
     * answer ends the cookie.
     */
    public boolean isDue() {
        if (due == null) {
            due = Faces.getRequestCookie(COOKIE) != null;
            if (due) {
                HostCookies.set(COOKIE, "", 0);
            }
        }
        return due;
    }
}
