package eu.cginternational.service.account;

import java.util.Set;

/**
 * The answer to a sign-in attempt. The reasons are told apart for the audit log only; the person
 * signing in sees the same message for a wrong password, an unknown user and an inactive account.
 */
public record SignInOutcome(Result result, String username, Set<String> roles, int credentialStamp) {

    public enum Result {
        SIGNED_IN, INVALID, LOCKED, INACTIVE
    }

    public static SignInOutcome failed(Result result) {
        return new SignInOutcome(result, null, Set.of(), 0);
    }

    public boolean succeeded() {
        return result == Result.SIGNED_IN;
    }
}
