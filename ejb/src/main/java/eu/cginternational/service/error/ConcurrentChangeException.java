package eu.cginternational.service.error;

/** Thrown when the record was changed by someone else since the caller read it. */
public class ConcurrentChangeException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException() {
        super("error.changed_meanwhile");
    }
}
