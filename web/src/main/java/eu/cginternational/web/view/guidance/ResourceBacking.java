package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceStatus;
import eu.cginternational.service.guidance.ResourceLibrary;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** {@code /guidance/resource.xhtml?id=...}: one resource with its sanitised body, link or file; coordinators publish and archive. */
@Named
@ViewScoped
public class ResourceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceLibrary library;

    private Long id;
    private GuidanceResource resource;
    private String body;

    public void load() {
        resource = library.get(id);
        body = resource.hasBody() ? library.body(id) : null;
    }

    @ReportsRefusals
    public void move(ResourceStatus target) {
        library.moveTo(id, target, resource.getVersion());
        Messages.addFlashGlobalInfo("resource.moved." + target.name());
        Faces.redirect("guidance/resource.xhtml?id=%s", id.toString());
    }

    /** The topics, separated by commas (an EL call of {@code String.join} printed nothing). */
    public String getTopics() {
        return String.join(", ", resource.getTopics());
    }

    /** Whether the reader may change the resource: a coordinator any, its author while it is a draft. */
    public boolean isMayEdit() {
        return library.mayRevise(resource);
    }

    public List<ResourceStatus> getNextStatuses() {
        return resource.getStatus().next().stream().sorted().toList();
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

    public String getBody() {
        return body;
    }
}
