package eu.cginternational.web.view;

import eu.cginternational.service.query.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.event.AbortProcessingException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnifaces.util.Messages;
import org.primefaces.model.LazyDataModel;

/**
 * The rules of a lazy table's export buttons ({@code p:dataExporter}), as for the mobility list's export: a list longer
 * than {@code cg.list.export-max-rows} is refused with a message rather than cut off or built in memory whole, and the
 * exporter reads the rows in pages of the services' largest size until a page comes back empty, so that an export
 * ends even when the list shrank after the page was shown.
 */
@Named
@ApplicationScoped
public class ExportLimit {

    @Inject
    @ConfigProperty(name = "cg.list.export-max-rows", defaultValue = "10000")
    int maxRows;

    /** An action listener of an export button, ahead of its exporter: stops the export of too long a list. */
    public void check(LazyDataModel<?> rows) {
        if (rows.getRowCount() > maxRows) {
            Messages.addGlobalError("list.export_narrow", maxRows);
            throw new AbortProcessingException("The list is longer than an export may be");
        }
    }

    /** The exporter's {@code bufferSize}: how many rows it reads at a time. */
    public int getRowsPerRead() {
        return PageRequest.MAX_LIMIT;
    }
}
