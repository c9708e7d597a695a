package eu.cginternational.web.api;

import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.service.config.StrictJson;
import eu.cginternational.service.guidance.IndicatorRow;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the API shows and takes of counselling, the resource library and the policy indicators. */
public final class CounsellingViews {

    private CounsellingViews() {
    }

    /** A student of a caseload. */
    public record Student(Long id, String username, String fullName) {
        static Student of(eu.cginternational.domain.account.UserAccount u) {
            return new Student(u.getId(), u.getUsername(), u.getFullName());
        }
    }

    /** A library resource in a list; the body and the file are read at the resource's own address. */
    public record ResourceSummary(Long id, String title, String summary, String kind, String language,
            List<String> audiences, List<String> topics, String status, String content, String link, String fileName,
            Long fileSize, Instant publishedAt, String author, Long version) {
        static ResourceSummary of(GuidanceResource r) {
            String content = r.hasFile() ? "FILE" : r.hasLink() ? "LINK" : "TEXT";
            return new ResourceSummary(r.getId(), r.getTitle(), r.getSummary(), r.getKind().name(), r.getLanguage().name(),
                    r.getAudiences().stream().map(Enum::name).toList(), r.getTopics(), r.getStatus().name(), content,
                    r.getLink(), r.getFileName(), r.getFileSize(), r.getPublishedAt(), r.getAuthor().getFullName(),
                    r.getVersion());
        }
    }

    /** A resource with its (already sanitised) body. */
    public record ResourceDetail(ResourceSummary resource, String body) {
    }

    /** Body of a new or changed resource; {@code file} is an uploaded file as a name and Base64 content. */
    public static class ResourceInput {
        public String title;
        public String summary;
        public String kind;
        public String language;
        public List<String> audiences;
        public List<String> topics;
        public String body;
        public String link;
        public FileInput file;
        public Long version;
    }

    public static class FileInput {
        public String name;
        public String base64;
    }

    public static class StatusChange {
        public String status;
        public Long version;
    }

    public static class SessionInput {
        public LocalDate heldOn;
        public String topics;
        public String notes;
        @JsonbTypeDeserializer(StrictJson.YesNo.class)
        public boolean privateNote;
    }

    public static class ActionInput {
        public String description;
        public LocalDate dueOn;
    }

    public static class GoalsInput {
        public String goals;
        public Long version;
    }

    /**
     * One published indicator: the count is given only as it may be shown ("<5" for small counts, "–" for a count
     * hidden to protect a small one, see {@code ComplementarySuppression}). The
     * destination country is there only where the area also breaks down by destination.
     */
    public record Indicator(String area, String country, String school, String breakdown, String destination, String count) {
        static Indicator of(IndicatorRow row) {
            return new Indicator(row.area().name(), row.country(), row.school(), row.breakdown(), row.destination(),
                    row.shown());
        }
    }

}
