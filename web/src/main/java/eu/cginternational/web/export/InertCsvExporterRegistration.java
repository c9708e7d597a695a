package eu.cginternational.web.export;

import jakarta.faces.FactoryFinder;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.lifecycle.LifecycleFactory;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.export.DataExporters;

/**
 * Makes {@link InertCsvExporter} the exporter of every {@code <p:dataExporter type="csv">} of a table (faces-config.xml),
 * at the start of the first request, then leaves the lifecycle. Not at start-up: PrimeFaces keeps its exporters in a
 * context it builds from the servlet context's session cookie settings, which Payara refuses to a listener that the
 * application did not declare, such as the one through which Faces announces its start.
 */
public class InertCsvExporterRegistration implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        DataExporters.register(DataTable.class, InertCsvExporter.class, "csv");
        LifecycleFactory lifecycles = (LifecycleFactory) FactoryFinder.getFactory(FactoryFinder.LIFECYCLE_FACTORY);
        lifecycles.getLifecycle(LifecycleFactory.DEFAULT_LIFECYCLE).removePhaseListener(this);
    }
}
