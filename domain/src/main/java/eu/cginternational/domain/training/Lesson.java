package eu.cginternational.domain.training;

import eu.cginternational.domain.training.ModuleRuleException.Rule;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A lesson of a self-paced module: a title and rich text in up to three languages, an optional video
 * link and files to download. Changed only through its {@link LearningModule}.
 */
@Entity
@Table(name = "learning_lesson")
public non-sealed class Lesson implements ModuleItem {

    public static final int TITLE_MAXLENGTH = 200;
    /** Characters of sanitised HTML per language. */
    public static final int BODY_MAXLENGTH = 100_000;
    public static final int MAX_RESOURCES = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private LearningModule module;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(name = "title_en", length = TITLE_MAXLENGTH, nullable = false)
    private String titleEn;

    @Column(name = "title_sq", length = TITLE_MAXLENGTH)
    private String titleSq;

    @Column(name = "title_cnr", length = TITLE_MAXLENGTH)
    private String titleCnr;

    @Lob
    @Column(name = "body_en", nullable = false)
    private String bodyEn;

    @Lob
    @Column(name = "body_sq")
    private String bodySq;

    @Lob
    @Column(name = "body_cnr")
    private String bodyCnr;

    @Column(name = "video_link", length = VideoLink.MAXLENGTH)
    private String videoLink;

    @OneToMany(mappedBy = "lesson", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id ASC")
    private List<LessonResource> resources = new ArrayList<>();

    protected Lesson() {
        // for JPA
    }

    Lesson(LearningModule module, int position, LessonContent content) {
        this.module = module;
        this.position = position;
        write(content);
    }

    final void write(LessonContent content) {
        LocalizedText title = content.title();
        LocalizedText body = content.body();
        if (title == null || title.lacksEnglish()) {
            throw new ModuleRuleException(Rule.TITLE_MISSING);
        }
        if (title.longerThan(TITLE_MAXLENGTH)) {
            throw new ModuleRuleException(Rule.TEXT_TOO_LONG, TITLE_MAXLENGTH);
        }
        if (body == null || body.lacksEnglish()) {
            throw new ModuleRuleException(Rule.BODY_MISSING);
        }
        if (body.longerThan(BODY_MAXLENGTH)) {
            throw new ModuleRuleException(Rule.TEXT_TOO_LONG, BODY_MAXLENGTH);
        }
        this.videoLink = VideoLink.checked(content.videoLink());
        this.titleEn = title.en();
        this.titleSq = title.sq();
        this.titleCnr = title.cnr();
        this.bodyEn = body.en();
        this.bodySq = body.sq();
        this.bodyCnr = body.cnr();
    }

    /** Attaches a checked file; at most {@value #MAX_RESOURCES} per lesson. */
    LessonResource attach(ResourceFile file) {
        if (resources.size() >= MAX_RESOURCES) {
            throw new ModuleRuleException(Rule.TOO_MANY_RESOURCES, MAX_RESOURCES);
        }
        LessonResource resource = new LessonResource(this, file);
        resources.add(resource);
        return resource;
    }

    void detach(LessonResource resource) {
        resources.remove(resource);
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LearningModule getModule() {
        return module;
    }

    @Override
    public int getPosition() {
        return position;
    }

    @Override
    public LocalizedText getTitle() {
        return new LocalizedText(titleEn, titleSq, titleCnr);
    }

    /** The sanitised HTML of the lesson. */
    public LocalizedText getBody() {
        return new LocalizedText(bodyEn, bodySq, bodyCnr);
    }

    public String getVideoLink() {
        return videoLink;
    }

    /** The name of the video's platform (YouTube, Vimeo ...), when the lesson has a video. */
    public Optional<String> getVideoPlatform() {
        return videoLink == null ? Optional.empty() : VideoLink.platform(videoLink);
    }

    public List<LessonResource> getResources() {
        return Collections.unmodifiableList(resources);
    }

    public LessonContent toContent() {
        return new LessonContent(getTitle(), getBody(), videoLink);
    }
}
