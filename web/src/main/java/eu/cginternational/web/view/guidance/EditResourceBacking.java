package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceKind;
import eu.cginternational.service.guidance.ResourceDraft;
import eu.cginternational.service.guidance.ResourceLibrary;
import eu.cginternational.service.text.RichText;
import eu.cginternational.web.view.ReportsRefusals;
import eu.cginternational.web.view.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /guidance/resource-edit.xhtml}: a teacher or coordinator adds a resource as a draft, with
 * a text, a file or a link. Text with markup that is not allowed is saved without it, and the
 * person is told so.
 */
@Named
@ViewScoped
public class EditResourceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceLibrary library;

    private final ResourceDraft draft = new ResourceDraft();
    private List<Audience> audiences = new ArrayList<>();
    private String topics;
    private transient Part file;

    @ReportsRefusals
    public void save() {
        draft.setAudiences(audiences.isEmpty() ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences));
        draft.setTopics(topics == null ? List.of() : Arrays.asList(topics.split(",")));
        if (Uploads.chosen(file)) {
            // Refused by its size before its bytes are read into memory.
            library.checkFileSize(file.getSize());
            draft.setFile(file.getSubmittedFileName(), Uploads.content(file));
        } else {
            draft.setFile(null, null);
        }
        boolean neutralised = RichText.changes(draft.getBody());
        GuidanceResource resource = library.create(draft);
        if (neutralised) {
            Messages.addFlashGlobalWarn("resource.body.neutralised");
        }
        Messages.addFlashGlobalInfo("resource.saved");
        Faces.redirect("guidance/resource.xhtml?id=%s", resource.getId().toString());
    }

    public ResourceDraft getDraft() {
        return draft;
    }

    public Audience[] getAllAudiences() {
        return Audience.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    public List<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<Audience> audiences) {
        this.audiences = audiences == null ? new ArrayList<>() : new ArrayList<>(audiences);
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public long getMaxMegabytes() {
        return library.maxFileBytes() / 1_048_576;
    }
}
