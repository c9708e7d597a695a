package eu.cginternational.web.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.model.SelectItem;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A choice among the filters of a list page that lives in its address ({@link ListAddress}): a select menu in the
 * page's GET form, whose name is its id, the address parameter's, and whose chosen option is the parameter's value.
 * Attributes: {@code value} (the parameter's value now, empty for none), {@code options} (a list of
 * {@link SelectItem}) and, optionally, {@code all} (the label of a first option with an empty value: no filter).
 *
 * <p>A component of its own rather than {@code h:selectOneMenu}: outside a Faces form the menu's value is only ever
 * written, never read back, and the standard renderer's work for each option (converters, the comparison of the values
 * through the expression language) was a twentieth of the approvals inbox's.
 */
@FacesComponent(createTag = true, tagName = "filterChoice", namespace = ListHeading.NAMESPACE)
public class FilterChoice extends UIComponentBase {

    @Override
    public String getFamily() {
        return "eu.cginternational.FilterChoice";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        String chosen = Objects.toString(getAttributes().get("value"), "");
        String all = (String) getAttributes().get("all");
        @SuppressWarnings("unchecked")
        List<SelectItem> options = (List<SelectItem>) getAttributes().get("options");
        String name = getClientId(context);
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("select", this);
        writer.writeAttribute("id", name, null);
        writer.writeAttribute("name", name, null);
        if (all != null) {
            writeOption(writer, "", all, chosen);
        }
        for (SelectItem option : options) {
            writeOption(writer, String.valueOf(option.getValue()), option.getLabel(), chosen);
        }
        writer.endElement("select");
    }

    private void writeOption(ResponseWriter writer, String value, String label, String chosen) throws IOException {
        writer.startElement("option", this);
        writer.writeAttribute("value", value, null);
        if (value.equals(chosen)) {
            writer.writeAttribute("selected", "selected", null);
        }
        writer.writeText(label, null);
        writer.endElement("option");
    }
}
