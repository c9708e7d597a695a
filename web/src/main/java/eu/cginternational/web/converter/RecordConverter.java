package eu.cginternational.web.converter;

import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.web.config.Bundle;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.function.Function;

/**
 * A record chosen in a form travels as its id. The record is looked up again through a service,
 * which applies the caller's scope: a forged, unknown or out-of-scope id is a conversion error
 * with a translated message, not a crash. Subclasses are CDI beans (with a scope, for the annotated
 * bean discovery) so that the service can be injected.
 *
 * @param <T> the record, an entity with a {@code Long} id
 */
abstract class RecordConverter<T> implements Converter<T> {

    private final Function<T, Long> id;
    private final String unknownKey;

    protected RecordConverter(Function<T, Long> id, String unknownKey) {
        this.id = id;
        this.unknownKey = unknownKey;
    }

    /** The record with this id, as the caller may see it; NotFoundException otherwise. */
    protected abstract T find(long recordId);

    @Override
    public String getAsString(FacesContext context, UIComponent component, T record) {
        return record == null || id.apply(record) == null ? "" : id.apply(record).toString();
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return find(Long.parseLong(value.trim()));
        } catch (NumberFormatException | NotFoundException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Bundle.text(context.getViewRoot().getLocale(), unknownKey), null));
        }
    }
}
