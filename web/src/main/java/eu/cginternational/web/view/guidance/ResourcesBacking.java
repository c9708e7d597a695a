package eu.cginternational.web.view.guidance;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceKind;
import eu.cginternational.service.guidance.ResourceLibrary;
import eu.cginternational.web.view.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;

/** {@code /guidance/resources.xhtml}: the library, searched by words and filtered by audience, topic, language and kind. */
@Named
@ViewScoped
public class ResourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResourceLibrary library;

    private PagedModel<GuidanceResource> model;
    private String q;
    private Audience audience;
    private String topic;
    private Language language;
    private ResourceKind kind;

    @PostConstruct
    void init() {
        model = new PagedModel<>(request -> library.list(request.withFilters(withSearch(request.filters()))),
                filters -> library.count(withSearch(filters)), GuidanceResource::getId);
    }

    private Map<String, String> withSearch(Map<String, String> tableFilters) {
        Map<String, String> filters = new HashMap<>(tableFilters);
        put(filters, "q", q);
        put(filters, "audience", audience == null ? null : audience.name());
        put(filters, "topic", topic);
        put(filters, "language", language == null ? null : language.name());
        put(filters, "kind", kind == null ? null : kind.name());
        return filters;
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }

    public PagedModel<GuidanceResource> getModel() {
        return model;
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public ResourceKind[] getKinds() {
        return ResourceKind.values();
    }

    /** The audiences of a resource as the page names them, for the export. */
    public String audiencesOf(GuidanceResource resource) {
        ResourceBundle texts = Faces.getResourceBundle("i18n");
        return resource.getAudiences().stream().map(audience -> texts.getString("Audience." + audience))
                .collect(Collectors.joining(", "));
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }
}
