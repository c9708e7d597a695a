package eu.cginternational.web.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * Makes {@code Messages.addGlobalError("key", args)} look the key up in the page bundle, in the
 * language of the current view. Texts that are no key (already translated by a service) pass
 * through unchanged.
 */
@ApplicationScoped
public class MessageKeys {

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        Messages.setResolver((message, parameters) -> Bundle.text(Faces.getLocale(), message, parameters));
    }
}
