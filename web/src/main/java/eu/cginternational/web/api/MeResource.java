package eu.cginternational.web.api;

import eu.cginternational.domain.account.Language;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.service.privacy.PersonalDataExport;
import eu.cginternational.web.security.SignedInCaller;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's own account. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    @Inject
    PersonalDataExport export;

    @Context
    HttpServletRequest request;

    /** A password change: the current password proves it is the owner. */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** A language choice: EN, SQ or CNR. */
    public record LanguageChoice(String language) {
    }

    @GET
    @Operation(summary = "Who am I: username, roles, institution and language of the caller")
    public Views.Me me() {
        return Views.Me.of(accounts.current());
    }

    @GET
    @Path("data")
    @Operation(summary = "The records the platform holds about the caller, as a JSON file: the export of one's personal data")
    public Response data() {
        return PersonalDataFile.of(export.mine());
    }

    @PUT
    @Path("password")
    @Operation(summary = "Change the caller's password; the account's other sessions and remembered credentials end")
    public Response changePassword(PasswordChange change) {
        if (change == null || change.currentPassword() == null || change.newPassword() == null) {
            throw new InvalidRequest("api.request.passwords_required");
        }
        int credentialStamp = accounts.changePassword(change.currentPassword().toCharArray(), change.newPassword().toCharArray());
        SignedInCaller.keepAfterPasswordChange(request, credentialStamp);
        return Response.noContent().build();
    }

    @PUT
    @Path("language")
    @Operation(summary = "Choose the caller's language")
    public Views.Me switchLanguage(LanguageChoice choice) {
        Language language = java.util.Arrays.stream(Language.values())
                .filter(l -> choice != null && l.name().equalsIgnoreCase(choice.language()))
                .findFirst()
                .orElseThrow(() -> new InvalidRequest("api.request.language"));
        accounts.switchLanguage(language);
        return Views.Me.of(accounts.current());
    }
}
