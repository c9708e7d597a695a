package eu.cginternational.service.error;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A special case the application is built to handle, not a programming error. The message key
 * names a text in the web bundles; the arguments fill its placeholders.
 */
@ApplicationException(rollback = true)
public abstract class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    protected BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}
