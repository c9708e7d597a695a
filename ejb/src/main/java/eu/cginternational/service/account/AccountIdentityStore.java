package eu.cginternational.service.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The platform's only identity store: accounts in the database. Used by the form login of the web
 * module and by HTTP Basic on the REST API alike.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    SignIn signIn;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        SignInOutcome outcome = signIn.attempt(credential.getCaller(), credential.getPassword().getValue());
        return outcome.succeeded()
                ? new CredentialValidationResult(new AccountPrincipal(outcome.username(), outcome.credentialStamp()), outcome.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
