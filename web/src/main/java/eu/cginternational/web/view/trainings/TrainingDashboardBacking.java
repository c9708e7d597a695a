package eu.cginternational.web.view.trainings;

import eu.cginternational.service.training.TrainingDashboard;
import eu.cginternational.service.training.TrainingDashboard.SchoolRow;
import eu.cginternational.web.view.CountryNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * {@code /trainings/dashboard.xhtml}: seats filled, waiting lists, attendance and completion rates
 * by country and school, for the coordinator (everywhere) and a ministry (its own country). Countries are named and
 * ordered in the reader's language ({@link CountryNames}), on the page and in its exports.
 */
@Named
@ViewScoped
public class TrainingDashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingDashboard dashboard;

    @Inject
    CountryNames countryNames;

    private List<SchoolRow> schools;
    private List<SchoolRow> countries;

    public void load() {
        schools = dashboard.bySchool().stream().sorted(Comparator.comparing(SchoolRow::country, countryNames.byName()))
                .toList();
        countries = TrainingDashboard.byCountry(schools);
    }

    public List<SchoolRow> getSchools() {
        return schools;
    }

    public List<SchoolRow> getCountries() {
        return countries;
    }
}
