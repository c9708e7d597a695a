package eu.cginternational.service.mobility;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStep;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.documents.LanguageNames;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.documents.PdfComposer;
import eu.cginternational.service.guidance.OccupationCatalogue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The PDF documents of a mobility, in the participant's language: a version of the learning
 * agreement, and the certificate of mobility on completion. Both are made only from recorded
 * data (the version's date and the last change of the mobility's terms, the day of completion), so the
 * same version of the same terms always gives the same bytes as long as that data stays as it is (a
 * coordinator's correction of the occupation's title shows). Those moments are written on the sending school's clock
 * ({@link Mobility#dayAt}), which issues the certificate and sends the agreement.
 */
@ApplicationScoped
public class MobilityDocuments {

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    OccupationCatalogue occupations;

    /** One version of the learning agreement: the mobility, every part of the content and, after the first, why it changed. */
    public Pdf learningAgreement(LearningAgreementVersion version) {
        Mobility mobility = version.getAgreement().getMobility();
        Locale locale = languageOf(mobility);
        LearningAgreementContent content = version.getContent();
        String title = text(locale, "document.learning_agreement.title");
        // A change of the mobility's terms is part of what the signers agree to: the same version with
        // other terms, or with the same terms again after a change and its reversal, is another document.
        Instant termsChanged = mobility.getTermsChangedAt();
        Instant created = termsChanged == null || termsChanged.isBefore(version.getMadeAt()) ? version.getMadeAt() : termsChanged;
        PdfComposer pdf = new PdfComposer("learning-agreement/" + mobility.getId() + "/" + version.getNumber() + "/"
                + version.getMadeAt() + (termsChanged == null ? "" : "/terms/" + termsChanged), created, locale, title,
                mobility.getParticipant().getFullName());
        Map<String, String> facts = mobilityFacts(mobility, locale);
        if (termsChanged != null) {
            ZoneId zone = mobility.getSendingSchool().getCountry().timeZone();
            facts.put(text(locale, "document.terms_changed"), text(locale, "document.terms_changed.value",
                    Texts.date(locale, mobility.dayAt(termsChanged)), TIME_OF_DAY.format(termsChanged.atZone(zone)), zone.getId()));
        }

        pdf.title(title)
                .subtitle(text(locale, "document.learning_agreement.version", version.getNumber(), Texts.date(locale, mobility.dayAt(version.getMadeAt())))
                        + " · " + text(locale, "document.programme"))
                .heading(text(locale, "document.mobility"))
                .facts(facts)
                .heading(text(locale, "document.learning_agreement.outcomes"))
                .text(content.getLearningOutcomes())
                .heading(text(locale, "document.learning_agreement.tasks"))
                .text(content.getTasks());

        Map<String, String> work = PdfComposer.factList();
        work.put(text(locale, "document.learning_agreement.hours"), String.valueOf(content.getHoursPerWeek()));
        work.put(text(locale, "document.learning_agreement.mentor"), content.getMentorName());
        work.put(text(locale, "document.learning_agreement.mentor_function"), content.getMentorFunction());
        work.put(text(locale, "document.learning_agreement.mentor_email"), content.getMentorEmail());
        work.put(text(locale, "document.learning_agreement.language"), text(locale, "document.learning_agreement.language.value",
                LanguageNames.of(content.getWorkLanguage(), locale), text(locale, "learning.level." + content.getLanguageLevel())));
        pdf.heading(text(locale, "document.learning_agreement.work")).facts(work)
                .heading(text(locale, "document.learning_agreement.monitoring"))
                .text(content.getMonitoring())
                .heading(text(locale, "document.learning_agreement.assessment"))
                .text(content.getAssessment())
                .heading(text(locale, "document.learning_agreement.recognition"))
                .text(text(locale, "learning.recognition." + content.getRecognition()));
        if (content.getRecognitionDetails() != null) {
            pdf.text(content.getRecognitionDetails());
        }
        if (version.getReason() != null) {
            pdf.heading(text(locale, "document.learning_agreement.reason")).text(version.getReason());
        }
        pdf.note(text(locale, "document.learning_agreement.made", version.getNumber(), String.valueOf(mobility.getId()),
                version.getMadeBy().getFullName(), Texts.date(locale, mobility.dayAt(version.getMadeAt()))));
        return new Pdf("learning-agreement-" + mobility.getId() + "-v" + version.getNumber() + ".pdf", pdf.finish());
    }

    /**
     * The certificate of a completed mobility: who went where and when, for how long, with the
     * learning outcomes of the agreement in force, issued by the sending school on the day of
     * completion.
     */
    public Pdf certificate(Mobility mobility, Optional<LearningAgreementVersion> agreement) {
        Locale locale = languageOf(mobility);
        Instant completed = completedAt(mobility);
        Institution school = mobility.getSendingSchool();
        String title = text(locale, "document.certificate.title");
        PdfComposer pdf = new PdfComposer("certificate-of-mobility/" + mobility.getId() + "/" + completed, completed, locale,
                title, mobility.getParticipant().getFullName());

        pdf.title(title)
                .subtitle(text(locale, "document.programme"))
                .text(text(locale, "document.certificate.statement", school.getName(), mobility.getParticipant().getFullName()))
                .facts(mobilityFacts(mobility, locale));
        agreement.ifPresent(version -> pdf.heading(text(locale, "document.learning_agreement.outcomes"))
                .text(version.getContent().getLearningOutcomes()));
        pdf.heading(text(locale, "document.certificate.issuer"))
                .text(text(locale, "document.certificate.issued", school.getName(), school.getCity(), Texts.date(locale, mobility.dayAt(completed))))
                .note(text(locale, "document.certificate.reference", String.valueOf(mobility.getId())));
        return new Pdf("certificate-of-mobility-" + mobility.getId() + ".pdf", pdf.finish());
    }

    private Map<String, String> mobilityFacts(Mobility mobility, Locale locale) {
        Institution school = mobility.getSendingSchool();
        Institution host = mobility.getHost();
        Map<String, String> facts = PdfComposer.factList();
        facts.put(text(locale, "document.participant"), mobility.getParticipant().getFullName());
        facts.put(text(locale, "document.type"), text(locale, "mobility.type." + mobility.getType()));
        if (mobility.getIscoCode() != null) {
            facts.put(text(locale, "document.occupation"), mobility.getIscoCode() + " – "
                    + occupations.get(mobility.getIscoCode()).getTitle().in(mobility.getParticipant().getLanguage()));
        }
        facts.put(text(locale, "document.sending_school"), school.getName() + ", " + school.getCity() + " ("
                + school.getCountry().displayName(locale) + ")");
        facts.put(text(locale, "document.host"), host.getName() + ", " + host.getCity());
        facts.put(text(locale, "document.country"), host.getCountry().displayName(locale));
        facts.put(text(locale, "document.period"), text(locale, "document.period.value",
                Texts.date(locale, mobility.getStartDate()), Texts.date(locale, mobility.getEndDate())));
        facts.put(text(locale, "document.duration"), text(locale, "document.duration.value", String.valueOf(mobility.getDays())));
        return facts;
    }

    private static Instant completedAt(Mobility mobility) {
        return mobility.getHistory().stream()
                .filter(step -> step.getAction() == MobilityAction.COMPLETE)
                .map(MobilityStep::getOccurredAt)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("Mobility " + mobility.getId() + " has not been completed"));
    }

    private static Locale languageOf(Mobility mobility) {
        return mobility.getParticipant().getLanguage().locale();
    }



    private static String text(Locale locale, String key, Object... arguments) {
        return Texts.format(locale, key, arguments);
    }
}
