package eu.cginternational.web.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the form, kept in the HTTP session so that later requests are recognised. */
record SignedInCaller(String username, Set<String> roles) implements Serializable {

    static final String SESSION_ATTRIBUTE = SignedInCaller.class.getName();
}
