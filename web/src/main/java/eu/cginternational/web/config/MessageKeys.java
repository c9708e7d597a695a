package eu.cginternational.web.config;

import eu.cginternational.web.view.ActiveUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.omnifaces.util.Messages;

/**
 * Makes {@code Messages.addGlobalError("key", args)} look the key up in the page bundle, in the reader's language, a
 * moment on the reader's clock. Texts that are no key (already translated by a service) pass through unchanged. The
 * reader's language, not the view's: the page is written in it, but a message of a page's view action or of a value in
 * its address is made before the view, and with it its language, is built (the browser's language until then).
 */
@ApplicationScoped
public class MessageKeys {

    @Inject
    ActiveUser reader;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Messages.setResolver((message, parameters) -> Bundle.text(reader.getLocale(), reader.getTimeZone(), message, parameters));
    }
}
