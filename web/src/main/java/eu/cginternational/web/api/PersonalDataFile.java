package eu.cginternational.web.api;

import eu.cginternational.service.privacy.PersonalData;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The export of one person's data as a JSON file to download, named after their username. */
final class PersonalDataFile {

    private PersonalDataFile() {
    }

    static Response of(PersonalData data) {
        return Response.ok(data, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"cg-personal-data-" + data.account().username() + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
