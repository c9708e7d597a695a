package eu.cginternational.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * PrimeFaces' messages ({@code p:messages}) with a list that is a list: PrimeFaces gives each item of a severity's list
 * the role of an alert, so that assistive technology no longer sees list items in it (WCAG 1.3.1; AccessibilityIT's
 * forms with errors). The messages' box stays a polite live region, which is what announces a message an ajax request
 * adds.
 */
public class MessageListRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages uiMessages, FacesMessage message, String severity,
            boolean escape) throws IOException {
        super.encodeMessage(new ListItemWriter(writer), uiMessages, message, severity, escape);
    }

    /** Writes a list item without the role and the atomic flag of an alert. */
    private static final class ListItemWriter extends ResponseWriterWrapper {

        private String element;

        ListItemWriter(ResponseWriter wrapped) {
            super(wrapped);
        }

        @Override
        public void startElement(String name, UIComponent component) throws IOException {
            element = name;
            super.startElement(name, component);
        }

        @Override
        public void writeAttribute(String name, Object value, String property) throws IOException {
            if ("li".equals(element) && ("role".equals(name) || "aria-atomic".equals(name))) {
                return;
            }
            super.writeAttribute(name, value, property);
        }
    }
}
