package eu.cginternational.web.view;

import eu.cginternational.web.security.FormPage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.ExceptionSuppressor;
import org.omnifaces.util.Faces;

/**
 * A form sent after its page's view state has gone opens that page anew, with a notice that what was entered must be
 * entered again ({@link ExpiredViewNotice}), instead of an error page: the state lives in the session, which may have
 * ended and begun anew, and keeps only the last pages opened in it (other tabs). OmniFaces' handler for this reopens
 * the address the form posted to, which lacks the page's parameters; here it is the page the form was on
 * ({@link FormPage}) when the browser tells it, else that address. An ajax request gets the redirect as a partial
 * response, which the page's script follows.
 */
public class ExpiredViewHandler extends ExceptionSuppressor {

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped, ViewExpiredException.class);
    }

    @Override
    protected void handleSuppressedException(FacesContext context, Throwable suppressedException) {
        ExpiredViewNotice.tellNextPage();
        FormPage.of(Faces.getRequest()).ifPresent(page -> Faces.redirect(Faces.getRequestContextPath() + page));
    }
}
