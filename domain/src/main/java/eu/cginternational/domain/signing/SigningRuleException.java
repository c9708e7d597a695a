package eu.cginternational.domain.signing;

import eu.cginternational.domain.RuleException;

/**
 * Thrown when a signing step would break a rule of the document itself: signing out of order or
 * twice, signing a document that was completed, declined or replaced, a signature over another
 * hash than the document's. The rule is also the message key ({@code signing.rule.NAME}).
 */
public class SigningRuleException extends RuleException {

    private static final long serialVersionUID = 1L;

    /** The rules a signed document enforces on itself. */
    public enum Rule {
        NO_SIGNERS, SIGNER_TWICE, NOT_A_SIGNER, NOT_YOUR_TURN, ALREADY_SIGNED, SUPERSEDED, COMPLETED, DECLINED,
        HASH_MISMATCH, REASON_REQUIRED
    }

    private final Rule rule;

    public SigningRuleException(Rule rule, Object... arguments) {
        super(rule, arguments);
        this.rule = rule;
    }

    @Override
    public Rule getRule() {
        return rule;
    }
}
