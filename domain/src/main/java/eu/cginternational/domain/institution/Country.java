package eu.cginternational.domain.institution;

import jakarta.persistence.Column;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * A country, identified by its ISO 3166-1 alpha-2 code ({@code XK} for Kosovo, as used by the
 * European Commission). Reference data: it comes from a migration and is never edited by users.
 * Its name is not stored but taken from the locale data of the reader's language.
 */
@Entity
@Cacheable
@Table(name = "country")
/* Countries change only with a migration, so the list is kept in memory once read. */
@NamedQuery(name = "Country.all", query = "SELECT c FROM Country c ORDER BY c.code",
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class Country implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 2)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_group", length = 16, nullable = false)
    private CountryGroup group;

    @Column(name = "eu_member", nullable = false)
    private boolean euMember;

    @Column(name = "western_balkans", nullable = false)
    private boolean westernBalkans;

    /** The region of the time zone database whose clock the country keeps (its capital's); UTC for one not given it. */
    @Column(name = "time_zone", length = 40, nullable = false)
    private String timeZone = "UTC";

    protected Country() {
        // for JPA
    }

    public Country(String code, CountryGroup group, boolean euMember, boolean westernBalkans) {
        this(code, group, euMember, westernBalkans, ZoneId.of("UTC"));
    }

    /** A country keeping the clock of the zone, its capital's, as migration 041 gives one. */
    public Country(String code, CountryGroup group, boolean euMember, boolean westernBalkans, ZoneId timeZone) {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A country code is two capital letters: " + code);
        }
        this.code = code;
        this.group = Objects.requireNonNull(group, "group");
        this.euMember = euMember;
        this.westernBalkans = westernBalkans;
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone").getId();
    }

    public String getCode() {
        return code;
    }

    public CountryGroup getGroup() {
        return group;
    }

    public boolean isEuMember() {
        return euMember;
    }

    public boolean isWesternBalkans() {
        return westernBalkans;
    }

    /** The country's clock, summer time included: the time zone in which its people read a moment. */
    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    /** The day the country's clock shows at the moment: "today" to the people there. */
    public LocalDate dayAt(Instant moment) {
        return LocalDate.ofInstant(moment, timeZone());
    }

    /**
     * The latest day the countries' clocks show at the moment: no institution in them has reached a later one. A timer
     * that acts on the day of each record's own institution finds its candidates up to this day in one query, then
     * checks each on its own day; the UTC day when there are no countries.
     */
    public static LocalDate latestDayAt(Collection<Country> countries, Instant moment) {
        return countries.stream().map(country -> country.dayAt(moment)).max(Comparator.naturalOrder())
                .orElseGet(() -> LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }

    /** The earliest day the countries' clocks show at the moment: no institution in them is still on an earlier one. */
    public static LocalDate earliestDayAt(Collection<Country> countries, Instant moment) {
        return countries.stream().map(country -> country.dayAt(moment)).min(Comparator.naturalOrder())
                .orElseGet(() -> LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }

    /** The country's name in the given language, from the JDK's CLDR data. */
    public String displayName(Locale language) {
        return displayName(code, language);
    }

    /** The name of the country with this ISO 3166 code, in the given language. */
    public static String displayName(String code, Locale language) {
        return new Locale("", code).getDisplayCountry(language);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Country that && code.equals(that.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
