package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.training.Training;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.query.PageRequest;
import eu.cginternational.service.training.CatalogueRow;
import eu.cginternational.service.training.TrainingAttendance;
import eu.cginternational.service.training.TrainingCatalogue;
import eu.cginternational.service.training.TrainingCertificates;
import eu.cginternational.service.training.TrainingRegistrations;
import eu.cginternational.service.training.TrainingRoster;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A company can provide trainings: its partner staff (partner.es of Costa Azul Hoteles) keep the
 * attendance sheet of their organisation's trainings and see no other training of the catalogue;
 * the partner staff of another company (partner.al) are refused; no partner registers as a
 * participant.
 */
@ExtendWith(ArquillianExtension.class)
class PartnerTrainingIT {

    private static final String COSTA_AZUL = "Costa Azul Hoteles S.L.";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    TrainingCatalogue catalogue;

    @EJB
    TrainingAttendance attendance;

    @EJB
    TrainingRoster roster;

    @EJB
    TrainingCertificates certificates;

    @EJB
    TrainingRegistrations registrations;

    @EJB
    AsPartnerEs partnerEs;

    @EJB
    AsPartnerAl partnerAl;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TrainingTestData trainings;

    @Test
    void partnerStaffOfTheProviderMarkAttendanceAndReadTheSheetFeedbackAndRegistrations() throws Exception {
        long id = trainings.trainingWithSessions(COSTA_AZUL, 5, -2, 3).getId();
        long seat = trainings.register(id, "teacher.kpt");
        long first = trainings.sessions(id).get(0);

        partnerEs.call(() -> attendance.mark(id, first, seat, true));

        assertThat(partnerEs.call(() -> attendance.mayProvide(id))).isTrue();
        assertThat(partnerEs.call(() -> roster.seats(id, PageRequest.first(20))).items()).singleElement()
                .satisfies(r -> assertThat(r.getSessionsAttended()).isEqualTo(1));
        assertThat(partnerEs.call(() -> attendance.feedback(id)).ratings()).isZero();
        assertThat(partnerEs.call(() -> roster.registrations(id, PageRequest.first(20))).items()).singleElement()
                .satisfies(row -> assertThat(row.attended()).isEqualTo(1));
    }

    @Test
    void partnerStaffSeeOnlyTheirOrganisationsTrainingsInTheCatalogue() throws Exception {
        Training own = trainings.trainingWithSessions(COSTA_AZUL, 5, 10, 1);
        Training mundus = trainings.trainingWithSessions(5, 10, 1);
        // The titles of test trainings start with "Training.": the filter finds both for school staff.
        String marker = "Training";
        PageRequest both = new PageRequest(0, 200, null, true, Map.of("topic", marker));

        var seenByPartner = partnerEs.call(() -> catalogue.page(both));
        long seenByTeacher = teacherKpt.call(() -> catalogue.count(Map.of("topic", marker)));

        assertThat(seenByPartner.items()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.getTraining().getProvider().getName()).isEqualTo(COSTA_AZUL));
        assertThat(seenByPartner.items()).extracting(CatalogueRow::getId).contains(own.getId()).doesNotContain(mundus.getId());
        assertThat(seenByPartner.total()).isEqualTo(seenByPartner.items().size()).isLessThan(seenByTeacher);
        assertThat(partnerEs.call(() -> catalogue.get(own.getId())).getTitle()).isEqualTo(own.getTitle());
        assertThrows(NotFoundException.class, () -> partnerEs.call(() -> catalogue.get(mundus.getId())));
        assertThrows(NotFoundException.class, () -> partnerEs.call(() -> certificates.calendarOfTraining(mundus.getId())));
        assertThat(partnerEs.call(() -> certificates.calendarOfTraining(own.getId()))).isNotEmpty();
    }

    @Test
    void partnerStaffDoNotRegisterAsParticipants() throws Exception {
        long id = trainings.trainingWithSessions(COSTA_AZUL, 5, 10, 1).getId();

        assertThrows(EJBAccessException.class, () -> partnerEs.call(() -> registrations.register(id, null)));
        assertThrows(EJBAccessException.class, () -> partnerEs.call(() -> registrations.actionsFor(catalogue.get(id))));
        assertThat(trainings.registrations(id)).isEmpty();
    }

    @Test
    void partnerStaffOfAnotherCompanyAreRefusedTheSheetAndDoNotFindTheTraining() throws Exception {
        long id = trainings.trainingWithSessions(COSTA_AZUL, 5, -2, 3).getId();
        long seat = trainings.register(id, "teacher.kpt");
        long first = trainings.sessions(id).get(0);

        assertThat(partnerAl.call(() -> attendance.mayProvide(id))).isFalse();
        assertThrows(AccessDeniedException.class, () -> partnerAl.call(() -> attendance.sheet(id)));
        assertThrows(AccessDeniedException.class, () -> partnerAl.call(() -> attendance.mark(id, first, seat, true)));
        assertThrows(AccessDeniedException.class, () -> partnerAl.call(() -> attendance.close(id)));
        assertThrows(AccessDeniedException.class, () -> partnerAl.call(() -> roster.seats(id, PageRequest.first(20))));
        assertThrows(AccessDeniedException.class, () -> partnerAl.call(() -> roster.registrations(id, PageRequest.first(20))));
        assertThrows(AccessDeniedException.class, () -> partnerAl.call(() -> roster.comments(id, PageRequest.first(20))));
        assertThrows(NotFoundException.class, () -> partnerAl.call(() -> catalogue.get(id)));

        assertThat(coordinator.call(() -> roster.seats(id, PageRequest.first(20))).items()).singleElement()
                .satisfies(r -> assertThat(r.getAttendance()).isEmpty());
    }
}
