package eu.cginternational.service.guidance;

import static eu.cginternational.service.config.InputValidator.Rule.rule;
import static eu.cginternational.service.config.Persistence.flushOrReportConflict;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceKind;
import eu.cginternational.domain.guidance.ResourceStatus;
import eu.cginternational.domain.guidance.SearchText;
import eu.cginternational.domain.text.FileNames;
import eu.cginternational.domain.text.HttpsLink;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.text.RichText;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The guidance resource library. Everyone who signs in reads the published resources; coordinators
 * and teachers add resources (as drafts), their authors change their own drafts, and coordinators
 * publish, archive and change any. Search is in the database: each word of {@code q} must occur at
 * the start of a word of the resource's search text (see {@link SearchText}), and {@code audience},
 * {@code topic}, {@code language} and {@code kind} narrow the list.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
        Role.Names.STUDENT, Role.Names.PARTNER})
public class ResourceLibrary {

    private static final Listing<GuidanceResource> LISTING = Listing.of(GuidanceResource.class)
            .filter("q", (cb, root, value) -> {
                List<String> words = SearchText.words(value);
                if (words.isEmpty()) {
                    return cb.conjunction();
                }
                return cb.and(words.stream()
                        .map(word -> cb.greaterThan(cb.locate(root.get("searchText"), word), 0))
                        .toArray(Predicate[]::new));
            })
            .filter("audience", (cb, root, value) -> cb.greaterThan(cb.locate(root.get("audiences"),
                    GuidanceResource.codeNeedle(Audience.valueOf(value.toUpperCase(Locale.ROOT)).name())), 0))
            .filter("topic", (cb, root, value) -> {
                List<String> topic = GuidanceResource.normaliseTopics(List.of(value));
                return topic.isEmpty() ? cb.conjunction()
                        : cb.greaterThan(cb.locate(root.get("topics"), GuidanceResource.codeNeedle(topic.get(0))), 0);
            })
            .filter("language", (cb, root, value) -> cb.equal(root.get("language"),
                    Language.valueOf(value.toUpperCase(Locale.ROOT))))
            .filter("kind", (cb, root, value) -> cb.equal(root.get("kind"), ResourceKind.valueOf(value.toUpperCase(Locale.ROOT))))
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"), ResourceStatus.valueOf(value.toUpperCase(Locale.ROOT))))
            .sort("title", root -> root.get("title"))
            .sort("publishedAt", root -> root.get("publishedAt"))
            .sort("updatedAt", root -> root.get("updatedAt"))
            .fetch(root -> root.fetch("author", JoinType.INNER))
            .defaultSort("updatedAt", false);

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    InputValidator validator;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "cg.resources.max-file-bytes", defaultValue = "10485760")
    long maxFileBytes;

    public Page<GuidanceResource> search(PageRequest request) {
        UserAccount caller = callers.getCurrent();
        return LISTING.page(em, request, scopeOf(caller));
    }

    public List<GuidanceResource> list(PageRequest request) {
        return LISTING.items(em, request, scopeOf(callers.getCurrent()));
    }

    public long count(java.util.Map<String, String> filters) {
        return LISTING.count(em, filters, scopeOf(callers.getCurrent()));
    }

    /** A resource the caller may read; "not found" for another person's draft. */
    public GuidanceResource get(long id) {
        UserAccount caller = callers.getCurrent();
        GuidanceResource resource = em.find(GuidanceResource.class, id);
        if (resource == null || !mayRead(caller, resource)) {
            throw new NotFoundException("resource.not_found", id);
        }
        resource.getAuthor().getFullName();
        return resource;
    }

    /** The body of a resource, read separately from the list (it is a large object). */
    public String body(long id) {
        return get(id).getBody();
    }

    public GuidanceResource.File file(long id) {
        GuidanceResource resource = get(id);
        if (!resource.hasFile()) {
            throw new NotFoundException("resource.not_found", id);
        }
        return new GuidanceResource.File(resource.getFileName(), resource.getFileType(), resource.getFileContent());
    }

    /** The largest file accepted, in bytes (setting {@code cg.resources.max-file-bytes}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /** Refuses a file larger than {@link #maxFileBytes()}, with the sizes in the caller's language. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.TEACHER})
    public void checkFileSize(long size) {
        if (size > maxFileBytes) {
            throw validator.invalid("file", "resource.file.too_large", megabytes(size), megabytes(maxFileBytes));
        }
    }

    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.TEACHER})
    public GuidanceResource create(ResourceDraft draft) {
        UserAccount caller = callers.getCurrent();
        GuidanceResource resource = new GuidanceResource(caller);
        describe(resource, draft, true);
        em.persist(resource);
        flushOrReportConflict(em);
        audit.record(AuditEventType.RESOURCE_CHANGED, label(resource), "created");
        return resource;
    }

    /** Changes a resource: coordinators any, authors their own draft; against the version last read. */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.TEACHER})
    public GuidanceResource revise(long id, ResourceDraft draft) {
        UserAccount caller = callers.getCurrent();
        GuidanceResource resource = get(id);
        if (!mayRevise(caller, resource)) {
            throw new AccessDeniedException();
        }
        validator.validate(new VersionSeen(draft.getVersion()));
        if (!Objects.equals(draft.getVersion(), resource.getVersion())) {
            throw new ConcurrentChangeException();
        }
        describe(resource, draft, false);
        flushOrReportConflict(em);
        audit.record(AuditEventType.RESOURCE_CHANGED, label(resource), "changed");
        return resource;
    }

    /** Whether the caller may change the resource (see {@link #revise}): a page offers the change only then. */
    public boolean mayRevise(GuidanceResource resource) {
        return mayRevise(callers.getCurrent(), resource);
    }

    /**
     * Publishes, archives or publishes again (coordinators), against the version last read, which is required: a step
     * taken without it could publish or archive a resource someone changed meanwhile, unread.
     */
    @RolesAllowed(Role.Names.COORDINATOR)
    public GuidanceResource moveTo(long id, ResourceStatus target, Long versionSeen) {
        GuidanceResource resource = get(id);
        validator.validate(new VersionSeen(versionSeen));
        if (!Objects.equals(versionSeen, resource.getVersion())) {
            throw new ConcurrentChangeException();
        }
        if (target == null || !resource.getStatus().mayBecome(target)) {
            throw new RejectedException("resource.status.illegal", resource.getStatus().name(), String.valueOf(target));
        }
        ResourceStatus before = resource.getStatus();
        resource.moveTo(target, Instant.now());
        flushOrReportConflict(em);
        audit.record(AuditEventType.RESOURCE_STATUS_CHANGED, label(resource), before + " -> " + target);
        return resource;
    }

    /** The version of the resource the caller read, required with every change and every step of its life. */
    record VersionSeen(@NotNull(message = "{resource.version.required}") Long version) {
    }

    /**
     * Describes the resource as drafted and refuses, together, everything wrong with the draft: its constraints (an
     * audience among them), no content or more than one (a text, a file or a link), a file of a kind not taken, a link
     * that is not https. A file too large is refused at once, before its content is looked at. The refusal rolls the
     * description back. Without a new content, a resource that has a file keeps it.
     */
    private void describe(GuidanceResource resource, ResourceDraft draft, boolean isNew) {
        boolean hasBody = draft.getBody() != null && !RichText.sanitise(draft.getBody()).isEmpty();
        boolean hasLink = draft.getLink() != null && !draft.getLink().isBlank();
        boolean hasFile = draft.hasFile();
        if (hasFile) {
            checkFileSize(draft.getFileContent().length);
        }
        String fileName = hasFile ? FileNames.plain(draft.getFileName(), GuidanceResource.FILE_NAME_MAXLENGTH) : null;
        Optional<FileTypes.Type> fileType = hasFile ? FileTypes.recognise(fileName, draft.getFileContent()) : Optional.empty();
        Optional<String> httpsLink = hasLink ? HttpsLink.of(draft.getLink(), GuidanceResource.LINK_MAXLENGTH) : Optional.empty();
        int given = (hasBody ? 1 : 0) + (hasLink ? 1 : 0) + (hasFile ? 1 : 0);
        GuidanceResource.Content content = given != 1 ? null
                : hasFile ? fileType.map(type -> new GuidanceResource.File(fileName, type.mediaType(), draft.getFileContent()))
                        .orElse(null)
                : hasLink ? httpsLink.map(GuidanceResource.Link::new).orElse(null)
                : new GuidanceResource.Body(RichText.sanitise(draft.getBody()));
        resource.describe(draft.getTitle(), draft.getSummary(), draft.getKind(), draft.getLanguage(), draft.getAudiences(),
                draft.getTopics(), content);
        boolean contentKept = given == 0 && !isNew && resource.hasFile();
        validator.validate(resource,
                rule(given == 1 || contentKept, "content", "resource.content.one"),
                rule(!hasFile || fileType.isPresent(), "file", "resource.file.type", fileName),
                rule(!hasLink || httpsLink.isPresent(), "link", "resource.link.https"));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1_048_576.0);
    }

    /** Coordinators any resource, its author while it is a draft. */
    private static boolean mayRevise(UserAccount caller, GuidanceResource resource) {
        return caller.hasRole(Role.COORDINATOR)
                || caller.equals(resource.getAuthor()) && resource.getStatus() == ResourceStatus.DRAFT;
    }

    private static boolean mayRead(UserAccount caller, GuidanceResource resource) {
        return resource.getStatus() == ResourceStatus.PUBLISHED || caller.hasRole(Role.COORDINATOR)
                || caller.equals(resource.getAuthor());
    }

    private static Listing.Scope<GuidanceResource> scopeOf(UserAccount caller) {
        return (cb, root) -> caller.hasRole(Role.COORDINATOR) ? cb.conjunction()
                : cb.or(cb.equal(root.get("status"), ResourceStatus.PUBLISHED),
                        cb.equal(root.get("author").get("id"), caller.getId()));
    }

    private static String label(GuidanceResource resource) {
        return "resource " + resource.getId();
    }
}
