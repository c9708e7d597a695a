package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import eu.cginternational.domain.policy.RecommendationStatus;
import eu.cginternational.service.guidance.ResourceLibrary;
import eu.cginternational.service.policy.PolicyRegister;
import eu.cginternational.service.policy.PublicationDraft;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import eu.cginternational.web.view.Uploads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /policy/publication.xhtml[?id=N]}: a coordinator adds a publication or changes one (its
 * texts, country, addressee, link and date, and its file, checked by content and size like a
 * library file), and moves a recommendation through its statuses. Saving against a version someone
 * else changed meanwhile is refused.
 */
@Named
@ViewScoped
public class EditPublicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyRegister register;

    @Inject
    ResourceLibrary library;

    @Inject
    ActiveUser reader;

    private Long id;
    private Publication publication;
    private PublicationDraft draft;
    private RecommendationStatus status;
    private transient Part file;

    public void load() {
        if (id == null) {
            draft = new PublicationDraft();
            // Today on the coordinator's clock, who writes the date, not on the server's (UTC).
            draft.setPublishedOn(LocalDate.now(reader.getTimeZone()));
        } else {
            publication = register.get(id);
            draft = PublicationDraft.of(publication);
            status = publication.getStatus();
        }
    }

    @ReportsRefusals
    public void save() {
        Publication saved;
        try {
            if (Uploads.chosen(file)) {
                // Refused by its size before its bytes are read into memory.
                library.checkFileSize(file.getSize());
                draft.setFile(file.getSubmittedFileName(), Uploads.content(file));
            }
            saved = publication == null ? register.create(draft) : register.revise(id, draft);
        } finally {
            // The bytes are not kept in the view: a refused file is chosen again.
            draft.setFile(null, null);
            file = null;
        }
        Messages.addFlashGlobalInfo("publication.saved");
        Faces.redirect("policy/publication.xhtml?id=%s", saved.getId().toString());
    }

    /** Records the recommendation's new status against the version shown. */
    @ReportsRefusals
    public void track() {
        publication = register.track(id, status, draft.getVersion());
        draft.setVersion(publication.getVersion());
        Messages.addGlobalInfo("publication.status_changed");
    }

    public boolean isNew() {
        return publication == null;
    }

    public boolean isRecommendation() {
        return publication != null ? publication.isRecommendation() : draft.getKind() == PublicationKind.RECOMMENDATION;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Publication getPublication() {
        return publication;
    }

    public PublicationDraft getDraft() {
        return draft;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public void setStatus(RecommendationStatus status) {
        this.status = status;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public PublicationKind[] getKinds() {
        return PublicationKind.values();
    }

    public RecommendationStatus[] getStatuses() {
        return RecommendationStatus.values();
    }

    /**
     * The countries of the menu: the project's, and the publication's own when it is another (the API files a
     * publication under any country), so that changing it here does not silently take its country away.
     */
    public List<String> getCountries() {
        String own = publication == null || publication.getCountry() == null ? null : publication.getCountry().getCode();
        if (own == null || PublicationsBacking.COUNTRIES.contains(own)) {
            return PublicationsBacking.COUNTRIES;
        }
        List<String> countries = new ArrayList<>(PublicationsBacking.COUNTRIES);
        countries.add(own);
        return countries;
    }

    public long getMaxMegabytes() {
        return library.maxFileBytes() / 1_048_576;
    }
}
