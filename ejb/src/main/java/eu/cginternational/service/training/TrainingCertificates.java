package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.training.CertificateCode;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.notification.Notifications;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * Certificates and calendars of trainings. The participant downloads the certificate of their own
 * completed registration and the calendar of their own registration; anyone who can see the
 * catalogue downloads a training's calendar. Anyone, without signing in, checks a certificate by its
 * verification code and learns whose it is, for which training and since when — or that the code
 * matches no certificate. Nothing else about the person is told.
 */
@Stateless
public class TrainingCertificates {

    /** What a verification tells about a certificate. */
    public record Verified(String code, String participant, String training, String provider, Instant completedAt)
            implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    @Inject
    TrainingDocuments documents;

    @Inject
    Notifications notifications;

    /** The certificate of the caller's own completed registration; refused while it is not completed. */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN})
    public Pdf certificate(long registrationId) {
        Registration registration = own(registrationId);
        if (!registration.isCompleted()) {
            throw new RejectedException("training.certificate.not_completed");
        }
        registration.getAttendance().size();
        return documents.certificate(registration,
                notifications.publicLink("/verify-certificate.xhtml?code=" + registration.getCertificateCode()));
    }

    /** The calendar of the caller's own registration: the training's sessions. */
    @RolesAllowed({Role.Names.TEACHER, Role.Names.SCHOOL_ADMIN})
    public byte[] calendarOfRegistration(long registrationId) {
        return calendar(own(registrationId).getTraining());
    }

    /** The calendar of a training of the catalogue (for partner staff: of one their organisation provides). */
    @RolesAllowed({Role.Names.COORDINATOR, Role.Names.MINISTRY_ADMIN, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER,
            Role.Names.PARTNER})
    public byte[] calendarOfTraining(long trainingId) {
        Training training = em.find(Training.class, trainingId);
        if (training == null || !TrainingProviders.maySee(callers.getCurrent(), training)) {
            throw new NotFoundException("training.not_found", trainingId);
        }
        return calendar(training);
    }

    /** The certificate a code names, as typed by someone; empty when it names none. */
    @PermitAll
    public Optional<Verified> verify(String typedCode) {
        return CertificateCode.parse(typedCode).flatMap(code -> em.createQuery(
                        "SELECT r FROM Registration r JOIN FETCH r.participant JOIN FETCH r.training t JOIN FETCH t.provider"
                                + " WHERE r.certificateCode = :code", Registration.class)
                .setParameter("code", code)
                .getResultStream().findFirst())
                .filter(Registration::isCompleted)
                .map(r -> new Verified(r.getCertificateCode(), r.getParticipant().getFullName(), r.getTraining().getTitle(),
                        r.getTraining().getProvider().getName(), r.getCompletedAt()));
    }

    /** The sessions as a calendar file; a self-paced module has none to put in one. */
    private byte[] calendar(Training training) {
        if (training.isSelfPaced()) {
            throw new NotFoundException("training.calendar.self_paced", training.getId());
        }
        return documents.calendar(training, notifications.publicLink("/trainings/training.xhtml?id=" + training.getId()));
    }

    private Registration own(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !registration.getParticipant().equals(callers.getCurrent())) {
            throw new NotFoundException("registration.not_found", registrationId);
        }
        return registration;
    }
}
