package eu.cginternational.service.error;

/**
 * Thrown when a request is well-formed but cannot be carried out in the current state: a wrong
 * current password, a used reset token, an action on a deactivated record.
 */
public class RejectedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public RejectedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
