package eu.cginternational.service.error;

/** Thrown when the caller's role allows the method but their scope (school, country, organisation) does not allow the record. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.access_denied");
    }
}
