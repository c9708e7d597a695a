package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceKind;
import eu.cginternational.service.error.AccessDeniedException;
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
 * {@code /guidance/resource-edit.xhtml[?id=N]}: a teacher or coordinator adds a resource as a draft, with
 * a text, a file or a link; with an id, the author changes their own draft and a coordinator any resource,
 * against the version they opened (a file stays unless another is chosen). Text with markup that is not
 * allowed is saved without it, and the person is told so.
 */
@Named
@ViewScoped
public class EditResourceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceLibrary library;

    private final ResourceDraft draft = new ResourceDraft();
    private Long id;
    private GuidanceResource resource;
    private List<Audience> audiences = new ArrayList<>();
    private String topics;
    private transient Part file;

    /** Fills the form with the resource to change; without an id the form is empty. */
    public void load() {
        if (id == null) {
            return;
        }
        resource = library.get(id);
        if (!library.mayRevise(resource)) {
            throw new AccessDeniedException();
        }
        draft.setTitle(resource.getTitle());
        draft.setSummary(resource.getSummary());
        draft.setKind(resource.getKind());
        draft.setLanguage(resource.getLanguage());
        draft.setBody(resource.hasBody() ? library.body(id) : null);
        draft.setLink(resource.getLink());
        draft.setVersion(resource.getVersion());
        audiences = new ArrayList<>(resource.getAudiences());
        topics = String.join(", ", resource.getTopics());
    }

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
        GuidanceResource saved;
        try {
            saved = resource == null ? library.create(draft) : library.revise(id, draft);
        } finally {
            // The bytes are not kept in the view: a refused file is chosen again.
            draft.setFile(null, null);
            file = null;
        }
        if (neutralised) {
            Messages.addFlashGlobalWarn("resource.body.neutralised");
        }
        Messages.addFlashGlobalInfo(resource == null ? "resource.saved" : "resource.changed");
        Faces.redirect("guidance/resource.xhtml?id=%s", saved.getId().toString());
    }

    public boolean isNew() {
        return resource == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GuidanceResource getResource() {
        return resource;
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
