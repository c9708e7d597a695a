package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import eu.cginternational.service.policy.PolicyRegister;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code /policy/index.xhtml}: the public list of publications and recommendations, filtered by country and kind. */
@Named
@ViewScoped
public class PublicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The partner and destination countries of the project. */
    static final List<String> COUNTRIES = List.of("AL", "XK", "ME", "ES", "IT", "NL", "FI");

    @Inject
    PolicyRegister register;

    private PagedModel<Publication> model;
    private String country;
    private PublicationKind kind;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> register.page(request.withFilters(filters(request.filters()))).items(),
                filters -> register.page(new PageRequest(0, 1, null, true, filters(filters))).total(), Publication::getId);
    }

    private Map<String, String> filters(Map<String, String> table) {
        Map<String, String> filters = new HashMap<>(table);
        if (country != null && !country.isBlank()) {
            filters.put("country", country);
        }
        if (kind != null) {
            filters.put("kind", kind.name());
        }
        return filters;
    }

    public PagedModel<Publication> getModel() {
        return model;
    }

    public List<String> getCountries() {
        return COUNTRIES;
    }

    public PublicationKind[] getKinds() {
        return PublicationKind.values();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }
}
