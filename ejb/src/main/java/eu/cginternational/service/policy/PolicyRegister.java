package eu.cginternational.service.policy;

import static eu.cginternational.service.config.InputValidator.Rule.rule;
import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import eu.cginternational.domain.policy.RecommendationStatus;
import eu.cginternational.domain.text.FileNames;
import eu.cginternational.domain.text.HttpsLink;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.guidance.FileTypes;
import eu.cginternational.service.guidance.ResourceLibrary;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The public register of research and policy: reports, policy briefs and policy recommendations
 * with their status, listed for everyone without signing in and filtered by country, kind and
 * status; the coordinators add and change them and follow each recommendation's status. A publication is dated the
 * coordinator's today or earlier ({@link Publication#mayBeDated}): the register lists what is out.
 */
@Stateless
@PermitAll
public class PolicyRegister {

    private static final Listing<Publication> LISTING = Listing.of(Publication.class)
            .filter("country", (cb, root, value) -> cb.equal(root.get("country").get("code"), value.toUpperCase(Locale.ROOT)))
            .filter("kind", (cb, root, value) -> cb.equal(root.get("kind"), PublicationKind.valueOf(value.toUpperCase(Locale.ROOT))))
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"),
                    RecommendationStatus.valueOf(value.toUpperCase(Locale.ROOT))))
            .sort("publishedOn", root -> root.get("publishedOn"))
            .sort("title", root -> root.get("title"))
            .defaultSort("publishedOn", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    CallerAccounts callers;

    @Inject
    ResourceLibrary library;

    @Inject
    @ConfigProperty(name = "cg.list.export-max-rows", defaultValue = "10000")
    int exportMaxRows;

    public Page<Publication> page(PageRequest request) {
        return LISTING.page(em, request);
    }

    /** The whole filtered and sorted list, for an export; refused beyond {@code cg.list.export-max-rows} ({@link Listing#all}). */
    public List<Publication> export(PageRequest sortAndFilters) {
        return LISTING.all(em, sortAndFilters, null, exportMaxRows);
    }

    /** The most rows {@link #export} gives. */
    public int exportMaxRows() {
        return exportMaxRows;
    }

    public Publication get(long id) {
        Publication publication = em.find(Publication.class, id);
        if (publication == null) {
            throw new NotFoundException("publication.not_found", id);
        }
        return publication;
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Publication create(PublicationDraft draft) {
        if (draft.getKind() == null) {
            throw validator.invalid("kind", "publication.kind.required");
        }
        Publication publication = new Publication(draft.getKind());
        describe(publication, draft);
        em.persist(publication);
        flushOrReportConflict(em);
        audit.record(AuditEventType.PUBLICATION_CHANGED, label(publication), "created");
        return publication;
    }

    @RolesAllowed(Role.Names.COORDINATOR)
    public Publication revise(long id, PublicationDraft draft) {
        Publication publication = get(id);
        validator.validate(new VersionSeen(draft.getVersion()));
        if (!Objects.equals(draft.getVersion(), publication.getVersion())) {
            throw new ConcurrentChangeException();
        }
        // The kind is chosen once (a recommendation has a status and an addressee, a report neither): refused, not dropped.
        if (draft.getKind() != null && draft.getKind() != publication.getKind()) {
            throw validator.invalid("kind", "publication.kind.fixed");
        }
        describe(publication, draft);
        flushOrReportConflict(em);
        audit.record(AuditEventType.PUBLICATION_CHANGED, label(publication), "changed");
        return publication;
    }

    /**
     * Records how far a recommendation has come (proposed, adopted, implemented), against the version last read, which is
     * required: without it, a status set on what someone else had just changed would pass unnoticed.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public Publication track(long id, RecommendationStatus status, Long versionSeen) {
        Publication publication = get(id);
        validator.validate(new VersionSeen(versionSeen));
        if (!Objects.equals(versionSeen, publication.getVersion())) {
            throw new ConcurrentChangeException();
        }
        if (!publication.isRecommendation() || status == null) {
            throw validator.invalid("status", "publication.status.only_recommendations");
        }
        publication.track(status);
        flushOrReportConflict(em);
        audit.record(AuditEventType.PUBLICATION_CHANGED, label(publication), "status " + status);
        return publication;
    }

    /** The version of the publication the caller read, required with every change. */
    record VersionSeen(@NotNull(message = "{publication.version.required}") Long version) {
    }

    /**
     * Describes the publication as drafted and refuses, together, everything wrong with the draft: its constraints (a recommendation's addressee among them), a
     * country the platform does not know, a link that is not https, a file of a kind
     * not taken, a date ahead of the coordinator's day. The refusal rolls the description back.
     */
    private void describe(Publication publication, PublicationDraft draft) {
        String countryCode = given(draft.getCountry()) ? draft.getCountry().trim().toUpperCase(Locale.ROOT) : null;
        Country country = countryCode == null ? null : em.find(Country.class, countryCode);
        String link = given(draft.getLink()) ? draft.getLink() : null;
        Optional<String> httpsLink = HttpsLink.of(link, Publication.LINK_MAXLENGTH);
        boolean fileSent = draft.getFileContent() != null && draft.getFileContent().length > 0;
        if (fileSent) {
            library.checkFileSize(draft.getFileContent().length);
        }
        String fileName = fileSent ? FileNames.plain(draft.getFileName(), Publication.FILE_NAME_MAXLENGTH) : null;
        Optional<FileTypes.Type> fileType = fileSent ? FileTypes.recognise(fileName, draft.getFileContent())
                : Optional.empty();
        // Out by the coordinator's today, on the clock of their institution's country, not the server's UTC day.
        LocalDate today = callers.getCurrent().getInstitution().dayAt(Instant.now());
        boolean dateAllowed = publication.mayBeDated(draft.getPublishedOn(), today);
        publication.describe(draft.getTitle(), draft.getSummary(), country, draft.getPublishedOn(), draft.getAddressee());
        publication.linkTo(httpsLink.orElse(null));
        fileType.ifPresent(type -> publication.attach(fileName, type.mediaType(), draft.getFileContent()));
        validator.validate(publication,
                rule(countryCode == null || country != null, "country", "publication.country.unknown", draft.getCountry()),
                rule(link == null || httpsLink.isPresent(), "link", "resource.link.https"),
                rule(!fileSent || fileType.isPresent(), "file", "resource.file.type", fileName),
                rule(dateAllowed, "publishedOn", "publication.published_on.future"));
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String label(Publication publication) {
        return "publication " + publication.getId();
    }
}
