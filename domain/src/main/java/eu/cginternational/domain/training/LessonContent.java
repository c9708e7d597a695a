package eu.cginternational.domain.training;

/**
 * What an author writes for a lesson: a title, the rich text (already sanitised by the service that
 * received it), and optionally a link to a video on one of the {@link VideoLink allowed} platforms.
 */
public record LessonContent(LocalizedText title, LocalizedText body, String videoLink) {
}
