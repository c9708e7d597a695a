package eu.cginternational.service.training;

import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingSession;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.documents.LanguageNames;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.documents.PdfComposer;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The files of a training: the certificate of a completed registration as PDF in the participant's
 * language, and the iCalendar file of its sessions, each an event in the session's own time zone
 * (with that zone's VTIMEZONE), its place and its online link. Made only from recorded data, so the
 * same training gives the same file.
 */
@ApplicationScoped
public class TrainingDocuments {

    /** The media type of an iCalendar file. */
    public static final String CALENDAR_MEDIA_TYPE = "text/calendar";

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    /** The certificate of a completed registration: who completed which training, when, and its verification code. */
    public Pdf certificate(Registration registration, String verificationLink) {
        if (!registration.isCompleted()) {
            throw new IllegalStateException("Registration " + registration.getId() + " has not been completed");
        }
        Training training = registration.getTraining();
        Locale locale = registration.getParticipant().getLanguage().locale();
        Instant completed = registration.getCompletedAt();
        Institution provider = training.getProvider();
        String name = registration.getParticipant().getFullName();
        String title = text(locale, "document.training_certificate.title");
        PdfComposer pdf = new PdfComposer("training-certificate/" + registration.getCertificateCode(), completed, locale, title, name);

        Map<String, String> facts = PdfComposer.factList();
        facts.put(text(locale, "document.participant"), name);
        facts.put(text(locale, "document.training_certificate.training"), training.getTitle());
        facts.put(text(locale, "document.training_certificate.provider"), provider.getName() + ", " + provider.getCity());
        facts.put(text(locale, "document.training_certificate.language"), LanguageNames.of(training.getLanguage().name().toLowerCase(Locale.ROOT), locale));
        facts.put(text(locale, "document.training_certificate.sessions"), sessionDates(training, locale));
        facts.put(text(locale, "document.training_certificate.basis"),
                text(locale, "document.training_certificate.basis." + registration.getCompletionBasis(),
                        registration.getSessionsAttended(), training.getSessions().size(), training.getCompletionShare()));
        facts.put(text(locale, "document.training_certificate.completed"), Texts.date(locale, provider.dayAt(completed)));
        pdf.title(title)
                .subtitle(text(locale, "document.training_certificate.programme"))
                .text(text(locale, "document.training_certificate.statement", provider.getName(), name, training.getTitle()))
                .facts(facts);
        if (!training.getTopics().isBlank()) {
            pdf.heading(text(locale, "document.training_certificate.topics")).text(training.getTopics());
        }
        pdf.heading(text(locale, "document.training_certificate.verification"))
                .text(text(locale, "document.training_certificate.code", registration.getCertificateCode()))
                .note(text(locale, "document.training_certificate.verify", verificationLink));
        return new Pdf("training-certificate-" + registration.getCertificateCode() + ".pdf", pdf.finish());
    }

    /**
     * The sessions of the training as an iCalendar file: one event per session, in its own time zone,
     * whose unique id (training and place in the order) stays the same across downloads so that
     * calendars update rather than duplicate.
     */
    public byte[] calendar(Training training, String trainingLink) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//CG International//Trainings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        calendar.add(new Method(Method.VALUE_PUBLISH));
        Set<String> zones = new LinkedHashSet<>();
        List<TrainingSession> sessions = training.getSessions();
        for (int i = 0; i < sessions.size(); i++) {
            TrainingSession session = sessions.get(i);
            ZoneId zone = ZoneId.of(session.getTimeZone());
            zones.add(zone.getId());
            VEvent event = new VEvent(session.getStart().atZone(zone), session.getEnd().atZone(zone),
                    sessions.size() == 1 ? training.getTitle() : training.getTitle() + " (" + (i + 1) + "/" + sessions.size() + ")");
            event.add(new Uid("training-" + training.getId() + "-session-" + (i + 1) + "@cg-international.eu"));
            StringBuilder description = new StringBuilder(training.getDescription());
            if (session.getOnlineLink() != null) {
                description.append("\n\n").append(session.getOnlineLink());
            }
            description.append("\n\n").append(trainingLink);
            event.add(new Description(description.toString()));
            if (session.getPlace() != null) {
                event.add(new Location(session.getPlace()));
            } else if (session.getOnlineLink() != null) {
                event.add(new Location(session.getOnlineLink()));
            }
            event.add(new Url(URI.create(session.getOnlineLink() != null ? session.getOnlineLink() : trainingLink)));
            calendar.add(event);
        }
        for (String zone : zones) {
            // The registry gives a zone's definition under its canonical name (Europe/Podgorica is
            // Europe/Belgrade's): name it as the events do, so that their TZID finds it.
            VTimeZone definition = (VTimeZone) ZONES.getTimeZone(zone).getVTimeZone().copy();
            definition.replace(new TzId(zone));
            calendar.add(definition);
        }
        return calendar.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String sessionDates(Training training, Locale locale) {
        return String.join(", ", training.getSessions().stream()
                .map(session -> Texts.date(locale, session.getStart().toLocalDate())).distinct().toList());
    }



    private static String text(Locale locale, String key, Object... arguments) {
        return Texts.format(locale, key, arguments);
    }
}
