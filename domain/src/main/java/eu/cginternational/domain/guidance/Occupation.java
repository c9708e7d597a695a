package eu.cginternational.domain.guidance;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.agreement.Isco;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An occupation that VET graduates enter, identified by its ISCO-08 unit group (four digits). Its
 * texts exist in the three languages of the platform; its RIASEC code says which interests it
 * suits; its demand is recorded per country, each value with its source. Loaded from the versioned
 * data files by a migration; coordinators correct it later against the version they saw.
 */
@Entity
@Cacheable
@Table(name = "occupation")
@NamedQuery(name = "Occupation.all", query = "SELECT o FROM Occupation o ORDER BY o.id")
public class Occupation implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int SKILLS_MAX = 1000;
    /** Between the skills of one language in their column. */
    public static final String SKILL_SEPARATOR = " | ";

    /** The ISCO-08 unit group; named "id" like the other entities so that the shared list queries apply. */
    @Id
    @Column(name = "isco_code", length = 4)
    private String id;

    @Version
    @Column(nullable = false)
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 32, nullable = false)
    private Sector sector;

    @Column(name = "eqf_level", nullable = false)
    private int eqfLevel;

    @Column(length = 3, nullable = false)
    private String riasec;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "title_en", length = TITLE_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "title_sq", length = TITLE_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "title_cnr", length = TITLE_MAX, nullable = false))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "description_en", length = DESCRIPTION_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "description_sq", length = DESCRIPTION_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "description_cnr", length = DESCRIPTION_MAX, nullable = false))})
    private LocalizedText description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "skills_en", length = SKILLS_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "skills_sq", length = SKILLS_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "skills_cnr", length = SKILLS_MAX, nullable = false))})
    private LocalizedText skills;

    @ElementCollection
    @CollectionTable(name = "occupation_demand", joinColumns = @JoinColumn(name = "isco_code"))
    private List<CountryDemand> demand = new ArrayList<>();

    protected Occupation() {
        // for JPA
    }

    /** The content of an occupation that a coordinator may change; the ISCO code never changes. */
    public record Content(Sector sector, int eqfLevel, String riasec, LocalizedText title, LocalizedText description,
                          LocalizedText skills, List<CountryDemand> demand) {
    }

    public Occupation(String iscoCode, Content content) {
        if (!isIscoUnitGroup(iscoCode)) {
            throw new IllegalArgumentException("Not an ISCO-08 unit group outside the armed forces: " + iscoCode);
        }
        this.id = iscoCode;
        revise(content);
    }

    /** Whether the code is an ISCO-08 unit group an occupation of the catalogue may have: the armed forces are none. */
    public static boolean isIscoUnitGroup(String code) {
        return Isco.isUnitGroup(code) && !Isco.isArmedForces(code);
    }

    /** Replaces the content; at most one demand value per country. */
    public void revise(Content content) {
        Objects.requireNonNull(content, "content");
        if (content.eqfLevel() < 1 || content.eqfLevel() > 8) {
            throw new IllegalArgumentException("An EQF level is 1 to 8: " + content.eqfLevel());
        }
        RiasecCode.parse(content.riasec());
        if (content.demand().stream().map(CountryDemand::getCountryCode).distinct().count() != content.demand().size()) {
            throw new IllegalArgumentException("One demand value per country");
        }
        this.sector = Objects.requireNonNull(content.sector(), "sector");
        this.eqfLevel = content.eqfLevel();
        this.riasec = content.riasec();
        this.title = Objects.requireNonNull(content.title(), "title");
        this.description = Objects.requireNonNull(content.description(), "description");
        this.skills = Objects.requireNonNull(content.skills(), "skills");
        this.demand.clear();
        this.demand.addAll(content.demand());
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public String getId() {
        return id;
    }

    public String getIscoCode() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Sector getSector() {
        return sector;
    }

    public int getEqfLevel() {
        return eqfLevel;
    }

    public String getRiasec() {
        return riasec;
    }

    public RiasecCode getRiasecCode() {
        return RiasecCode.parse(riasec);
    }

    public LocalizedText getTitle() {
        return title;
    }

    public LocalizedText getDescription() {
        return description;
    }

    public LocalizedText getSkills() {
        return skills;
    }

    public List<String> skillsIn(Language language) {
        return Arrays.stream(skills.in(language).split("\\s*\\|\\s*")).filter(s -> !s.isBlank()).toList();
    }

    /** The demand per country, by country code. */
    public List<CountryDemand> getDemand() {
        return demand.stream().sorted(Comparator.comparing(CountryDemand::getCountryCode)).toList();
    }

    /** The codes of the countries where employers look for the occupation more than they find it, in order. */
    public List<String> shortageCountries() {
        return getDemand().stream().filter(d -> d.getLevel() == DemandLevel.SHORTAGE)
                .map(CountryDemand::getCountryCode).toList();
    }

    public Optional<CountryDemand> demandIn(String countryCode) {
        return demand.stream().filter(d -> d.getCountryCode().equals(countryCode)).findFirst();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Occupation that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Occupation[" + id + "]";
    }
}
