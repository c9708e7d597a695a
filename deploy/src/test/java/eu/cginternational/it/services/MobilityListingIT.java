package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mobility.MobilityRow;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page of the mobility list costs the same two SQL statements whatever its size: the ids of the
 * page, and the rows' own columns, the names they show coming from the shared cache; a third reads the
 * rows whose names are not cached, or the count of the list when its total is not known yet, and then
 * the rows with their names. The caller's account comes from the shared cache once read. Counted on the
 * server, statement by statement.
 */
@ExtendWith(ArquillianExtension.class)
class MobilityListingIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    /** The most rows an export gives in this archive: small enough to reach, more than one read of the database. */
    private static final int EXPORT_MAX_ROWS = 250;

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create("mobility-listing-it")
                .addAsResource(new StringAsset("config_ordinal=500\ncg.list.export-max-rows=" + EXPORT_MAX_ROWS + "\n"),
                        "META-INF/microprofile-config.properties");
    }

    @EJB
    MobilityService mobilities;

    @EJB
    StatementCounter counter;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    TestData data;

    private static boolean created;

    @BeforeEach
    void moreMobilitiesThanTheLargestPage() {
        if (!created) {
            // Each of its own participant, so that anything read per row would show as a statement per row.
            data.submittedMobilities(KPT, 110, LocalDate.of(2031, 3, 2));
            created = true;
        }
    }

    @Test
    void aPageOfTheWholeListCostsTwoStatementsWhateverItsSizeOnceItsNamesAreCached() throws Exception {
        // A filter no other test asks for, so that the first page has to count the list.
        Map<String, String> fromMarch = Map.of("from", "2031-03-01");
        // The caller's account is read once, then found in the shared cache.
        coordinator.call(() -> readRows(1, Map.of()));
        StatementCounter.Counted<Page<MobilityRow>> first = counter.count(() -> coordinator.call(() -> readRows(10, fromMarch)));
        // Names another test took out of the cache come back with the first page that finds them missing.
        coordinator.call(() -> readRows(100, fromMarch));
        StatementCounter.Counted<Page<MobilityRow>> small = counter.count(() -> coordinator.call(() -> readRows(10, fromMarch)));
        StatementCounter.Counted<Page<MobilityRow>> large = counter.count(() -> coordinator.call(() -> readRows(100, fromMarch)));

        assertThat(small.result().items()).hasSize(10);
        assertThat(large.result().items()).hasSize(100);
        assertThat(large.result().items().subList(0, 10)).isEqualTo(small.result().items()).isEqualTo(first.result().items());
        // The ids of the page and the rows' own columns, their names from the shared cache.
        assertThat(large.statements()).as("%s", large.sent()).isEqualTo(small.statements()).isEqualTo(2);
        // The count, the ids and the rows with their names.
        assertThat(first.statements()).as("%s", first.sent()).isEqualTo(3);
    }

    @Test
    void rowsWhoseNamesAreNotCachedAreReadWithThemInOneStatementMore() throws Exception {
        // Not the filter of the first test, which must find its total unknown.
        Map<String, String> fromMarch = Map.of("from", "2031-03-02");
        coordinator.call(() -> readRows(100, fromMarch));
        Page<MobilityRow> named = coordinator.call(() -> readRows(100, fromMarch));
        data.accountsAndInstitutionsUncached();
        // The caller's account is read again, then found in the shared cache.
        coordinator.call(() -> readRows(1, Map.of()));

        StatementCounter.Counted<Page<MobilityRow>> uncached = counter.count(() -> coordinator.call(() -> readRows(100, fromMarch)));
        StatementCounter.Counted<Page<MobilityRow>> cached = counter.count(() -> coordinator.call(() -> readRows(100, fromMarch)));

        assertThat(uncached.result().items()).isEqualTo(cached.result().items()).isEqualTo(named.items());
        assertThat(uncached.statements()).as("%s", uncached.sent()).isEqualTo(3);
        assertThat(cached.statements()).as("%s", cached.sent()).isEqualTo(2);
    }

    @Test
    void aRenamedHostIsListedUnderItsNewName() throws Exception {
        Map<String, String> fromMarch = Map.of("from", "2031-03-02");
        coordinator.call(() -> readRows(10, fromMarch));
        data.rename("Mundus", "Mundus Renamed");
        try {
            assertThat(coordinator.call(() -> readRows(10, fromMarch)).items())
                    .allSatisfy(mobility -> assertThat(mobility.host().name()).isEqualTo("Mundus Renamed"));
        } finally {
            data.rename("Mundus Renamed", "Mundus");
        }
    }

    @Test
    void aPageWithinOneSchoolAndAFilterCostsTheSame() throws Exception {
        Map<String, String> submitted = Map.of("status", "SUBMITTED");
        // The first page counts the list, the second leaves the names of its rows in the cache.
        schoolKpt.call(() -> readRows(100, submitted));
        schoolKpt.call(() -> readRows(100, submitted));
        StatementCounter.Counted<Page<MobilityRow>> small = counter.count(() -> schoolKpt.call(() -> readRows(10, submitted)));
        StatementCounter.Counted<Page<MobilityRow>> large = counter.count(() -> schoolKpt.call(() -> readRows(100, submitted)));

        assertThat(large.result().items()).hasSize(100)
                .allSatisfy(mobility -> assertThat(mobility.sendingSchool().name()).isEqualTo(KPT));
        assertThat(large.statements()).as("%s", large.sent()).isEqualTo(small.statements()).isEqualTo(2);
    }

    @Test
    void theTotalCountsAMobilityCreatedMeanwhile() throws Exception {
        long before = coordinator.call(() -> mobilities.page(PageRequest.first(10)).total());
        data.submittedMobilities(KPT, 1, LocalDate.of(2031, 3, 2));

        assertThat(coordinator.call(() -> mobilities.page(PageRequest.first(10)).total())).isEqualTo(before + 1);
    }

    @Test
    void theListIsFilteredByAPeriodOfFirstDaysAndByPartOfTheSchoolsName() throws Exception {
        data.submittedMobilities(KPT, 2, LocalDate.of(2033, 5, 10));
        data.submittedMobilities(KPT, 1, LocalDate.of(2033, 6, 1));

        assertThat(total(Map.of("startDate", "2033-05-01/2033-05-31"))).isEqualTo(2);
        assertThat(total(Map.of("startDate", "2033-05-10/2033-06-01"))).isEqualTo(3);
        // A single day is the first of an open period: other tests may add mobilities later than this one.
        assertThat(total(Map.of("startDate", "2033-05-11"))).isEqualTo(total(Map.of("startDate", "2033-05-11/2999-12-31")));
        assertThat(total(Map.of("startDate", "2033-05-11/2033-06-30"))).isEqualTo(1);
        assertThat(total(Map.of("startDate", "2033-05-01/2033-05-31", "schoolName", "PROFESIONAL i tir"))).isEqualTo(2);
        assertThat(total(Map.of("startDate", "2033-05-01/2033-05-31", "schoolName", "Pljevlja"))).isZero();
        // A period the user mistyped matches nothing rather than failing the page.
        assertThat(total(Map.of("startDate", "2033-05-01/May"))).isZero();
    }

    @Test
    void anExportIsTheWholeFilteredListInItsOrderAndALongerListIsRefusedRatherThanCutOff() throws Exception {
        // More rows than one read of the database gives (200), fewer than the limit.
        data.submittedMobilities(KPT, 230, LocalDate.of(2036, 8, 14));
        PageRequest byName = new PageRequest(0, 1, "participant", true, Map.of("startDate", "2036-08-14/2036-08-14"));

        List<MobilityRow> rows = schoolKpt.call(() -> mobilities.export(byName));

        assertThat(rows).hasSize(230)
                .extracting(mobility -> mobility.participant().fullName())
                .isSortedAccordingTo(String::compareTo);
        assertThat(rows).extracting(MobilityRow::id).doesNotHaveDuplicates();
        assertThat(schoolPljevlja.call(() -> mobilities.export(byName))).isEmpty();

        data.submittedMobilities(KPT, 21, LocalDate.of(2036, 8, 14));
        assertThatThrownBy(() -> schoolKpt.call(() -> mobilities.export(byName)))
                .isInstanceOf(RejectedException.class)
                .hasFieldOrPropertyWithValue("messageKey", "list.export_too_long");
    }

    private long total(Map<String, String> filters) throws Exception {
        return coordinator.call(() -> mobilities.page(new PageRequest(0, 10, null, true, filters)).total());
    }

    /** The page, with everything a row of the list shows, as the pages and the API read it. */
    private Page<MobilityRow> readRows(int size, Map<String, String> filters) {
        Page<MobilityRow> page = mobilities.page(new PageRequest(0, size, "startDate", false, filters));
        assertThat(page.items()).allSatisfy(mobility -> {
            assertThat(mobility.participant().fullName()).isNotBlank();
            assertThat(mobility.participant().username()).isNotBlank();
            assertThat(mobility.sendingSchool().countryCode()).hasSize(2);
            assertThat(mobility.host().name()).isNotBlank();
            assertThat(mobility.host().city()).isNotBlank();
            assertThat(mobility.host().countryCode()).hasSize(2);
        });
        return page;
    }
}
