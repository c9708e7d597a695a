package eu.cginternational.domain.institution;

import eu.cginternational.domain.BaseEntity;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import eu.cginternational.domain.text.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An organisation taking part in the platform. Institutions are never deleted, because mobilities,
 * agreements and the audit log refer to them; they are deactivated instead.
 */
@Entity
@Cacheable
@Table(name = "institution")
public class Institution extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAXLENGTH = 200;
    public static final int CITY_MAXLENGTH = 100;

    @Column(length = NAME_MAXLENGTH, nullable = false, unique = true)
    @NotBlank(message = "{institution.name.required}")
    @PlainText
    @Size(max = NAME_MAXLENGTH, message = "{institution.name.too_long}")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    @NotNull(message = "{institution.type.required}")
    private InstitutionType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code", nullable = false)
    @NotNull(message = "{institution.country.required}")
    private Country country;

    /**
     * The country's code, read from the same column as {@link #country}: lists that show or filter by
     * an institution's country then read the column instead of joining the country table for a value
     * the institution already holds.
     */
    @Column(name = "country_code", length = 2, insertable = false, updatable = false)
    private String countryCode;

    @Column(length = CITY_MAXLENGTH, nullable = false)
    @NotBlank(message = "{institution.city.required}")
    @PlainText
    @Size(max = CITY_MAXLENGTH, message = "{institution.city.too_long}")
    private String city;

    @Embedded
    @NotNull(message = "{institution.location.required}")
    private GeoPoint location;

    @Column(nullable = false)
    private boolean active = true;

    /** A school in a rural area: its people count as having fewer opportunities (trainings' waiting lists). */
    @Column(nullable = false)
    private boolean rural;

    protected Institution() {
        // for JPA
    }

    public Institution(String name, InstitutionType type, Country country, String city, GeoPoint location) {
        describe(name, type, country, city, location);
    }

    /** Replaces what the institution is and where it is; the identity and history stay. */
    public final void describe(String name, InstitutionType type, Country country, String city, GeoPoint location) {
        this.name = name;
        this.type = type;
        this.country = country;
        this.countryCode = country == null ? null : country.getCode();
        this.city = city;
        this.location = location;
    }

    /** Says whether the institution is in a rural area. */
    public void markRural(boolean isRural) {
        this.rural = isRural;
    }

    public boolean isRural() {
        return rural;
    }

    /**
     * Places nobody here anew. An inactive institution is refused, so that a repeated step records nothing again.
     */
    public void deactivate() {
        if (!active) {
            throw new InstitutionRuleException(InstitutionRuleException.Rule.ALREADY_INACTIVE);
        }
        active = false;
    }

    /** An active institution is refused, so that a repeated step records nothing again. */
    public void activate() {
        if (active) {
            throw new InstitutionRuleException(InstitutionRuleException.Rule.ALREADY_ACTIVE);
        }
        active = true;
    }

    public String getName() {
        return name;
    }

    public InstitutionType getType() {
        return type;
    }

    public Country getCountry() {
        return country;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getCity() {
        return city;
    }

    public GeoPoint getLocation() {
        return location;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isIn(Country other) {
        return Objects.equals(country, other);
    }

    /**
     * The day it is at the institution at the moment: the day its country's clock shows, which is what "today" means
     * to the people there. It is not the UTC day the records keep: in Tirana the first hour after midnight (two in
     * summer) is still the day before in UTC.
     */
    public LocalDate dayAt(Instant moment) {
        return country.dayAt(moment);
    }
}
