package eu.cginternational.web.view.agreements;

import eu.cginternational.domain.agreement.ClauseTemplate;
import eu.cginternational.service.agreement.ClauseTemplateDraft;
import eu.cginternational.service.agreement.ClauseTemplates;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /agreements/clauses.xhtml}: the coordinator's editor of clause templates, each in the
 * three languages; a retired template is no longer offered to new agreements.
 */
@Named
@ViewScoped
public class ClausesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClauseTemplates templates;

    private List<ClauseTemplate> all;
    private Long editing;
    private ClauseTemplateDraft draft = new ClauseTemplateDraft();

    @PostConstruct
    void init() {
        all = templates.all();
    }

    public void edit(ClauseTemplate template) {
        editing = template.getId();
        draft = ClauseTemplateDraft.of(template);
    }

    public void startNew() {
        editing = null;
        draft = new ClauseTemplateDraft();
    }

    @ReportsRefusals
    public void save() {
        templates.save(editing, draft);
        Messages.addFlashGlobalInfo("clauses.saved");
        Faces.redirect("agreements/clauses.xhtml");
    }

    public List<ClauseTemplate> getAll() {
        return all;
    }

    public Long getEditing() {
        return editing;
    }

    public ClauseTemplateDraft getDraft() {
        return draft;
    }
}
