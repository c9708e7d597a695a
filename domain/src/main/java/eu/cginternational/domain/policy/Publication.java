package eu.cginternational.domain.policy;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.time.PlausibleDate;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication of the research and policy area, public to everyone: a report (such as a country
 * policy report), a policy brief or a policy recommendation. A recommendation names its addressee
 * (a ministry, an agency) and carries its status; the others have neither. A publication concerns
 * one country or, without one, the whole project; it may carry one checked file (the report itself)
 * and an https link.
 *
 * <p>A publication is registered once it is out: its date is the coordinator's today or earlier, never ahead
 * ({@link #mayBeDated}), as the register lists what has been published, newest first.
 */
@Entity
@Table(name = "publication")
@Publication.Addressed
public class Publication extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAXLENGTH = 200;
    public static final int SUMMARY_MAXLENGTH = 2000;
    /** How long a file's name may be; a longer one keeps its end ({@code FileNames.plain}). */
    public static final int FILE_NAME_MAXLENGTH = 200;
    public static final int LINK_MAXLENGTH = 500;
    public static final int ADDRESSEE_MAXLENGTH = 200;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    @NotNull(message = "{publication.kind.required}")
    private PublicationKind kind;

    @Column(length = TITLE_MAXLENGTH, nullable = false)
    @NotBlank(message = "{publication.title.required}")
    @Size(max = TITLE_MAXLENGTH, message = "{publication.title.too_long}")
    @PlainText
    private String title;

    @Column(name = "summary_text", length = SUMMARY_MAXLENGTH, nullable = false)
    @NotBlank(message = "{publication.summary.required}")
    @Size(max = SUMMARY_MAXLENGTH, message = "{publication.summary.too_long}")
    @PlainParagraphs
    private String summary;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_code")
    private Country country;

    @Column(name = "published_on", nullable = false)
    @NotNull(message = "{publication.published_on.required}")
    @PlausibleDate(from = 1900)
    private LocalDate publishedOn;

    @Column(length = ADDRESSEE_MAXLENGTH)
    @Size(max = ADDRESSEE_MAXLENGTH, message = "{publication.addressee.too_long}")
    @PlainText
    private String addressee;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommendation_status", length = 20)
    private RecommendationStatus status;

    @Column(name = "link_url", length = LINK_MAXLENGTH)
    private String link;

    @Column(name = "file_name", length = FILE_NAME_MAXLENGTH)
    private String fileName;

    @Column(name = "file_type", length = 100)
    private String fileType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_content")
    private byte[] fileContent;

    protected Publication() {
        // for JPA
    }

    public Publication(PublicationKind kind) {
        this.kind = kind;
    }

    /**
     * Describes the publication. A recommendation starts as proposed and needs an addressee ({@link Addressed}, checked
     * with the other constraints, so that a save reports it with whatever else is wrong); any other kind has neither
     * addressee nor status.
     */
    public void describe(String title, String summary, Country country, LocalDate publishedOn, String addressee) {
        // The lazy file is read before anything changes: EclipseLink fetches a lazy attribute of a loaded publication by
        // reading its other attributes again, which undid the changes made before it (a new file with a changed title).
        Objects.requireNonNullElse(fileContent, new byte[0]);
        this.title = title == null ? null : title.strip();
        this.summary = summary == null ? null : summary.strip();
        this.country = country;
        this.publishedOn = publishedOn;
        if (isRecommendation()) {
            this.addressee = addressee == null || addressee.isBlank() ? null : addressee.strip();
            if (status == null) {
                status = RecommendationStatus.PROPOSED;
            }
        } else {
            this.addressee = null;
            this.status = null;
        }
    }

    /**
     * Whether the publication may be dated on the date by the day, the coordinator's today at their institution
     * ({@code Institution.dayAt}): on it or before. A date ahead is refused only when it is given anew: a change that
     * keeps the publication's date keeps it, as one saved before the date was checked may be dated ahead, and a change
     * of its title should not ask for a new date. Without a date the constraint reports it, not this rule.
     */
    public boolean mayBeDated(LocalDate date, LocalDate today) {
        return date == null || !date.isAfter(today) || date.equals(publishedOn);
    }

    public void attach(String name, String mediaType, byte[] content) {
        this.fileName = name;
        this.fileType = mediaType;
        this.fileContent = content == null ? null : content.clone();
    }

    public void linkTo(String url) {
        this.link = url;
    }

    /** Moves a recommendation to another status (any order: an adopted one may fall back to proposed). */
    public void track(RecommendationStatus newStatus) {
        if (!isRecommendation() || newStatus == null) {
            throw new IllegalStateException("Only a recommendation has a status");
        }
        this.status = newStatus;
    }

    /** Whether the publication names whom it addresses, if it is a recommendation, which must. */
    public boolean isAddressed() {
        return !isRecommendation() || addressee != null;
    }

    public boolean isRecommendation() {
        return kind == PublicationKind.RECOMMENDATION;
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public PublicationKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public Country getCountry() {
        return country;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public String getAddressee() {
        return addressee;
    }

    public RecommendationStatus getStatus() {
        return status;
    }

    public String getLink() {
        return link;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileType() {
        return fileType;
    }

    public byte[] getFileContent() {
        return fileContent == null ? null : fileContent.clone();
    }

    /** A recommendation names its addressee ({@link #isAddressed}); reported on {@code addressee}. */
    @Documented
    @Constraint(validatedBy = AddressedValidator.class)
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Addressed {

        String message() default "{publication.addressee.required}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link Addressed}, naming the field the person fills in rather than the publication as a whole. */
    public static class AddressedValidator implements ConstraintValidator<Addressed, Publication> {

        @Override
        public boolean isValid(Publication publication, ConstraintValidatorContext context) {
            if (publication == null || publication.isAddressed()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("addressee").addConstraintViolation();
            return false;
        }
    }
}
