package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.service.directory.InstitutionDirectory;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.cdi.ViewScoped;

/**
 * {@code /opportunities/index.xhtml?isco=NNNN&country=CC}: the open placements, filtered by
 * occupation (an ISCO-08 code or its first digits), country, language of work and city; paged in
 * the database. The occupation explorer links here with {@code isco}. An occupation or a language that can name
 * nothing is told by the page's validators and does not filter, rather than listing no placement.
 */
@Named
@ViewScoped
public class OpportunitiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OpportunityBoard board;

    @Inject
    InstitutionDirectory directory;

    private String isco;
    private String country;
    private String language;
    private String city;
    private PagedModel<Opportunity> model;
    private List<Country> countries;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> board.list(request.withFilters(filters(request.filters()))),
                filters -> board.count(filters(filters)), Opportunity::getId);
        countries = directory.countries();
    }

    /** The table's own filters and sort, narrowed by the search fields above it. */
    private Map<String, String> filters(Map<String, String> tableFilters) {
        Map<String, String> filters = new HashMap<>(tableFilters);
        put(filters, "isco", isco);
        put(filters, "country", country);
        put(filters, "language", language);
        put(filters, "city", city);
        return filters;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.trim());
        }
    }

    public PagedModel<Opportunity> getModel() {
        return model;
    }

    public List<Country> getCountries() {
        return countries;
    }

    public String getIsco() {
        return isco;
    }

    public void setIsco(String isco) {
        this.isco = isco;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }
}
