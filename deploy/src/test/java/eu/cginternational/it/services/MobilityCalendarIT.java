package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityStep;
import eu.cginternational.service.mobility.MobilityCalendar;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The platform starts approved mobilities (their learning agreement signed by all) on their first day, once, and no earlier. */
@ExtendWith(ArquillianExtension.class)
class MobilityCalendarIT {

    private static final String SCHOOL = "SVS-Pljevlja";
    private static final String MINISTRY = "Ministarstvo prosvjete, nauke i inovacija";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    MobilityCalendar calendar;

    @EJB
    TestData data;

    @EJB
    SigningTestData signing;

    @Test
    void anApprovedMobilityStartsOnItsFirstDayAsAStepOfThePlatform() {
        LocalDate day = LocalDate.of(2031, 3, 3);
        long id = data.approvedMobility(SCHOOL, MINISTRY, day).getId();
        signing.signedLearningAgreement(id);

        calendar.startDue(day);

        Mobility started = data.mobility(id);
        List<MobilityStep> history = started.getHistory();
        assertThat(started.getStatus()).isEqualTo(MobilityStatus.IN_PROGRESS);
        assertThat(history.get(history.size() - 1).getAction()).isEqualTo(MobilityAction.START);
        assertThat(history.get(history.size() - 1).isTakenByThePlatform()).isTrue();
    }

    @Test
    void aParticipantIsRemindedOnceOfTheReportAfterTheLastDay() {
        LocalDate first = LocalDate.of(2033, 6, 6);
        long id = data.approvedMobility(SCHOOL, MINISTRY, first).getId();
        signing.signedLearningAgreement(id);
        calendar.startDue(first);
        LocalDate afterTheEnd = data.mobility(id).getEndDate().plusDays(1);
        String participant = data.mobility(id).getParticipant().getEmail();

        calendar.remindReports(afterTheEnd);
        calendar.remindReports(afterTheEnd.plusDays(1));

        assertThat(data.outboxMessagesTo(participant)).isEqualTo(1);
    }

    @Test
    void aMobilityIsNotStartedBeforeItsFirstDayNorTwice() {
        LocalDate day = LocalDate.of(2032, 5, 10);
        long later = data.approvedMobility(SCHOOL, MINISTRY, day.plusDays(1)).getId();
        long today = data.approvedMobility(SCHOOL, MINISTRY, day).getId();
        signing.signedLearningAgreement(later);
        signing.signedLearningAgreement(today);

        calendar.startDue(day);
        calendar.startDue(day);

        assertThat(data.mobility(later).getStatus()).isEqualTo(MobilityStatus.MINISTRY_APPROVED);
        assertThat(data.mobility(today).getHistory()).filteredOn(step -> step.getAction() == MobilityAction.START).hasSize(1);
    }
}
