package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.grant.ParticipantKind;
import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.service.grant.RateTableDraft;
import eu.cginternational.service.grant.RateTables;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /coordinator/rates.xhtml?year=...}: the rates of one programme year (the latest when no
 * year is given) with their cited source, to edit as a whole, and the start of a new year from a
 * copy. The version read when the page opened travels with the form, so rates changed meanwhile by
 * another coordinator are not overwritten.
 */
@Named
@ViewScoped
public class RatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RateTables rateTables;

    private Integer year;
    private List<Integer> years = List.of();
    private String citedSource;
    private RateTableDraft draft;
    private List<DailyRow> dailyRows = List.of();
    private Integer newYear;

    /** One line of the daily-rate grid: a kind of participant with an amount (or none) per country group. */
    public static final class DailyRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ParticipantKind kind;
        private final List<Cell> cells;

        DailyRow(ParticipantKind kind, List<Cell> cells) {
            this.kind = kind;
            this.cells = cells;
        }

        public ParticipantKind getKind() {
            return kind;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    /** The daily rate of one kind of participant in one country group; empty when not known. */
    public static final class Cell implements Serializable {

        private static final long serialVersionUID = 1L;

        private final CountryGroup group;
        private BigDecimal amount;

        Cell(CountryGroup group, BigDecimal amount) {
            this.group = group;
            this.amount = amount;
        }

        public CountryGroup getGroup() {
            return group;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }

    public void load() {
        years = rateTables.list().stream().map(RateTable::getProgrammeYear).toList();
        if (year == null && !years.isEmpty()) {
            year = years.get(0);
        }
        if (year != null) {
            RateTable table = rateTables.get(year);
            citedSource = table.getSource();
            draft = RateTableDraft.of(table);
            dailyRows = Arrays.stream(ParticipantKind.values())
                    .map(kind -> new DailyRow(kind, Arrays.stream(CountryGroup.values())
                            .map(group -> new Cell(group, table.dailyRate(kind, group).orElse(null)))
                            .toList()))
                    .toList();
        }
    }

    public void addBand() {
        draft.getTravelBands().add(new RateTableDraft.Band());
    }

    public void removeBand(int index) {
        draft.getTravelBands().remove(index);
    }

    @ReportsRefusals
    public void save() {
        List<RateTableDraft.Rate> rates = new ArrayList<>();
        for (DailyRow row : dailyRows) {
            row.getCells().stream()
                    .filter(cell -> cell.getAmount() != null)
                    .forEach(cell -> rates.add(new RateTableDraft.Rate(row.getKind(), cell.getGroup(), cell.getAmount())));
        }
        draft.setDailyRates(rates);
        rateTables.update(year, draft);
        Messages.addFlashGlobalInfo("rates.saved", String.valueOf(year));
        Faces.redirect("coordinator/rates.xhtml?year=%s", year.toString());
    }

    @ReportsRefusals
    public void copy() {
        RateTable copy = rateTables.copy(year, newYear);
        Messages.addFlashGlobalInfo("rates.copied", String.valueOf(copy.getProgrammeYear()), String.valueOf(year));
        Faces.redirect("coordinator/rates.xhtml?year=%s", String.valueOf(copy.getProgrammeYear()));
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<Integer> getYears() {
        return years;
    }

    public String getCitedSource() {
        return citedSource;
    }

    public RateTableDraft getDraft() {
        return draft;
    }

    public List<DailyRow> getDailyRows() {
        return dailyRows;
    }

    public CountryGroup[] getGroups() {
        return CountryGroup.values();
    }

    public Integer getNewYear() {
        return newYear;
    }

    public void setNewYear(Integer newYear) {
        this.newYear = newYear;
    }

    public int getMinYear() {
        return RateTable.MIN_YEAR;
    }

    public int getMaxYear() {
        return RateTable.MAX_YEAR;
    }
}
