package eu.cginternational.web.view;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;

/**
 * The heading of a sortable column of a list page that lives in its address ({@link ListAddress}): a link that sorts
 * by the field, ascending first, then descending, and tells assistive technology how the list is sorted now.
 * Attributes: {@code list} (the page's ListAddress), {@code field} and {@code label}.
 *
 * <p>A component rather than an included page: the approvals inbox has six such headings, and an include builds a
 * template context and resolves a dozen expressions for each of them on every request.
 */
@FacesComponent(createTag = true, tagName = "listHeading", namespace = ListHeading.NAMESPACE)
public class ListHeading extends UIComponentBase {

    /** The namespace of the platform's own components. */
    public static final String NAMESPACE = "https://cginternational.eu/faces";

    @Override
    public String getFamily() {
        return "eu.cginternational.ListHeading";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ListAddress list = (ListAddress) getAttributes().get("list");
        String field = (String) getAttributes().get("field");
        ListAddress.Heading heading = list.heading(field);
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("th", this);
        writer.writeAttribute("scope", "col", null);
        writer.writeAttribute("aria-sort", heading.getOrder(), null);
        writer.startElement("a", this);
        writer.writeAttribute("id", "sort-" + field, null);
        writer.writeAttribute("class", "cg-sort", null);
        writer.writeURIAttribute("href", "?" + heading.getQuery(), null);
        writer.writeText(getAttributes().get("label"), null);
        writer.writeText(" ", null);
        writer.startElement("i", this);
        writer.writeAttribute("class", "pi " + heading.getIcon(), null);
        writer.writeAttribute("aria-hidden", "true", null);
        writer.endElement("i");
        writer.endElement("a");
        writer.endElement("th");
    }
}
