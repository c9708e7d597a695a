package eu.cginternational.service.policy;

import eu.cginternational.domain.policy.Publication;
import eu.cginternational.domain.policy.PublicationKind;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What a coordinator enters for a publication, in the page or over the API; the file (optional) is
 * checked like a library file. The kind is chosen once, when the publication is added. {@code version}
 * is the version seen when editing.
 */
public class PublicationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private PublicationKind kind;
    private String title;
    private String summary;
    private String country;
    private LocalDate publishedOn;
    private String addressee;
    private String link;
    private String fileName;
    private byte[] fileContent;
    private Long version;

    /** The publication as it is now, to be changed (without its file, which stays unless a new one is given). */
    public static PublicationDraft of(Publication publication) {
        PublicationDraft draft = new PublicationDraft();
        draft.kind = publication.getKind();
        draft.title = publication.getTitle();
        draft.summary = publication.getSummary();
        draft.country = publication.getCountry() == null ? null : publication.getCountry().getCode();
        draft.publishedOn = publication.getPublishedOn();
        draft.addressee = publication.getAddressee();
        draft.link = publication.getLink();
        draft.version = publication.getVersion();
        return draft;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public void setKind(PublicationKind kind) {
        this.kind = kind;
    }

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

    /** ISO code of the country it concerns, or none for the whole project. */
    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getAddressee() {
        return addressee;
    }

    public void setAddressee(String addressee) {
        this.addressee = addressee;
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

    /** A new file for the publication (name as uploaded, content checked by the register); none keeps the current one. */
    public void setFile(String name, byte[] content) {
        this.fileName = name;
        this.fileContent = content;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
