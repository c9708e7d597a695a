package eu.cginternational.domain.guidance;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A versioned data file the guidance data was loaded from, with the version loaded. */
@Entity
@Cacheable
@Table(name = "guidance_dataset")
public class GuidanceDataset implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "data_version", length = 20, nullable = false)
    private String version;

    @Column(length = 300, nullable = false)
    private String title;

    protected GuidanceDataset() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }
}
