package eu.cginternational.service.guidance;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.agreement.Isco;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.CountryDemand;
import eu.cginternational.domain.guidance.DataSource;
import eu.cginternational.domain.guidance.DemandLevel;
import eu.cginternational.domain.guidance.GuidanceDataset;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.guidance.RiasecCode;
import eu.cginternational.domain.guidance.Sector;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The occupation explorer: every signed-in person searches and filters the occupations; the
 * coordinator corrects one against the version they saw. Also the named sources and versions of
 * the guidance data, which every page that shows the data names.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
        Role.Names.STUDENT, Role.Names.PARTNER})
public class OccupationCatalogue {

    /**
     * Filters: {@code q} (text in the title in any of the three languages, or the start of the ISCO
     * code), {@code riasec} (every given letter is in the occupation's code), {@code sector},
     * {@code eqf} (level), {@code country} ("ES" for a shortage in Spain, or "ES:BALANCED" for another
     * level). Sorted by ISCO code unless asked otherwise.
     */
    private static final Listing<Occupation> LISTING = Listing.of(Occupation.class)
            .filter("q", (cb, root, value) -> {
                String text = value.toLowerCase(Locale.ROOT);
                return cb.or(cb.greaterThan(cb.locate(cb.lower(root.get("title").get("en")), text), 0),
                        cb.greaterThan(cb.locate(cb.lower(root.get("title").get("sq")), text), 0),
                        cb.greaterThan(cb.locate(cb.lower(root.get("title").get("cnr")), text), 0),
                        cb.equal(cb.locate(root.get("id"), text), 1));
            })
            .filter("riasec", (cb, root, value) -> {
                String letters = value.toUpperCase(Locale.ROOT);
                if (!RiasecCode.isValid(letters)) {
                    throw new IllegalArgumentException("Not RIASEC letters: " + value);
                }
                List<Predicate> all = new ArrayList<>();
                letters.chars().forEach(c -> all.add(cb.greaterThan(cb.locate(root.get("riasec"), String.valueOf((char) c)), 0)));
                return cb.and(all.toArray(Predicate[]::new));
            })
            .filter("sector", (cb, root, value) -> cb.equal(root.get("sector"), Sector.valueOf(value)))
            .filter("eqf", (cb, root, value) -> cb.equal(root.get("eqfLevel"), Integer.parseInt(value)))
            .filter("country", (cb, root, value) -> {
                String[] parts = value.toUpperCase(Locale.ROOT).split(":", 2);
                if (!parts[0].matches("[A-Z]{2}")) {
                    throw new IllegalArgumentException("Not a country code: " + value);
                }
                DemandLevel level = parts.length == 2 ? DemandLevel.valueOf(parts[1]) : DemandLevel.SHORTAGE;
                // One demand row per country and occupation: the join never repeats an occupation.
                Join<Occupation, CountryDemand> demand = root.join("demand");
                return cb.and(cb.equal(demand.get("countryCode"), parts[0]), cb.equal(demand.get("level"), level));
            })
            .sort("isco", root -> root.get("id"))
            .sort("eqf", root -> root.get("eqfLevel"))
            .sort("sector", root -> root.get("sector"))
            .sort("title_en", root -> root.get("title").get("en"))
            .sort("title_sq", root -> root.get("title").get("sq"))
            .sort("title_cnr", root -> root.get("title").get("cnr"))
            .batchRead("demand")
            .defaultSort("isco", true);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    public Page<Occupation> page(PageRequest request) {
        return LISTING.page(em, request);
    }

    public List<Occupation> list(PageRequest request) {
        return LISTING.items(em, request);
    }

    public long count(Map<String, String> filters) {
        return LISTING.count(em, filters);
    }

    public Occupation get(String iscoCode) {
        Occupation occupation = iscoCode == null ? null : em.find(Occupation.class, iscoCode);
        if (occupation == null) {
            throw new NotFoundException("occupation.not_found", iscoCode);
        }
        occupation.getDemand();
        return occupation;
    }

    /** Whether the code is an ISCO-08 unit group of the catalogue. */
    public boolean knows(String iscoCode) {
        return Isco.isUnitGroup(iscoCode) && em.find(Occupation.class, iscoCode) != null;
    }

    /** All occupations with their demand, for ranking by fit (a few hundred rows, kept in the shared cache). */
    public List<Occupation> all() {
        return em.createNamedQuery("Occupation.all", Occupation.class)
                .setHint("eclipselink.batch", "o.demand")
                .getResultList();
    }

    /** The occupations in shortage in a country, by ISCO code. */
    public List<Occupation> shortagesIn(String countryCode) {
        return list(new PageRequest(0, PageRequest.MAX_LIMIT, "isco", true, Map.of("country", countryCode)));
    }

    /** The named sources of the guidance data, by data set and code. */
    public List<DataSource> sources() {
        return em.createNamedQuery("DataSource.all", DataSource.class).getResultList();
    }

    /** The sources with the given codes, by code. */
    public Map<String, DataSource> sources(Set<String> codes) {
        return sources().stream().filter(source -> codes.contains(source.getCode()))
                .collect(Collectors.toMap(DataSource::getCode, source -> source));
    }

    /** The versions of the data files loaded. */
    public List<GuidanceDataset> datasets() {
        return em.createQuery("SELECT d FROM GuidanceDataset d ORDER BY d.code", GuidanceDataset.class).getResultList();
    }

    /**
     * Corrects an occupation against the version the coordinator saw. Every demand value must name a
     * known source; a country may appear once.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public Occupation revise(String iscoCode, OccupationDraft draft) {
        validator.validate(Objects.requireNonNull(draft, "draft"));
        Set<String> known = sources().stream().map(DataSource::getCode).collect(Collectors.toSet());
        for (DemandDraft demand : draft.getDemand()) {
            if (!known.contains(demand.getSourceCode())) {
                throw validator.invalid("demand", "guidance.source.unknown", demand.getSourceCode());
            }
        }
        if (!RiasecCode.isValid(draft.getRiasec())) {
            throw validator.invalid("riasec", "guidance.riasec.invalid");
        }
        if (draft.getDemand().stream().map(DemandDraft::getCountryCode).distinct().count() != draft.getDemand().size()) {
            throw validator.invalid("demand", "guidance.demand.duplicate");
        }
        // A country the platform does not know would be refused by the database's foreign key only when the change is
        // written, which reads as a lost race (409) and sends the coordinator to reload for ever.
        for (DemandDraft demand : draft.getDemand()) {
            if (em.find(Country.class, demand.getCountryCode()) == null) {
                throw validator.invalid("demand", "guidance.country.unknown", demand.getCountryCode());
            }
        }
        Occupation occupation = em.find(Occupation.class, iscoCode, LockModeType.PESSIMISTIC_WRITE);
        if (occupation == null) {
            throw new NotFoundException("occupation.not_found", iscoCode);
        }
        if (!Objects.equals(draft.getVersion(), occupation.getVersion())) {
            throw new ConcurrentChangeException();
        }
        occupation.revise(draft.content());
        // A change of the demand alone touches no column of the occupation; the version moves all the same.
        em.lock(occupation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flushOrReportConflict(em);
        audit.record(AuditEventType.OCCUPATION_UPDATED, "occupation " + iscoCode, occupation.getTitle().getEn());
        return occupation;
    }
}
