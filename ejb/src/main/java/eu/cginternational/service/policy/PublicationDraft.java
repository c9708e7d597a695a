package eu.cginternational.service.policy;

import eu.cginternational.domain.policy.PublicationKind;
import java.io.Serializable;
import java.time.LocalDate;

/** What a coordinator enters for a publication; the file (optional) is checked like a library file. */
public class PublicationDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public PublicationKind kind;
    public String title;
    public String summary;
    /** ISO code of the country it concerns, or none for the whole project. */
    public String country;
    public LocalDate publishedOn;
    public String addressee;
    public String link;
    public String fileName;
    public byte[] fileContent;
    public Long version;
}
