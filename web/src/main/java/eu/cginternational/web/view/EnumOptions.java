package eu.cginternational.web.view;

import jakarta.faces.model.SelectItem;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * The values of an enum as options of a select menu on a page that lives in its address: the value
 * is the constant's name, the parameter the API reads; the label is the bundle's
 * {@code SimpleName.CONSTANT} in the page's language.
 */
public final class EnumOptions {

    private EnumOptions() {
    }

    public static <E extends Enum<E>> List<SelectItem> of(Class<E> type) {
        ResourceBundle texts = Faces.getResourceBundle("i18n");
        return Arrays.stream(type.getEnumConstants())
                .map(value -> new SelectItem(value.name(), texts.getString(type.getSimpleName() + "." + value.name()))).toList();
    }
}
