package eu.cginternational.service.guidance;

import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.domain.guidance.DataSource;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Country profiles of the partner and destination countries: read by every signed-in person,
 * corrected by the coordinator against the version they saw. A wage figure is accepted only with
 * its currency, period, year and a known source.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
        Role.Names.STUDENT, Role.Names.PARTNER})
public class CountryProfiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    OccupationCatalogue occupations;

    public List<CountryProfile> all() {
        return em.createNamedQuery("CountryProfile.all", CountryProfile.class).getResultList();
    }

    public CountryProfile get(String countryCode) {
        String code = countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT);
        CountryProfile profile = code == null || !code.matches("[A-Z]{2}") ? null : em.find(CountryProfile.class, code);
        if (profile == null) {
            throw new NotFoundException("country_profile.not_found", countryCode);
        }
        return profile;
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public CountryProfile revise(String countryCode, CountryProfileDraft draft) {
        validator.validate(Objects.requireNonNull(draft, "draft"));
        Set<String> known = occupations.sources().stream().map(DataSource::getCode).collect(Collectors.toSet());
        for (String source : List.of(draft.getWageSource(), draft.getCostSource(), draft.getTextSource())) {
            if (!known.contains(source)) {
                throw validator.invalid("source", "guidance.source.unknown", source);
            }
        }
        CountryProfile.Content content;
        for (String links : List.of(draft.getLinksEn(), draft.getLinksSq(), draft.getLinksCnr())) {
            try {
                CountryProfile.parseLinks(links);
            } catch (IllegalArgumentException e) {
                throw validator.invalid("links", "guidance.links.invalid");
            }
        }
        try {
            CountryProfile.parseLinks(draft.links());
        } catch (IllegalArgumentException e) {
            throw validator.invalid("links", "guidance.links.same_addresses");
        }
        try {
            content = draft.content();
        } catch (IllegalArgumentException e) {
            throw validator.invalid("wageAmount", "guidance.wage.incomplete");
        }
        CountryProfile profile = em.find(CountryProfile.class, get(countryCode).getCountryCode(), LockModeType.PESSIMISTIC_WRITE);
        if (!Objects.equals(draft.getVersion(), profile.getVersion())) {
            throw new ConcurrentChangeException();
        }
        profile.revise(content);
        flushOrReportConflict(em);
        audit.record(AuditEventType.COUNTRY_PROFILE_UPDATED, "country profile " + profile.getCountryCode(), null);
        return profile;
    }
}
