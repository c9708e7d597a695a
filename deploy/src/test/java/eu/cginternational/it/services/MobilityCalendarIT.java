package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityStep;
import eu.cginternational.service.mobility.MobilityCalendar;
import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform starts approved mobilities (their learning agreement signed by all) on their first day, once, and no
 * earlier; the day is the sending school's, in Pljevlja Montenegro's clock.
 */
@ExtendWith(ArquillianExtension.class)
class MobilityCalendarIT {

    private static final String SCHOOL = "SVS-Pljevlja";
    private static final String MINISTRY = "Ministarstvo prosvjete, nauke i inovacija";
    private static final ZoneId PLJEVLJA = ZoneId.of("Europe/Podgorica");

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

        calendar.startDue(atNoon(day));

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
        calendar.startDue(atNoon(first));
        LocalDate afterTheEnd = data.mobility(id).getEndDate().plusDays(1);
        String participant = data.mobility(id).getParticipant().getEmail();

        calendar.remindReports(atNoon(afterTheEnd));
        calendar.remindReports(atNoon(afterTheEnd.plusDays(1)));

        assertThat(data.outboxMessagesTo(participant)).isEqualTo(1);
    }

    @Test
    void aMobilityIsNotStartedBeforeItsFirstDayNorTwice() {
        LocalDate day = LocalDate.of(2032, 5, 10);
        long later = data.approvedMobility(SCHOOL, MINISTRY, day.plusDays(1)).getId();
        long today = data.approvedMobility(SCHOOL, MINISTRY, day).getId();
        signing.signedLearningAgreement(later);
        signing.signedLearningAgreement(today);

        calendar.startDue(atNoon(day));
        calendar.startDue(atNoon(day));

        assertThat(data.mobility(later).getStatus()).isEqualTo(MobilityStatus.MINISTRY_APPROVED);
        assertThat(data.mobility(today).getHistory()).filteredOn(step -> step.getAction() == MobilityAction.START).hasSize(1);
    }

    /**
     * At 00:30 in Pljevlja on the first day the UTC day is still the day before; the mobility starts then, by its
     * school's day, and not at 23:59 the evening before. Likewise the participant is reminded of the report from 00:30
     * after the last day.
     */
    @Test
    void theTimersGoByTheDayAtTheSendingSchoolNotTheUtcDay() {
        LocalDate first = LocalDate.of(2035, 1, 15);
        long id = data.approvedMobility(SCHOOL, MINISTRY, first).getId();
        signing.signedLearningAgreement(id);
        Instant eveningBefore = inPljevlja(first.minusDays(1), 23, 59);
        Instant halfPastMidnight = inPljevlja(first, 0, 30);
        assertThat(LocalDate.ofInstant(halfPastMidnight, ZoneOffset.UTC)).isEqualTo(first.minusDays(1));

        calendar.startDue(eveningBefore);
        assertThat(data.mobility(id).getStatus()).isEqualTo(MobilityStatus.MINISTRY_APPROVED);
        calendar.startDue(halfPastMidnight);
        assertThat(data.mobility(id).getStatus()).isEqualTo(MobilityStatus.IN_PROGRESS);

        LocalDate last = data.mobility(id).getEndDate();
        String participant = data.mobility(id).getParticipant().getEmail();
        calendar.remindReports(inPljevlja(last, 23, 59));
        assertThat(data.outboxMessagesTo(participant)).isZero();
        calendar.remindReports(inPljevlja(last.plusDays(1), 0, 30));
        assertThat(data.outboxMessagesTo(participant)).isEqualTo(1);
    }

    private static Instant inPljevlja(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(PLJEVLJA).toInstant();
    }

    private static Instant atNoon(LocalDate day) {
        return inPljevlja(day, 12, 0);
    }
}
