package eu.cginternational.web.config;

import eu.cginternational.web.view.ActiveUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes {@code Messages.addGlobalError("key", args)} look the key up in the page bundle, in the
 * language of the current view, a moment on the reader's clock. Texts that are no key (already translated by a service)
 * pass through unchanged.
 */
@ApplicationScoped
public class MessageKeys {

    @Inject
    ActiveUser reader;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Messages.setResolver((message, parameters) -> Bundle.text(Faces.getLocale(), reader.getTimeZone(), message, parameters));
    }
}
