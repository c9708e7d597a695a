package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import eu.cginternational.domain.policy.RecommendationStatus;
import eu.cginternational.service.policy.PolicyRegister;
import eu.cginternational.service.query.Page;
import eu.cginternational.web.view.CountryNames;
import eu.cginternational.web.view.EnumOptions;
import eu.cginternational.web.view.ListAddress;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;

/**
 * {@code /policy/index.xhtml}: the public list of publications and recommendations. Visitors read
 * it without signing in, so it keeps nothing on the server: the page, sort and filters live in the
 * address (the names of {@code GET /api/publications}), and a visitor gets no session here.
 */
@Named
@RequestScoped
public class PublicationsBacking {

    /** The filters of the page; what they mean is the service's {@code GET /api/publications} filters. */
    static final List<String> FILTERS = List.of("country", "kind", "status");

    /**
     * The partner and destination countries of the project, the nine of the occupation explorer and the country profiles:
     * a publication about Germany or Austria is filed and found under its country like the others.
     */
    static final List<String> COUNTRIES = OccupationsBacking.COUNTRIES;

    @Inject
    PolicyRegister register;

    @Inject
    CountryNames countryNames;

    private ListAddress address;
    private Page<Publication> page;

    @PostConstruct
    void init() {
        address = ListAddress.of(Faces.getRequestParameterMap(), FILTERS);
        page = register.page(address.request());
    }

    public ListAddress getAddress() {
        return address;
    }

    public List<Publication> getRows() {
        return page.items();
    }

    public long getTotal() {
        return page.total();
    }

    public long getPages() {
        return address.pages(page.total());
    }

    public boolean isExportable() {
        return page.total() > 0 && page.total() <= register.exportMaxRows();
    }

    public boolean isTooLongToExport() {
        return page.total() > register.exportMaxRows();
    }

    public int getExportMaxRows() {
        return register.exportMaxRows();
    }

    public List<SelectItem> getCountryOptions() {
        Map<String, String> names = countryNames.getNames();
        return COUNTRIES.stream().map(code -> new SelectItem(code, names.getOrDefault(code, code))).toList();
    }

    public List<SelectItem> getKindOptions() {
        return EnumOptions.of(PublicationKind.class);
    }

    public List<SelectItem> getStatusOptions() {
        return EnumOptions.of(RecommendationStatus.class);
    }
}
