package eu.cginternational.web.api;

import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.mobility.Mobility;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the API shows of a learning agreement: the current content and every version with its PDF. */
public final class LearningAgreementViews {

    private LearningAgreementViews() {
    }

    public record Content(String learningOutcomes, String tasks, int hoursPerWeek, String mentorName,
            String mentorFunction, String mentorEmail, String monitoring, String assessment, String recognition,
            String recognitionDetails, String workLanguage, String languageLevel) {
        static Content of(LearningAgreementContent c) {
            return new Content(c.getLearningOutcomes(), c.getTasks(), c.getHoursPerWeek(), c.getMentorName(),
                    c.getMentorFunction(), c.getMentorEmail(), c.getMonitoring(), c.getAssessment(), c.getRecognition().name(),
                    c.getRecognitionDetails(), c.getWorkLanguage(), c.getLanguageLevel().name());
        }
    }

    /**
     * One version; {@code reason} is absent for the first, {@code withdrawnAt} unless the sending school withdrew it
     * from signature, {@code withdrawalComment} unless it gave one then, {@code pdf} is the address of its document.
     */
    public record Version(int number, Instant madeAt, String madeBy, String reason, boolean superseded,
            Instant withdrawnAt, String withdrawalComment, String pdf) {
        static Version of(LearningAgreementVersion v) {
            return new Version(v.getNumber(), v.getMadeAt(), v.getMadeBy().getUsername(), v.getReason(), v.isSuperseded(),
                    v.getWithdrawnAt(), v.getWithdrawalComment(), "/api/mobilities/" + v.getAgreement().getMobility().getId() + "/learning-agreement/versions/"
                            + v.getNumber() + "/pdf");
        }
    }

    /**
     * The agreement of a mobility: {@code phase} says what a change does now (PREPARATION: edits the
     * current version; AMENDMENT: makes a new version and needs a reason; CLOSED: refused),
     * {@code writable} whether the caller may change it, {@code version} the optimistic lock to send
     * back. {@code current} and {@code number} are absent while no agreement has been written.
     */
    public record Agreement(long mobilityId, String phase, boolean writable, Long version, Integer number,
            Content current, List<Version> versions) {
        static Agreement of(Mobility mobility, Optional<LearningAgreement> agreement, boolean writable) {
            String phase = LearningAgreement.Phase.of(mobility.getStatus()).name();
            return agreement.map(a -> new Agreement(mobility.getId(), phase, writable, a.getVersion(),
                            a.getCurrent().getNumber(), Content.of(a.getCurrent().getContent()),
                            a.getVersions().stream().map(Version::of).toList()))
                    .orElseGet(() -> new Agreement(mobility.getId(), phase, writable, null, null, null, List.of()));
        }
    }
}
