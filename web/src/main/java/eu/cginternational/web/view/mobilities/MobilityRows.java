package eu.cginternational.web.view.mobilities;

import eu.cginternational.web.view.ListHeading;
import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;

/**
 * The rows of the approvals inbox, written in Java: the busiest page of the platform would otherwise evaluate ten
 * expressions per row, each resolving the row's variable through every resolver of the expression language. The
 * writer escapes every text and attribute, as the page's own markup would.
 */
@FacesComponent(createTag = true, tagName = "mobilityRows", namespace = ListHeading.NAMESPACE)
public class MobilityRows extends UIComponentBase {

    @Override
    public String getFamily() {
        return "eu.cginternational.MobilityRows";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<MobilitiesBacking.Row> rows = (List<MobilitiesBacking.Row>) getAttributes().get("value");
        ResponseWriter writer = context.getResponseWriter();
        for (MobilitiesBacking.Row row : rows) {
            writer.startElement("tr", this);
            writer.startElement("td", this);
            writer.startElement("a", this);
            writer.writeURIAttribute("href", "mobility.xhtml?id=" + row.getId(), null);
            writer.writeAttribute("class", "cg-mobility-link", null);
            writer.writeText(row.getParticipant(), null);
            writer.endElement("a");
            writer.endElement("td");
            cell(writer, null, row.getType());
            cell(writer, null, row.getSchool());
            cell(writer, null, row.getHost());
            cell(writer, null, row.getDestination());
            cell(writer, "cg-date", row.getStartLabel());
            cell(writer, "cg-date", row.getEndLabel());
            writer.startElement("td", this);
            writer.startElement("span", this);
            writer.writeAttribute("class", "ui-tag ui-widget cg-status-" + row.getStatus(), null);
            writer.startElement("span", this);
            writer.writeAttribute("class", "ui-tag-value", null);
            writer.writeText(row.getStatusLabel(), null);
            writer.endElement("span");
            writer.endElement("span");
            writer.endElement("td");
            writer.endElement("tr");
        }
    }

    private void cell(ResponseWriter writer, String styleClass, String text) throws IOException {
        writer.startElement("td", this);
        if (styleClass != null) {
            writer.writeAttribute("class", styleClass, null);
        }
        writer.writeText(text, null);
        writer.endElement("td");
    }
}
