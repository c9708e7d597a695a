package eu.cginternational.service.guidance;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.ResourceKind;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a person enters for a library resource. The content is one of: {@code body} (rich text,
 * sanitised by the service), an uploaded file ({@code fileName} and {@code fileContent}, checked by
 * content and size) or an https {@code link}. The entity's constraints check the rest.
 */
public class ResourceDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String summary;
    private ResourceKind kind;
    private Language language;
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    private List<@NotNull(message = "{list.entry.missing}") String> topics = new ArrayList<>();
    private String body;
    private String link;
    private String fileName;
    private byte[] fileContent;
    private Long version;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public void setKind(ResourceKind kind) {
        this.kind = kind;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Set<Audience> getAudiences() {
        return audiences;
    }

    public void setAudiences(Set<Audience> audiences) {
        this.audiences = audiences == null ? EnumSet.noneOf(Audience.class) : EnumSet.copyOf(audiences.isEmpty()
                ? EnumSet.noneOf(Audience.class) : audiences);
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getFileName() {
        return fileName;
    }

    public byte[] getFileContent() {
        return fileContent;
    }

    /** An uploaded file: the name it came with and its bytes. */
    public void setFile(String fileName, byte[] fileContent) {
        this.fileName = fileName;
        this.fileContent = fileContent;
    }

    public boolean hasFile() {
        return fileContent != null && fileContent.length > 0;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
