package eu.cginternational.web.api;

import static eu.cginternational.web.api.UsersResource.required;

import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.mobility.LearningAgreementDraft;
import eu.cginternational.service.mobility.LearningAgreementService;
import eu.cginternational.service.mobility.LearningAgreementSignatures;
import eu.cginternational.service.mobility.LearningAgreementWithdrawal;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.signing.SignatureInput;
import eu.cginternational.service.signing.SigningEngine;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The learning agreement of a mobility, the PDF of each of its versions and its signatures by the
 * sending school, the participant and the host (through the signing engine), within the caller's
 * scope. Its own path, so that it never shadows the mobility's other addresses.
 */
@Path("mobilities/{id}/learning-agreement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LearningAgreementResource {

    @Inject
    LearningAgreementService agreements;

    @Inject
    MobilityService mobilities;

    @Inject
    LearningAgreementSignatures signatures;

    @Inject
    SigningEngine engine;

    @GET
    @Operation(summary = "The learning agreement: current content, every version with its PDF address, the phase"
            + " (PREPARATION, AMENDMENT, CLOSED), whether the caller may change it and the version to send back")
    public LearningAgreementViews.Agreement get(@PathParam("id") long id) {
        Mobility mobility = mobilities.get(id);
        return view(mobility, agreements.find(id));
    }

    @PUT
    @Operation(summary = "Write the learning agreement (staff of the sending school): the first version (no version),"
            + " a change of the current one before the ministry's approval, or a new version with a reason after it;"
            + " version must be the one last read (409 otherwise), a broken rule answers 422")
    public Response save(@PathParam("id") long id, LearningAgreementDraft draft) {
        boolean first = required(draft).getVersion() == null;
        LearningAgreement saved = agreements.save(id, draft);
        LearningAgreementViews.Agreement view = view(saved.getMobility(), Optional.of(saved));
        return Response.status(first ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    @GET
    @Path("versions/{number}/pdf")
    @Produces({Pdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "One version of the learning agreement as PDF, in the participant's language")
    public Response pdf(@PathParam("id") long id, @PathParam("number") int number) {
        return download(agreements.versionPdf(id, number));
    }

    @POST
    @Path("signature-requests")
    @Operation(summary = "Send the current version for signature (an administrator of the sending school who is not the"
            + " participant, who signs first; then the participant, then the host's partner account), with the version of"
            + " the agreement last read ({\"version\": N}; 409 when stale, 422 without it): freezes its PDF and SHA-256;"
            + " 422 when the host has no partner account, when the version is already under signature, was withdrawn or"
            + " declined and not changed since, when the caller is the participant, or the mobility is closed")
    public Response requestSignatures(@PathParam("id") long id, Views.VersionSeen seen) {
        SignedDocument document = signatures.send(id, required(seen).version());
        return Response.status(Response.Status.CREATED).entity(SigningViews.Document.of(document, engine.isCallersTurn(document)))
                .build();
    }

    @POST
    @Path("signature-withdrawals")
    @Operation(summary = "Withdraw the current version from signature (whoever may send it), with the version of the"
            + " agreement last read (409 otherwise) and an optional comment (why, at most 2000 characters, kept with the"
            + " version as withdrawalComment and told to the signers): it stays as sent, marked withdrawn, its document is"
            + " superseded and the signers it reached are told; the next change is the version to send anew. 422 when it"
            + " does not wait for signatures, for a comment too long, or when the caller is the participant")
    public LearningAgreementViews.Agreement withdraw(@PathParam("id") long id, LearningAgreementWithdrawal withdrawal) {
        LearningAgreement agreement = signatures.withdraw(id, required(withdrawal));
        return view(agreement.getMobility(), Optional.of(agreement));
    }

    @GET
    @Path("signature")
    @Operation(summary = "The latest document of the agreement sent for signature: status, signers, events; 404 when none")
    public SigningViews.Document signature(@PathParam("id") long id) {
        SignedDocument document = signatures.find(id)
                .orElseThrow(() -> new NotFoundException("learning.signing.not_sent", id));
        return SigningViews.Document.of(engine.get(document.getId()), engine.isCallersTurn(document));
    }

    @POST
    @Path("signatures")
    @Operation(summary = "Sign the agreement under signature as the signer whose turn it is: password, typedName,"
            + " drawnSignature (base64 PNG), consentVersion and the document version last read (as /api/signing)")
    public SigningViews.Document sign(@PathParam("id") long id, SigningViews.SignatureRequest request) {
        SigningViews.SignatureRequest body = UsersResource.required(request);
        SignedDocument document = signatures.sign(id, body.version(),
                SignatureInput.of(body.password(), body.typedName(), body.drawnSignature(), body.consentVersion()));
        return SigningViews.Document.of(document, engine.isCallersTurn(document));
    }

    @GET
    @Path("document")
    @Produces({Pdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The frozen PDF of the latest document sent for signature, byte for byte")
    public Response document(@PathParam("id") long id) {
        return download(signatures.documentPdf(id));
    }

    @GET
    @Path("audit-certificate")
    @Produces({Pdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(summary = "The audit certificate of the latest document sent for signature")
    public Response auditCertificate(@PathParam("id") long id) {
        return download(signatures.auditCertificate(id));
    }

    /** A PDF as a download under its own file name. */
    static Response download(Pdf pdf) {
        return Response.ok(pdf.content(), Pdf.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .build();
    }

    private LearningAgreementViews.Agreement view(Mobility mobility, Optional<LearningAgreement> agreement) {
        return LearningAgreementViews.Agreement.of(mobility, agreement, agreements.canWrite(mobility));
    }
}
