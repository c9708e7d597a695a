package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.query.Page;
import eu.cginternational.web.view.ListAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * {@code /mobilities/index.xhtml}: the mobilities the person may see; for school and ministry
 * administrators it is their approvals inbox. Paged, sorted and filtered in the database, with the
 * page, sort and filters in the address (the same names as {@code GET /api/mobilities}), so the
 * list keeps nothing on the server between requests: it is the busiest page of the platform.
 */
@Named
@RequestScoped
public class MobilitiesBacking {

    /** The filters of the page; what they mean is the service's {@code GET /api/mobilities} filters. */
    static final List<String> FILTERS = List.of("participant", "type", "schoolName", "destination", "from", "to", "status");

    @Inject
    MobilityService mobilities;

    private ListAddress address;
    private Page<Mobility> page;

    @PostConstruct
    void init() {
        address = ListAddress.of(Faces.getRequestParameterMap(), FILTERS);
        page = mobilities.page(address.request());
    }

    public ListAddress getAddress() {
        return address;
    }

    public List<Mobility> getRows() {
        return page.items();
    }

    public long getTotal() {
        return page.total();
    }

    /** The number of pages, at least one so that an empty list reads "page 1 of 1". */
    public long getPages() {
        return Math.max(1, (page.total() + address.getSize() - 1) / address.getSize());
    }

    /** Whether the list is short enough to be exported whole; a longer one must be narrowed first. */
    public boolean isExportable() {
        return page.total() > 0 && page.total() <= mobilities.exportMaxRows();
    }

    public int getExportMaxRows() {
        return mobilities.exportMaxRows();
    }

    public MobilityStatus[] getStatuses() {
        return MobilityStatus.values();
    }

    public MobilityType[] getTypes() {
        return MobilityType.values();
    }
}
