package eu.cginternational.web.api;

import eu.cginternational.service.signing.SigningEngine;
import eu.cginternational.service.signing.Verification;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The public register of signed documents, without sign-in: does this PDF, or this SHA-256, match
 * a document signed on the platform? A changed byte gives another hash, which matches nothing.
 */
@Path("verify")
@Produces(MediaType.APPLICATION_JSON)
public class VerifyResource {

    /** The largest PDF the register reads. */
    static final int MAX_PDF_BYTES = 20 * 1024 * 1024;

    @Inject
    SigningEngine engine;

    /** A hash to look up. */
    public record HashQuery(String sha256) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Look up a SHA-256 (64 hex characters): {\"sha256\": \"...\"}; answers matches true with the"
            + " document's title, parties, signatures and status, or matches false")
    public SigningViews.VerifyResult byHash(HashQuery query) {
        String sha256 = UsersResource.required(query).sha256();
        Optional<Verification> found = engine.verifySha256(sha256);
        return new SigningViews.VerifyResult(found.isPresent(), found.map(Verification::sha256).orElse(sha256), found.orElse(null));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Look up a PDF (multipart/form-data, part \"file\"): the same answer, for the PDF's SHA-256")
    public SigningViews.VerifyResult byPdf(List<EntityPart> parts) {
        EntityPart file = parts.stream().filter(p -> "file".equals(p.getName())).findFirst()
                .orElseThrow(() -> new InvalidRequest("api.request.file_part_required"));
        byte[] pdf;
        try (InputStream content = file.getContent()) {
            pdf = content.readNBytes(MAX_PDF_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidRequest("api.request.pdf_unreadable");
        }
        if (pdf.length > MAX_PDF_BYTES) {
            throw new InvalidRequest("api.request.pdf_too_large", MAX_PDF_BYTES);
        }
        Optional<Verification> found = engine.verify(pdf);
        return new SigningViews.VerifyResult(found.isPresent(), eu.cginternational.domain.signing.Sha256.of(pdf),
                found.orElse(null));
    }
}
