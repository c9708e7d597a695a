package eu.cginternational.web.api;

import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.guidance.CountryProfiles;
import eu.cginternational.service.guidance.OccupationCatalogue;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Country profiles for working and training abroad; coordinators correct them. */
@Path("countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountriesResource {

    @Inject
    CountryProfiles profiles;

    @Inject
    OccupationCatalogue occupations;

    @Inject
    InputValidator validator;

    @GET
    @Path("{code}/profile")
    @Operation(summary = "The profile of a country (ES, IT, NL, FI, DE, AT, AL, XK, ME): languages, labour market,"
            + " wages with the figure's year and source, cost of living, recognition of VET qualifications, practical"
            + " steps and official links in three languages, and the occupations in shortage there")
    public GuidanceViews.Profile profile(@PathParam("code") String code) {
        CountryProfile profile = profiles.get(code);
        return GuidanceViews.Profile.of(profile,
                occupations.sources(Set.of(profile.getWage().source(), profile.getCostSource(), profile.getTextSource())),
                occupations.shortagesIn(profile.getCountryCode()));
    }

    @PUT
    @Path("{code}/profile")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Coordinators: correct a country profile. Body as the GET answer: languages, labourMarket,"
            + " wages, costOfLiving, recognition and practicalSteps each as {en, sq, cnr}, all three required and plain"
            + " text; wage {amount, currency, period: HOUR|MONTH, year, source} (all four of the figure or none;"
            + " source a code); costSource and textSource as codes; links [{label: {en, sq, cnr}, url}] (https); and the"
            + " version last read. Answers the profile as GET does; 409 when stale, 422 naming the field for invalid"
            + " input (nothing is changed), 403 for other roles, 404 for a country without a profile")
    public GuidanceViews.Profile revise(@PathParam("code") String code, GuidanceInputs.ProfileInput input) {
        profiles.revise(code, GuidanceInputs.draft(UsersResource.required(input), validator));
        return profile(code);
    }
}
