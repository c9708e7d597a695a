package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.signing.SignatureInput;
import eu.cginternational.service.signing.SigningConsent;
import eu.cginternational.service.signing.SigningEngine;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Documents sent for signature, whatever they are (partnership or learning agreement): read, sign,
 * decline, download the frozen PDF and the audit certificate, and the caller's inbox. The owners'
 * own addresses ({@code /api/agreements/{id}/signatures}, {@code /api/mobilities/{id}/learning-agreement/...})
 * delegate to the same engine.
 */
@Path("signing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SigningResource {

    @Inject
    SigningEngine engine;

    @Context
    UriInfo uri;

    @GET
    @Path("inbox")
    @Operation(summary = "The documents waiting for the caller's signature (their turn), oldest first, paged (page, size)")
    public ListResult<SigningViews.Waiting> inbox() {
        Page<Signer> page = engine.inbox(Paging.of(uri, Set.of()));
        return new ListResult<>(page.items().stream().map(SigningViews.Waiting::of).toList(), page.total());
    }

    @GET
    @Path("consent")
    @Operation(summary = "The consent text a signer accepts now, with its version, in the caller's language")
    public SigningConsent consent() {
        return engine.consent();
    }

    @GET
    @Path("documents/{id}")
    @Operation(summary = "A document: status, version, hash, signers in order, events with their hashes, whether it is the caller's turn")
    public SigningViews.Document get(@PathParam("id") long id) {
        return view(engine.get(id));
    }

    @POST
    @Path("documents/{id}/signatures")
    @Operation(summary = "Sign as the signer whose turn it is: password, typedName, drawnSignature (base64 PNG),"
            + " consentVersion (see /api/signing/consent) and the document version last read; 403 for someone who is not"
            + " a signer, 409 for a changed document, 422 without the version, out of order, wrong password, superseded or"
            + " missing input")
    public SigningViews.Document sign(@PathParam("id") long id, SigningViews.SignatureRequest request) {
        SigningViews.SignatureRequest body = required(request);
        return view(engine.sign(id, body.version(),
                SignatureInput.of(body.password(), body.typedName(), body.drawnSignature(), body.consentVersion())));
    }

    @POST
    @Path("documents/{id}/declines")
    @Operation(summary = "Decline as a named signer who has not signed yet, with a reason and the document version last"
            + " read; the document closes. 403 for someone who is not a signer, 409 for a changed document, 422 without"
            + " the version or the reason, or when the document is no longer open")
    public SigningViews.Document decline(@PathParam("id") long id, SigningViews.DeclineRequest request) {
        SigningViews.DeclineRequest body = required(request);
        return view(engine.decline(id, body.version(), body.reason()));
    }

    @GET
    @Path("documents/{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The frozen PDF, byte for byte as sent")
    public Response pdf(@PathParam("id") long id) {
        return LearningAgreementResource.download(engine.pdf(id));
    }

    @GET
    @Path("documents/{id}/audit-certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The audit certificate: every signer, every event with its hashes, the chain check")
    public Response auditCertificate(@PathParam("id") long id) {
        return LearningAgreementResource.download(engine.auditCertificate(id));
    }

    private SigningViews.Document view(SignedDocument document) {
        return SigningViews.Document.of(document, engine.isCallersTurn(document));
    }
}
