package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import eu.cginternational.domain.policy.RecommendationStatus;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.policy.PolicyRegister;
import eu.cginternational.service.policy.PublicationDraft;
import eu.cginternational.service.query.Page;
import eu.cginternational.web.config.Bundle;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Research and policy: public reading without signing in; coordinators add, change and track recommendations. */
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicationsResource {

    private static final Set<String> FILTERS = Set.of("country", "kind", "status");

    @Inject
    PolicyRegister register;

    @Inject
    CallerAccounts callers;

    @Context
    UriInfo uri;

    /** A publication as the public sees it. */
    public record View(Long id, String kind, String title, String summary, String country, LocalDate publishedOn,
            String addressee, String status, String link, String fileName, Long version) {
        static View of(Publication p) {
            return new View(p.getId(), p.getKind().name(), p.getTitle(), p.getSummary(),
                    p.getCountry() == null ? null : p.getCountry().getCode(), p.getPublishedOn(), p.getAddressee(),
                    p.getStatus() == null ? null : p.getStatus().name(), p.getLink(), p.getFileName(), p.getVersion());
        }
    }

    /** Body of a new or changed publication; {@code file} as a name and Base64 content. */
    public static class Input {
        public String kind;
        public String title;
        public String summary;
        public String country;
        public LocalDate publishedOn;
        public String addressee;
        public String link;
        public CounsellingViews.FileInput file;
        public Long version;
    }

    @GET
    @Operation(summary = "Public: publications and recommendations, newest first, paged; filters country, kind, status")
    public ListResult<View> list() {
        Page<Publication> page = register.page(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(View::of).toList(), page.total());
    }

    @GET
    @Path("export")
    @Produces({TableFile.CSV, TableFile.XLSX})
    @Operation(summary = "Public: the whole list as a file (format: csv or xlsx), sorted and filtered like GET /api/publications,"
            + " with the headings and labels in the reader's language; a list longer than cg.list.export-max-rows is"
            + " refused (422): narrow the filters; lang (EN, SQ or CNR) names the language for a reader who is not signed in"
            + " (else Accept-Language does)")
    public Response export(@QueryParam("format") @DefaultValue("csv") String format, @QueryParam("lang") String lang) {
        Locale locale = callers.findCurrent().map(UserAccount::getLanguage)
                .or(() -> Arrays.stream(Language.values()).filter(language -> language.name().equalsIgnoreCase(lang)).findFirst())
                .map(Language::locale)
                .orElseGet(callers::currentLocale);
        List<List<String>> rows = register.export(Paging.of(uri, FILTERS)).stream()
                .map(publication -> List.of(
                        publication.getPublishedOn() == null ? "" : publication.getPublishedOn().toString(),
                        publication.getTitle(),
                        Bundle.text(locale, "PublicationKind." + publication.getKind()),
                        publication.getCountry() == null ? "" : Country.displayName(publication.getCountry().getCode(), locale),
                        Objects.toString(publication.getAddressee(), ""),
                        publication.getStatus() == null ? "" : Bundle.text(locale, "RecommendationStatus." + publication.getStatus()),
                        Objects.toString(publication.getLink(), "")))
                .toList();
        List<String> headings = List.of("policy.published_on", "resource.title", "resource.kind", "indicators.country",
                "policy.addressee", "general.status", "resource.link");
        return TableFile.headed(locale, headings, rows).download("publications", format);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Public: one publication")
    public View get(@PathParam("id") long id) {
        return View.of(register.get(id));
    }

    @GET
    @Path("{id}/file")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Public: the file of a publication, as an attachment with its checked type")
    public Response file(@PathParam("id") long id) {
        Publication publication = register.get(id);
        if (!publication.hasFile()) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.ok(publication.getFileContent(), publication.getFileType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(publication.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    @POST
    @Operation(summary = "Coordinators: add a publication (a recommendation needs an addressee and starts PROPOSED)")
    public Response create(Input input) {
        Publication created = register.create(draft(required(input)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.getId().toString()).build())
                .entity(View.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Coordinators: change a publication (version last read; 409 when stale)")
    public View revise(@PathParam("id") long id, Input input) {
        return View.of(register.revise(id, draft(required(input))));
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Coordinators: {\"status\": \"PROPOSED|ADOPTED|IMPLEMENTED\", \"version\": n} of a recommendation")
    public View track(@PathParam("id") long id, CounsellingViews.StatusChange change) {
        required(change);
        RecommendationStatus status;
        try {
            status = RecommendationStatus.valueOf(change.status == null ? "" : change.status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest("api.request.publication_status");
        }
        return View.of(register.track(id, status, change.version));
    }

    private static PublicationDraft draft(Input input) {
        PublicationDraft draft = new PublicationDraft();
        if (input.kind != null) {
            try {
                draft.setKind(PublicationKind.valueOf(input.kind.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("api.request.unknown_value", "kind", input.kind);
            }
        }
        draft.setTitle(input.title);
        draft.setSummary(input.summary);
        draft.setCountry(input.country);
        draft.setPublishedOn(input.publishedOn);
        draft.setAddressee(input.addressee);
        draft.setLink(input.link);
        draft.setVersion(input.version);
        if (input.file != null && input.file.base64 != null) {
            try {
                draft.setFile(input.file.name, Base64.getMimeDecoder().decode(input.file.base64));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequest("api.request.not_base64");
            }
        }
        return draft;
    }
}
