package eu.cginternational.it.services;

import static eu.cginternational.domain.grant.GrantEstimate.Status.NOT_REQUESTED;
import static eu.cginternational.domain.grant.GrantEstimate.Status.NO_RATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.grant.GrantEstimate;
import eu.cginternational.domain.grant.ParticipantKind;
import eu.cginternational.domain.grant.RateTable;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.grant.GrantEstimates;
import eu.cginternational.service.grant.RateTableDraft;
import eu.cginternational.service.grant.RateTables;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The grant estimate inside the server: a real mobility estimated from the seeded 2024 rates, the
 * scope of reading it, and the coordinator's rate tables with their version check. Tables the tests
 * create are of a far programme year that no demo mobility reaches, and are removed after each test.
 */
@ExtendWith(ArquillianExtension.class)
class GrantEstimatesIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";
    /** Tirana to Valencia in a straight line: 1719 km, the band from 500 to 1999 km. */
    private static final String VALENCIA_HOST = "Mundus";
    private static final int TEST_YEAR = 2091;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    GrantEstimates estimates;

    @EJB
    RateTables rateTables;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    GrantTestData data;

    @BeforeEach
    @AfterEach
    void withoutTheTestYear() {
        data.removeRateTable(TEST_YEAR);
    }

    @Test
    void aMobilityIsEstimatedFromItsDistanceAndTheLatestRatesBeforeItsYear() throws Exception {
        Mobility mobility = data.learnerMobility(KPT, VALENCIA_HOST, LocalDate.of(2030, 3, 4), 21, false, false);

        GrantEstimate estimate = schoolKpt.call(() -> estimates.of(mobility.getId()));

        assertThat(estimate.getStartYear()).isEqualTo(2030);
        assertThat(estimate.getRateYear()).isEqualTo(2024);
        assertThat(estimate.isEarlierYear()).isTrue();
        assertThat(estimate.getSource()).startsWith("Erasmus+ Programme Guide 2024");
        assertThat(estimate.getDistanceKm()).isEqualTo(1719);
        assertThat(estimate.getBand().getLabel()).isEqualTo("500–1999 km");
        assertThat(estimate.getTravel().getAmount()).isEqualByComparingTo("309");
        assertThat(estimate.getTravelDays()).isEqualTo(2);
        assertThat(estimate.getFundedDays()).isEqualTo(23);
        assertThat(estimate.getIndividualSupport().getStatus()).isEqualTo(NO_RATE);
        assertThat(estimate.getInclusionSupport().getStatus()).isEqualTo(NOT_REQUESTED);
        assertThat(estimate.getTotal()).isEqualByComparingTo("309");
        assertThat(estimate.isComplete()).isFalse();
    }

    @Test
    void anotherSchoolsAdministratorGetsNoEstimate() {
        Mobility mobility = data.learnerMobility(KPT, VALENCIA_HOST, LocalDate.of(2030, 5, 6), 14, false, false);

        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> estimates.of(mobility.getId())));
    }

    @Test
    void theCoordinatorStartsAYearFromACopyCompletesItAndEstimatesUseIt() throws Exception {
        RateTable copy = coordinator.call(() -> rateTables.copy(2024, TEST_YEAR));
        long changesBefore = data.auditEvents(AuditEventType.RATE_TABLE_UPDATED, "rate table " + TEST_YEAR);
        RateTableDraft draft = RateTableDraft.of(copy);
        draft.setSource("Test rates of " + TEST_YEAR + ", not from any guide");
        draft.setInclusionSupport(new BigDecimal("100"));
        draft.setDailyRates(List.of(new RateTableDraft.Rate(ParticipantKind.LEARNER, CountryGroup.GROUP_2, new BigDecimal("70"))));

        RateTable updated = coordinator.call(() -> rateTables.update(TEST_YEAR, draft));
        Mobility mobility = data.learnerMobility(KPT, VALENCIA_HOST, LocalDate.of(TEST_YEAR, 5, 4), 21, true, true);
        GrantEstimate estimate = schoolKpt.call(() -> estimates.of(mobility.getId()));

        assertThat(copy.getTravelBands()).hasSize(7);
        assertThat(updated.getVersion()).isGreaterThan(copy.getVersion());
        assertThat(data.auditEvents(AuditEventType.RATE_TABLE_UPDATED, "rate table " + TEST_YEAR)).isEqualTo(changesBefore + 1);
        assertThat(estimate.getRateYear()).isEqualTo(TEST_YEAR);
        assertThat(estimate.isEarlierYear()).isFalse();
        assertThat(estimate.getTravel().getAmount()).isEqualByComparingTo("417");
        assertThat(estimate.getTravelDays()).isEqualTo(6);
        assertThat(estimate.getIndividualSupport().getAmount()).isEqualByComparingTo("1890");
        assertThat(estimate.getInclusionSupport().getAmount()).isEqualByComparingTo("100");
        assertThat(estimate.getTotal()).isEqualByComparingTo("2407");
        assertThat(estimate.isComplete()).isTrue();
    }

    @Test
    void aChangeOnAStaleVersionIsRefusedAndTheFirstChangeStays() throws Exception {
        RateTable copy = coordinator.call(() -> rateTables.copy(2024, TEST_YEAR));
        RateTableDraft first = RateTableDraft.of(copy);
        first.setInclusionSupport(new BigDecimal("90"));
        RateTableDraft second = RateTableDraft.of(copy);
        second.setDailyRates(List.of(new RateTableDraft.Rate(ParticipantKind.STAFF, CountryGroup.GROUP_1, new BigDecimal("5"))));

        coordinator.call(() -> rateTables.update(TEST_YEAR, first));

        assertThrows(ConcurrentChangeException.class, () -> coordinator.call(() -> rateTables.update(TEST_YEAR, second)));
        RateTable stored = coordinator.call(() -> rateTables.get(TEST_YEAR));
        assertThat(stored.getInclusionSupport()).isEqualByComparingTo("90");
        assertThat(stored.getDailyRates()).isEmpty();
    }

    @Test
    void bandsOutOfOrderAndNegativeAmountsAreRefused() throws Exception {
        RateTable copy = coordinator.call(() -> rateTables.copy(2024, TEST_YEAR));
        RateTableDraft unordered = RateTableDraft.of(copy);
        List<RateTableDraft.Band> bands = new ArrayList<>(unordered.getTravelBands());
        java.util.Collections.swap(bands, 1, 2);
        unordered.setTravelBands(bands);
        RateTableDraft negative = RateTableDraft.of(copy);
        negative.getTravelBands().get(0).setGreenAmount(new BigDecimal("-1"));

        InvalidInputException outOfOrder = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> rateTables.update(TEST_YEAR, unordered)));
        InvalidInputException belowZero = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> rateTables.update(TEST_YEAR, negative)));

        assertThat(outOfOrder.getProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("travelBands"))
                .satisfies(problem -> assertThat(problem.message()).contains("500–1999 km").contains("100–499 km"));
        assertThat(belowZero.getProblems()).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("travelBands[0].greenAmount"));
        assertThat(coordinator.call(() -> rateTables.get(TEST_YEAR)).getVersion()).isEqualTo(copy.getVersion());
    }

    @Test
    void onlyTheCoordinatorChangesRates() throws Exception {
        RateTableDraft draft = RateTableDraft.of(coordinator.call(() -> rateTables.get(2024)));

        Throwable refused = catchThrowable(() -> schoolKpt.call(() -> rateTables.update(2024, draft)));

        assertThat(causes(refused)).hasAtLeastOneElementOfType(EJBAccessException.class);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
