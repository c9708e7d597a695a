package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.mobility.MobilityList;
import eu.cginternational.service.mobility.MobilityRow;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.query.Page;
import eu.cginternational.web.config.Dates;
import eu.cginternational.web.view.CountryNames;
import eu.cginternational.web.view.EnumOptions;
import eu.cginternational.web.view.ListAddress;
import jakarta.faces.model.SelectItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.omnifaces.util.Faces;

/**
 * {@code /mobilities/index.xhtml}: the mobilities the person may see; for school and ministry
 * administrators it is their approvals inbox. Paged, sorted and filtered in the database, with the
 * page, sort and filters in the address (the same names as {@code GET /api/mobilities}), so the
 * list keeps nothing on the server between requests. It is the busiest page of the platform: its
 * rows and filter options come with their labels in the page's language, so that the view reads
 * one value per cell instead of working each label out through several expressions.
 *
 * <p>One bean for the application that reads each request's page once and keeps it in the request (as the bell in the
 * header does): a bean created per request costs the server its injection, and the creation of its service reference,
 * on every page.
 */
@Named
@ApplicationScoped
public class MobilitiesBacking {

    /** The filters of the page; what they mean is the service's {@code GET /api/mobilities} filters. */
    static final List<String> FILTERS = List.of("participant", "type", "schoolName", "destination", "from", "to", "status",
            "hosted");

    private static final String SHOWN = MobilitiesBacking.class.getName() + ".shown";

    @Inject
    MobilityService mobilities;

    @Inject
    CountryNames countryNames;

    /** What this request's page shows. */
    private record Shown(ListAddress address, long total, List<Row> rows, int exportMaxRows, boolean hostedApart) {
    }

    private Shown shown() {
        return Faces.getRequestAttribute(SHOWN, this::read);
    }

    private Shown read() {
        ListAddress address = ListAddress.of(Faces.getRequestParameterMap(), FILTERS);
        MobilityList list = mobilities.list(address.request());
        Page<MobilityRow> page = list.page();
        ResourceBundle texts = Faces.getResourceBundle("i18n");
        Map<String, String> countries = countryNames.getNames();
        Locale locale = Faces.getLocale();
        List<Row> rows = page.items().stream().map(mobility -> new Row(mobility, texts, countries, locale)).toList();
        return new Shown(address, page.total(), rows, list.exportMaxRows(), list.hostedApart());
    }

    public ListAddress getAddress() {
        return shown().address();
    }

    public List<Row> getRows() {
        return shown().rows();
    }

    public long getTotal() {
        return shown().total();
    }

    public long getPages() {
        return shown().address().pages(shown().total());
    }

    /** Whether the list is short enough to be exported whole; a longer one must be narrowed first. */
    public boolean isExportable() {
        return getTotal() > 0 && getTotal() <= getExportMaxRows();
    }

    public boolean isTooLongToExport() {
        return getTotal() > getExportMaxRows();
    }

    public int getExportMaxRows() {
        return shown().exportMaxRows();
    }

    /** Whether the page offers the two lists of a school: what it sends and what it hosts. */
    public boolean isHostedApart() {
        return shown().hostedApart();
    }

    /** Whether the page shows what the caller's school hosts. */
    public boolean isHosted() {
        return Boolean.parseBoolean(getAddress().filter("hosted"));
    }

    public List<SelectItem> getTypeOptions() {
        return EnumOptions.of(MobilityType.class);
    }

    public List<SelectItem> getStatusOptions() {
        return EnumOptions.of(MobilityStatus.class);
    }

    /** A mobility as a row of the list shows it. */
    public static final class Row {

        private final long id;
        private final String participant;
        private final String type;
        private final String school;
        private final String host;
        private final String destination;
        private final String startLabel;
        private final String endLabel;
        private final MobilityStatus status;
        private final String statusLabel;

        Row(MobilityRow mobility, ResourceBundle texts, Map<String, String> countries, Locale locale) {
            id = mobility.id();
            participant = mobility.participant().fullName();
            type = texts.getString("MobilityType." + mobility.type());
            school = mobility.sendingSchool().name();
            host = mobility.host().name() + ", " + mobility.host().city();
            destination = countries.get(mobility.host().countryCode());
            startLabel = Dates.day(locale, mobility.startDate());
            endLabel = Dates.day(locale, mobility.endDate());
            status = mobility.status();
            statusLabel = texts.getString("MobilityStatus." + status);
        }

        public long getId() {
            return id;
        }

        public String getParticipant() {
            return participant;
        }

        public String getType() {
            return type;
        }

        public String getSchool() {
            return school;
        }

        public String getHost() {
            return host;
        }

        public String getDestination() {
            return destination;
        }

        public String getStartLabel() {
            return startLabel;
        }

        public String getEndLabel() {
            return endLabel;
        }

        public MobilityStatus getStatus() {
            return status;
        }

        public String getStatusLabel() {
            return statusLabel;
        }
    }
}
