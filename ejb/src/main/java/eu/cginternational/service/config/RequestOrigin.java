package eu.cginternational.service.config;

import eu.cginternational.domain.account.Language;
import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * Where the current request comes from, for the audit log, and the language its client reads, for callers without an
 * account (whose texts are otherwise in the account's language). Filled by the web tier when a request arrives (the
 * services know no servlet API, nor how a client says its language); empty for timers, whose texts are English.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    private String clientAddress;
    private String userAgent;
    private Language language = Language.EN;

    public void describe(String clientAddress, String userAgent, Language language) {
        this.clientAddress = clientAddress;
        this.userAgent = userAgent;
        this.language = language;
    }

    /** What is known of the request, for work it leaves to another thread ({@link #describe(Copy)}). */
    public Copy copy() {
        return new Copy(clientAddress, userAgent, language);
    }

    /** Describes the request this thread works for as the one whose copy it was given. */
    public void describe(Copy copy) {
        describe(copy.clientAddress(), copy.userAgent(), copy.language());
    }

    /** Where a request came from, carried to work done for it after its answer. */
    public record Copy(String clientAddress, String userAgent, Language language) implements Serializable {
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public Language getLanguage() {
        return language;
    }
}
