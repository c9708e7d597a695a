package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.service.admin.InstitutionAdministration;
import eu.cginternational.service.admin.InstitutionDraft;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /coordinator/institution.xhtml?id=...}: creates an institution (no id) or edits one. The
 * version read when the page opened travels with the form, so a change made meanwhile by another
 * coordinator is not overwritten.
 */
@Named
@ViewScoped
public class InstitutionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionAdministration institutions;

    private Long id;
    private InstitutionDraft draft = new InstitutionDraft();
    private boolean active = true;

    public void load() {
        if (id != null) {
            Institution institution = institutions.get(id);
            draft = InstitutionDraft.of(institution);
            active = institution.isActive();
        }
    }

    @ReportsRefusals
    public void save() {
        if (id == null) {
            id = institutions.create(draft).getId();
        } else {
            institutions.update(id, draft);
        }
        Messages.addFlashGlobalInfo("institution.saved");
        Faces.redirect("coordinator/institution.xhtml?id=%s", id.toString());
    }

    @ReportsRefusals
    public void deactivate() {
        institutions.deactivate(id, draft.getVersion());
        Messages.addFlashGlobalInfo("institution.deactivated");
        Faces.redirect("coordinator/institution.xhtml?id=%s", id.toString());
    }

    @ReportsRefusals
    public void activate() {
        institutions.activate(id, draft.getVersion());
        Messages.addFlashGlobalInfo("institution.activated");
        Faces.redirect("coordinator/institution.xhtml?id=%s", id.toString());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InstitutionDraft getDraft() {
        return draft;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isNew() {
        return id == null;
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }
}
