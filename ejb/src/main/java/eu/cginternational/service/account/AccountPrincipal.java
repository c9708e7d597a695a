package eu.cginternational.service.account;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller a sign-in found, with the credential stamp of the password they gave: whoever remembers the sign-in (a
 * browser session, a remembered API credential) keeps the stamp, and the sign-in holds only while the account has it.
 */
public class AccountPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final int credentialStamp;

    public AccountPrincipal(String username, int credentialStamp) {
        super(username);
        this.credentialStamp = credentialStamp;
    }

    public int getCredentialStamp() {
        return credentialStamp;
    }
}
