package eu.cginternational.web.view;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ExpiredViewHandler} (faces-config.xml). */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
}
