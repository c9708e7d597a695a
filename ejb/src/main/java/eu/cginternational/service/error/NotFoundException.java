package eu.cginternational.service.error;

/** Thrown when a requested record does not exist, or exists outside the caller's scope and must not be revealed. */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
