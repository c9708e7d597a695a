package eu.cginternational.web.converter;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.directory.InstitutionDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** An institution in a form is its id. */
@ApplicationScoped
@FacesConverter(forClass = Institution.class, managed = true)
public class InstitutionConverter extends RecordConverter<Institution> {

    @Inject
    InstitutionDirectory institutions;

    public InstitutionConverter() {
        super(Institution::getId, "user.institution.unknown");
    }

    @Override
    protected Institution find(long recordId) {
        return institutions.get(recordId);
    }
}
