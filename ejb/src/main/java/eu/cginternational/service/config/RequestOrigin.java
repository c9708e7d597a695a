package eu.cginternational.service.config;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * Where the current request comes from, for the audit log. Filled by the web tier when a request
 * arrives (the services know no servlet API); empty for timers.
 */
@RequestScoped
public class RequestOrigin implements Serializable {

    private static final long serialVersionUID = 1L;

    private String clientAddress;
    private String userAgent;

    public void describe(String clientAddress, String userAgent) {
        this.clientAddress = clientAddress;
        this.userAgent = userAgent;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }
}
