package eu.cginternational.domain.guidance;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.text.PlainParagraphs;
import eu.cginternational.domain.text.PlainText;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A guide, lesson plan, tool, video or link of the guidance library, for counsellors, teachers or
 * students, in one language. Its content is exactly one of: a body of rich text (already made safe
 * by the service before it gets here), an uploaded file (bytes, type and name as checked by the
 * service) or an https link. Audiences and topics are kept as {@code ;}-separated codes with a
 * leading and trailing {@code ;} so that one of them is found with LOCATE in any database; the
 * search text is recomputed on every change (see {@link SearchText}).
 */
@Entity
@Table(name = "guidance_resource")
public class GuidanceResource extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAXLENGTH = 200;
    public static final int SUMMARY_MAXLENGTH = 1000;
    public static final int TOPICS_MAXLENGTH = 300;
    public static final int LINK_MAXLENGTH = 500;
    public static final int FILE_NAME_MAXLENGTH = 200;
    public static final int TOPIC_MAXLENGTH = 40;

    @Column(length = TITLE_MAXLENGTH, nullable = false)
    @NotBlank(message = "{resource.title.required}")
    @Size(max = TITLE_MAXLENGTH, message = "{resource.title.too_long}")
    @PlainText
    private String title;

    @Column(name = "summary_text", length = SUMMARY_MAXLENGTH, nullable = false)
    @NotBlank(message = "{resource.summary.required}")
    @Size(max = SUMMARY_MAXLENGTH, message = "{resource.summary.too_long}")
    @PlainParagraphs
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    @NotNull(message = "{resource.kind.required}")
    private ResourceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "resource_language", length = 3, nullable = false)
    @NotNull(message = "{resource.language.required}")
    private Language language;

    @Column(length = 100, nullable = false)
    private String audiences;

    @Column(length = TOPICS_MAXLENGTH, nullable = false)
    @Size(max = TOPICS_MAXLENGTH, message = "{resource.topics.too_long}")
    private String topics;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body_html")
    private String body;

    @Column(name = "link_url", length = LINK_MAXLENGTH)
    private String link;

    @Column(name = "file_name", length = FILE_NAME_MAXLENGTH)
    private String fileName;

    @Column(name = "file_type", length = 100)
    private String fileType;

    @Column(name = "file_size")
    private Long fileSize;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "file_content")
    private byte[] fileContent;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    private ResourceStatus status = ResourceStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private UserAccount author;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "search_text", length = SearchText.MAXLENGTH, nullable = false)
    private String searchText;

    /** The content of a resource: exactly one of body, file or link. */
    public sealed interface Content permits Body, File, Link {
    }

    /** Rich text that the service has already sanitised. */
    public record Body(String safeHtml) implements Content {
    }

    /** An uploaded file whose type the service has checked by its content. */
    public record File(String name, String mediaType, byte[] bytes) implements Content {
    }

    /** An https address. */
    public record Link(String url) implements Content {
    }

    protected GuidanceResource() {
        // for JPA
    }

    public GuidanceResource(UserAccount author) {
        this.author = author;
    }

    /**
     * Describes the resource; its content stays unless a new one is given (null keeps the uploaded file). A resource
     * without an audience is refused by its constraint ({@link #getAudiences}), with whatever else is wrong.
     */
    public void describe(String title, String summary, ResourceKind kind, Language language, Set<Audience> audiences,
            List<String> topics, Content content) {
        loadLazyContent();
        this.title = strip(title);
        this.summary = strip(summary);
        this.kind = kind;
        this.language = language;
        this.audiences = codes(audiences == null ? List.of() : audiences.stream().map(Enum::name).sorted().toList());
        this.topics = codes(normaliseTopics(topics));
        if (content != null) {
            body = null;
            link = null;
            fileName = null;
            fileType = null;
            fileSize = null;
            fileContent = null;
            if (content instanceof Body b) {
                body = b.safeHtml();
            } else if (content instanceof Link l) {
                link = l.url();
            } else if (content instanceof File f) {
                fileName = f.name();
                fileType = f.mediaType();
                fileSize = (long) f.bytes().length;
                fileContent = f.bytes().clone();
            }
        }
        searchText = searchText(this.title, this.summary, this.topics, body);
    }

    /**
     * The search text of a resource with these texts, topics as stored ({@code ;}-separated codes) and body: the one a
     * resource keeps from its last change, and the one migration 042 gave the resources saved before character
     * references were read as characters.
     */
    public static String searchText(String title, String summary, String topicCodes, String body) {
        return SearchText.of(title, summary, topicCodes.replace(';', ' '), body);
    }

    /**
     * Reads the lazy body and file before anything changes: EclipseLink fetches a lazy attribute of a loaded resource by
     * reading its other attributes again, which undid the changes made before in the same call (a changed title, summary or
     * topics was lost while the version moved on).
     */
    private void loadLazyContent() {
        Objects.requireNonNullElse(body, "");
        Objects.requireNonNullElse(fileContent, new byte[0]);
    }

    /** Moves the resource to the given status, if its life allows it. */
    public void moveTo(ResourceStatus target, Instant now) {
        if (!status.mayBecome(target)) {
            throw new IllegalStateException(status + " cannot become " + target);
        }
        status = target;
        if (target == ResourceStatus.PUBLISHED && publishedAt == null) {
            publishedAt = now;
        }
    }

    /** Topics as codes: lower case, trimmed, without the separator, without repeats, in the given order. */
    public static List<String> normaliseTopics(List<String> topics) {
        if (topics == null) {
            return List.of();
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String topic : topics) {
            String code = topic == null ? "" : topic.replace(";", " ").strip().toLowerCase(Locale.ROOT);
            if (!code.isEmpty()) {
                seen.add(code.length() > TOPIC_MAXLENGTH ? code.substring(0, TOPIC_MAXLENGTH) : code);
            }
        }
        return List.copyOf(seen);
    }

    /** The form of one code in the column, for a LOCATE filter. */
    public static String codeNeedle(String code) {
        return ";" + code + ";";
    }

    private static String codes(List<String> values) {
        return values.isEmpty() ? ";" : values.stream().collect(Collectors.joining(";", ";", ";"));
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public boolean hasFile() {
        return fileName != null;
    }

    public boolean hasBody() {
        return body != null;
    }

    public boolean hasLink() {
        return link != null;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public Language getLanguage() {
        return language;
    }

    @NotEmpty(message = "{resource.audience.required}")
    public Set<Audience> getAudiences() {
        Set<Audience> set = EnumSet.noneOf(Audience.class);
        Arrays.stream(audiences == null ? new String[0] : audiences.split(";")).filter(s -> !s.isEmpty()).map(Audience::valueOf).forEach(set::add);
        return set;
    }

    public List<String> getTopics() {
        return Arrays.stream(topics.split(";")).filter(s -> !s.isEmpty()).toList();
    }

    public String getBody() {
        return body;
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

    public Long getFileSize() {
        return fileSize;
    }

    public byte[] getFileContent() {
        return fileContent == null ? null : fileContent.clone();
    }

    public ResourceStatus getStatus() {
        return status;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getSearchText() {
        return searchText;
    }
}
