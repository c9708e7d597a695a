package eu.cginternational.domain.guidance;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A named source of the guidance data: a classification, a report, a law or the project's own
 * assessment. {@code official} says whether it is published by an official body; {@code reviewed}
 * whether the values taken from it have been checked against it. Reference data from a migration.
 */
@Entity
@Cacheable
@Table(name = "guidance_source")
@NamedQuery(name = "DataSource.all", query = "SELECT s FROM DataSource s ORDER BY s.dataset, s.code")
public class DataSource implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(length = 40)
    private String code;

    @Column(length = 32, nullable = false)
    private String dataset;

    @Column(length = 300, nullable = false)
    private String title;

    @Column(length = 200, nullable = false)
    private String publisher;

    @Column(name = "source_year")
    private Integer year;

    @Column(length = 500)
    private String url;

    @Column(nullable = false)
    private boolean official;

    @Column(nullable = false)
    private boolean reviewed;

    @Column(length = 1000)
    private String note;

    protected DataSource() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getDataset() {
        return dataset;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public Integer getYear() {
        return year;
    }

    public String getUrl() {
        return url;
    }

    public boolean isOfficial() {
        return official;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public String getNote() {
        return note;
    }
}
