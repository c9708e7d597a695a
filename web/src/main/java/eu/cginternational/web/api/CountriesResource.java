package eu.cginternational.web.api;

import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.service.guidance.CountryProfiles;
import eu.cginternational.service.guidance.OccupationCatalogue;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Country profiles for working and training abroad. */
@Path("countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountriesResource {

    @Inject
    CountryProfiles profiles;

    @Inject
    OccupationCatalogue occupations;

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
}
