package eu.cginternational.web.api;

import jakarta.ws.rs.BadRequestException;

/**
 * A request the API cannot take as it is (a parameter out of range, a part or a body missing): 400, with a message from
 * the bundle in the caller's language ({@link ProblemMappers.Web}).
 */
public class InvalidRequest extends BadRequestException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidRequest(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
