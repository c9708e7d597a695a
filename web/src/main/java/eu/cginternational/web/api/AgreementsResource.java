package eu.cginternational.web.api;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.service.agreement.AgreementDraft;
import eu.cginternational.service.agreement.AgreementService;
import eu.cginternational.service.agreement.AgreementTransition;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.signing.SignatureInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

import static eu.cginternational.web.api.UsersResource.required;

/** Partnership agreements, their versions and their workflow, within the caller's scope. */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementsResource {

    private static final Set<String> FILTERS = Set.of("status", "title", "country", "endsBefore");

    @Inject
    AgreementService agreements;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The agreements the caller may see, paged (page, size, sort: title, status, endsOn, updatedAt)"
            + " and filtered (status, title, country, endsBefore)")
    public ListResult<AgreementViews.Summary> list() {
        Page<Agreement> page = agreements.page(Paging.of(uri, FILTERS));
        return new ListResult<>(page.items().stream().map(AgreementViews.Summary::of).toList(), page.total());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One agreement with its status, version, every version with its signers, its events and the"
            + " actions the caller can take now")
    public AgreementViews.Detail get(@PathParam("id") long id) {
        return detail(agreements.get(id));
    }

    @POST
    @Operation(summary = "Draft an agreement for the caller's own institution (school administrators and partners)")
    public Response create(AgreementDraft draft) {
        Agreement agreement = agreements.create(required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(agreement.getId().toString()).build())
                .entity(detail(agreement)).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change the draft version; version must be the one last read (409 otherwise)")
    public AgreementViews.Detail revise(@PathParam("id") long id, AgreementDraft draft) {
        return detail(agreements.revise(id, required(draft)));
    }

    @POST
    @Path("{id}/transitions")
    @Operation(summary = "Take a step: SEND, WITHDRAW (the version under signature, by whoever may send it: it becomes"
            + " the next version's draft), AMEND, TERMINATE (with a reason), or DECLINE (a named signer, with a reason),"
            + " with the version last read")
    public AgreementViews.Detail act(@PathParam("id") long id, AgreementTransition transition) {
        return detail(agreements.act(id, required(transition)));
    }

    @POST
    @Path("{id}/signatures")
    @Operation(summary = "Sign the version under signature as the signer whose turn it is, through the signing engine:"
            + " password, typedName, drawnSignature (base64 PNG), consentVersion (see /api/signing/consent) and the"
            + " signing document's version last read; 403 for someone who is not a signer, 409 for a changed document,"
            + " 422 without the version, out of order, wrong password, superseded or missing input")
    public AgreementViews.Detail sign(@PathParam("id") long id, SigningViews.SignatureRequest request) {
        SigningViews.SignatureRequest body = required(request);
        return detail(agreements.sign(id, body.version(),
                SignatureInput.of(body.password(), body.typedName(), body.drawnSignature(), body.consentVersion())));
    }

    @GET
    @Path("{id}/document")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The PDF of a version (default: the one the agreement stands on, as `current` in its detail),"
            + " in the language the version is written in; whoever sees the agreement reads every version, and a version's"
            + " own parties and signers read a version sent for signature also once the agreement left them out")
    public Response document(@PathParam("id") long id, @QueryParam("version") Integer number) {
        int version = number != null ? number : agreements.get(id).getPrevailing().getNumber();
        return LearningAgreementResource.download(agreements.versionPdf(id, version));
    }

    private AgreementViews.Detail detail(Agreement agreement) {
        return AgreementViews.Detail.of(agreement, agreements.actionsFor(agreement),
                agreements.nextSigner(agreement).map(UserAccount::getUsername).orElse(null),
                agreements.readableSigningDocument(agreement).orElse(null));
    }
}
