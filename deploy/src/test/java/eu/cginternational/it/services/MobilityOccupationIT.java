package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.agreement.ApplicationDecision;
import eu.cginternational.service.agreement.ApplicationDraft;
import eu.cginternational.service.agreement.OpportunityBoard;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.guidance.IndicatorRow;
import eu.cginternational.service.guidance.IndicatorRow.Area;
import eu.cginternational.service.guidance.PolicyIndicators;
import eu.cginternational.service.mobility.MobilityDraft;
import eu.cginternational.service.mobility.MobilityService;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The occupation a mobility trains for, inside the server: only a code of the occupation catalogue
 * is taken (anything else is refused with nothing written), it can change while the application
 * is editable, an accepted placement passes its occupation on only when the catalogue knows it
 * (the copy itself: {@code AgreementsIT}), and the policy indicators count approved mobilities by occupation and destination
 * country, per school, with counts below five suppressed and a ministry kept to its own country; a small count is not
 * the difference of the school's total that another mobility area would give.
 */
@ExtendWith(ArquillianExtension.class)
class MobilityOccupationIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";
    private static final String SPAIN_HOST = "Mundus";
    private static final String ITALY_HOST = "Officina Meccanica Romagnola S.r.l.";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    MobilityService mobilities;

    @EJB
    PolicyIndicators indicators;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsMinistryMe ministryMe;

    @EJB
    AsStudentKpt studentKpt;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    OpportunityBoard board;

    @EJB
    TestData data;

    @EJB
    OccupationTestData occupations;

    private MobilityDraft draft(long participantId, String iscoCode) {
        MobilityDraft draft = new MobilityDraft();
        draft.setParticipantId(participantId);
        draft.setType(MobilityType.LEARNER_SHORT_TERM);
        draft.setHostId(data.institution(SPAIN_HOST).getId());
        draft.setStartDate(LocalDate.now().plusMonths(4));
        draft.setEndDate(LocalDate.now().plusMonths(4).plusDays(20));
        draft.setIscoCode(iscoCode);
        return draft;
    }

    // The code

    @Test
    void aCodeTheCatalogueDoesNotKnowIsRefusedAndNoApplicationIsWritten() {
        long student = data.newAccount(Role.STUDENT, KPT).getId();

        for (String forged : List.of("9999", "0110", "512", "5120 OR 1=1", "<b>5120</b>")) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> teacherKpt.call(() -> mobilities.apply(draft(student, forged))));

            assertThat(refused.getProblems()).as(forged).singleElement().satisfies(problem -> {
                assertThat(problem.field()).isEqualTo("iscoCode");
                assertThat(problem.message()).contains(forged);
            });
        }
        assertThat(occupations.mobilitiesOf(student)).isZero();
    }

    @Test
    void aKnownCodeIsKeptAChangeToAnUnknownOneIsRefusedAndNoneClearsIt() throws Exception {
        long student = data.newAccount(Role.STUDENT, KPT).getId();
        Mobility applied = teacherKpt.call(() -> mobilities.apply(draft(student, "5120")));
        assertThat(data.mobility(applied.getId()).getIscoCode()).isEqualTo("5120");

        MobilityDraft forged = draft(student, "9999");
        forged.setVersion(applied.getVersion());
        forged.setEndDate(forged.getEndDate().plusDays(2));
        assertThrows(InvalidInputException.class, () -> teacherKpt.call(() -> mobilities.revise(applied.getId(), forged)));
        Mobility unchanged = data.mobility(applied.getId());
        assertThat(unchanged.getIscoCode()).isEqualTo("5120");
        assertThat(unchanged.getEndDate()).isEqualTo(draft(student, null).getEndDate());
        assertThat(unchanged.getVersion()).isEqualTo(applied.getVersion());

        MobilityDraft waiter = draft(student, " 5131 ");
        waiter.setVersion(unchanged.getVersion());
        Mobility changed = teacherKpt.call(() -> mobilities.revise(applied.getId(), waiter));
        assertThat(changed.getIscoCode()).isEqualTo("5131");

        MobilityDraft none = draft(student, "");
        none.setVersion(changed.getVersion());
        teacherKpt.call(() -> mobilities.revise(applied.getId(), none));
        assertThat(data.mobility(applied.getId()).getIscoCode()).isNull();
    }

    // From a placement

    @Test
    void anAcceptedPlacementOfAnOccupationOutsideTheCatalogueBecomesADraftWithoutOccupation() throws Exception {
        Opportunity management = occupations.placementOutsideTheCatalogue();
        OpportunityApplication applied = studentKpt.call(() -> board.apply(management.getId(),
                new ApplicationDraft("I ran the front desk of our school hotel for a term.")));

        OpportunityApplication accepted = schoolKpt.call(() -> board.decide(applied.getId(),
                new ApplicationDecision(true, null, applied.getVersion())));

        Mobility mobility = data.mobility(accepted.getMobilityId());
        assertThat(mobility.getHost()).isEqualTo(management.getHost());
        assertThat(mobility.getIscoCode()).isNull();
    }

    // Indicators

    @Test
    void approvedMobilitiesAreCountedByOccupationAndDestinationWithSmallCountsSuppressed() throws Exception {
        String school = occupations.newSchool("AL").getName();
        occupations.mobilities(school, SPAIN_HOST, "5120", 5, "ministry.al");
        occupations.mobilities(school, SPAIN_HOST, "7223", 2, "ministry.al");
        occupations.mobilities(school, ITALY_HOST, "5120", 1, "ministry.al");
        occupations.mobilities(school, SPAIN_HOST, null, 1, "ministry.al");
        occupations.mobilities(school, SPAIN_HOST, "5120", 3, null); // submitted only: not counted

        List<IndicatorRow> rows = coordinator.call(() -> indicators.area(Area.MOBILITIES_BY_OCCUPATION)).stream()
                .filter(row -> row.school().equals(school)).toList();

        assertThat(rows).extracting(IndicatorRow::country, IndicatorRow::breakdown, IndicatorRow::destination,
                IndicatorRow::count, IndicatorRow::shown).containsExactlyInAnyOrder(
                        tuple("AL", "5120", "ES", 5L, "5"),
                        tuple("AL", "5120", "IT", 1L, "<5"),
                        tuple("AL", "7223", "ES", 2L, "<5"),
                        tuple("AL", null, "ES", 1L, "<5"));
        assertThat(rows).filteredOn(IndicatorRow::suppressed).hasSize(3);
        assertThat(coordinator.call(indicators::all)).filteredOn(row -> row.school().equals(school))
                .filteredOn(row -> row.area() == Area.MOBILITIES_BY_OCCUPATION).hasSize(4);
    }

    @Test
    void aSmallCountOfOneMobilityAreaCannotBeWorkedOutFromTheTotalOfAnother() throws Exception {
        String school = occupations.newSchool("AL").getName();
        occupations.mobilities(school, MobilityType.LEARNER_SHORT_TERM, SPAIN_HOST, "5120", 6, "ministry.al");
        occupations.mobilities(school, MobilityType.STAFF_COURSE, SPAIN_HOST, "5120", 3, "ministry.al");

        List<IndicatorRow> rows = coordinator.call(indicators::all).stream().filter(row -> row.school().equals(school))
                .filter(row -> row.area().name().startsWith("MOBILITIES_")).toList();

        // By type 6 and <5: were the 9 mobilities to Spain shown, the staff ones would be 9 - 6 = 3.
        assertThat(rows).extracting(IndicatorRow::area, IndicatorRow::breakdown, IndicatorRow::destination, IndicatorRow::shown)
                .containsExactlyInAnyOrder(
                        tuple(Area.MOBILITIES_BY_DESTINATION, "ES", null, IndicatorRow.PROTECTING),
                        tuple(Area.MOBILITIES_BY_TYPE, "LEARNER_SHORT_TERM", null, "6"),
                        tuple(Area.MOBILITIES_BY_TYPE, "STAFF_COURSE", null, "<5"),
                        tuple(Area.MOBILITIES_BY_OCCUPATION, "5120", "ES", IndicatorRow.PROTECTING));
        Map<Area, List<IndicatorRow>> byArea = rows.stream().collect(Collectors.groupingBy(IndicatorRow::area));
        assertThat(byArea).as("no mobility area of the school gives its total").hasSize(3)
                .allSatisfy((area, cells) -> assertThat(cells).as(area.name()).anyMatch(IndicatorRow::hidden));
        for (Area area : List.of(Area.MOBILITIES_BY_DESTINATION, Area.MOBILITIES_BY_TYPE, Area.MOBILITIES_BY_OCCUPATION)) {
            assertThat(coordinator.call(() -> indicators.area(area))).as("read alone: " + area)
                    .filteredOn(row -> row.school().equals(school))
                    .containsExactlyElementsOf(rows.stream().filter(row -> row.area() == area).toList());
        }
    }

    @Test
    void aMinistrySeesTheOccupationsOfItsOwnCountryOnly() throws Exception {
        String school = occupations.newSchool("AL").getName();
        occupations.mobilities(school, SPAIN_HOST, "5120", 1, "ministry.al");

        List<IndicatorRow> rows = ministryMe.call(() -> indicators.area(Area.MOBILITIES_BY_OCCUPATION));

        assertThat(rows).allSatisfy(row -> assertThat(row.country()).isEqualTo("ME"));
        assertThat(rows).noneMatch(row -> row.school().equals(school));
    }
}
