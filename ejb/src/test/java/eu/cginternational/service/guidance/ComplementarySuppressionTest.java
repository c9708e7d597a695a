package eu.cginternational.service.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.service.guidance.IndicatorRow.Area;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ComplementarySuppressionTest {

    private static final long SCHOOL = 1;

    /** The name of every school here, all in one country: a school is told apart by its id only. */
    private static final String NAME = "Shkolla Profesionale";

    private static IndicatorRow byType(long school, String type, long count) {
        return new IndicatorRow(Area.MOBILITIES_BY_TYPE, "AL", school, NAME, type, count);
    }

    private static IndicatorRow byDestination(long school, String destination, long count) {
        return new IndicatorRow(Area.MOBILITIES_BY_DESTINATION, "AL", school, NAME, destination, count);
    }

    private static IndicatorRow byOccupation(long school, String iscoCode, String destination, long count) {
        return new IndicatorRow(Area.MOBILITIES_BY_OCCUPATION, "AL", school, NAME, iscoCode, destination, count);
    }

    private static List<IndicatorRow> rows(IndicatorRow... rows) {
        return List.of(rows);
    }

    /**
     * The hidden cells of one school that a reader computes exactly from the sums they know: the type
     * cells and the destination cells add up to the same total, and the occupation cells of a destination
     * to its cell. A hidden cell is determined when its unit vector lies in the span of those equations,
     * restricted to the hidden cells (the shown ones are known numbers).
     */
    static List<IndicatorRow> recoverable(List<IndicatorRow> school) {
        List<IndicatorRow> hidden = school.stream().filter(IndicatorRow::hidden).toList();
        List<double[]> equations = new ArrayList<>();
        equations.add(hidden.stream().mapToDouble(row -> switch (row.area()) {
            case MOBILITIES_BY_TYPE -> 1;
            case MOBILITIES_BY_DESTINATION -> -1;
            default -> 0;
        }).toArray());
        Set<String> destinations = school.stream().filter(row -> row.area() == Area.MOBILITIES_BY_DESTINATION)
                .map(IndicatorRow::breakdown).collect(Collectors.toSet());
        for (String destination : destinations) {
            equations.add(hidden.stream().mapToDouble(row -> row.area() == Area.MOBILITIES_BY_OCCUPATION
                    && row.destination().equals(destination) ? 1
                    : row.area() == Area.MOBILITIES_BY_DESTINATION && row.breakdown().equals(destination) ? -1 : 0)
                    .toArray());
        }
        int rank = rank(equations);
        List<IndicatorRow> found = new ArrayList<>();
        for (int i = 0; i < hidden.size(); i++) {
            double[] unit = new double[hidden.size()];
            unit[i] = 1;
            List<double[]> with = new ArrayList<>(equations);
            with.add(unit);
            if (rank(with) == rank) {
                found.add(hidden.get(i));
            }
        }
        return found;
    }

    private static int rank(List<double[]> equations) {
        double[][] m = equations.stream().map(double[]::clone).toArray(double[][]::new);
        int columns = m.length == 0 ? 0 : m[0].length;
        int rank = 0;
        for (int column = 0; column < columns && rank < m.length; column++) {
            int pivot = rank;
            while (pivot < m.length && Math.abs(m[pivot][column]) < 1e-9) {
                pivot++;
            }
            if (pivot == m.length) {
                continue;
            }
            double[] swap = m[pivot];
            m[pivot] = m[rank];
            m[rank] = swap;
            for (int r = 0; r < m.length; r++) {
                if (r != rank && Math.abs(m[r][column]) > 1e-9) {
                    double factor = m[r][column] / m[rank][column];
                    for (int c = column; c < columns; c++) {
                        m[r][c] -= factor * m[rank][c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }

    private static Map<Long, List<IndicatorRow>> bySchool(List<IndicatorRow> rows) {
        return rows.stream().collect(Collectors.groupingBy(IndicatorRow::schoolId, TreeMap::new, Collectors.toList()));
    }

    @Nested
    class TheExample {

        // By type LEARNER 6, STAFF 3; by destination DE 9: STAFF was 9 - 6.
        final List<IndicatorRow> published = rows(
                byDestination(SCHOOL, "DE", 9),
                byType(SCHOOL, "LEARNER_SHORT_TERM", 6),
                byType(SCHOOL, "STAFF_COURSE", 3),
                byOccupation(SCHOOL, "5120", "DE", 9));

        @Test
        void withoutProtectionTheSmallCountIsTheDifference() {
            assertThat(recoverable(published)).extracting(IndicatorRow::breakdown, IndicatorRow::count)
                    .containsExactly(tuple("STAFF_COURSE", 3L));
        }

        @Test
        void theDestinationAndItsOccupationAreHiddenAsProtectingAndNothingIsRecoverable() {
            List<IndicatorRow> protectedRows = ComplementarySuppression.protect(published);

            assertThat(protectedRows).extracting(IndicatorRow::area, IndicatorRow::breakdown, IndicatorRow::shown)
                    .containsExactly(
                            tuple(Area.MOBILITIES_BY_DESTINATION, "DE", "–"),
                            tuple(Area.MOBILITIES_BY_TYPE, "LEARNER_SHORT_TERM", "6"),
                            tuple(Area.MOBILITIES_BY_TYPE, "STAFF_COURSE", "<5"),
                            tuple(Area.MOBILITIES_BY_OCCUPATION, "5120", "–"));
            assertThat(protectedRows).extracting(IndicatorRow::count).containsExactly(9L, 6L, 3L, 9L);
            assertThat(recoverable(protectedRows)).isEmpty();
        }
    }

    @Test
    void aSmallOccupationCountIsNotTheDifferenceOfItsShownDestination() {
        List<IndicatorRow> published = rows(
                byDestination(SCHOOL, "AT", 6),
                byDestination(SCHOOL, "DE", 9),
                byType(SCHOOL, "LEARNER_SHORT_TERM", 15),
                byOccupation(SCHOOL, null, "DE", 3),
                byOccupation(SCHOOL, "5120", "DE", 6),
                byOccupation(SCHOOL, "7223", "AT", 6));
        assertThat(recoverable(published)).extracting(IndicatorRow::count).containsExactly(3L);

        List<IndicatorRow> protectedRows = ComplementarySuppression.protect(published);

        assertThat(protectedRows).extracting(IndicatorRow::shown).containsExactly("–", "9", "–", "<5", "–", "–");
        assertThat(recoverable(protectedRows)).isEmpty();
    }

    @Test
    void aSchoolWithNothingSmallIsShownWhole() {
        List<IndicatorRow> published = rows(
                byDestination(SCHOOL, "DE", 5),
                byDestination(SCHOOL, "IT", 7),
                byType(SCHOOL, "LEARNER_SHORT_TERM", 12),
                byOccupation(SCHOOL, "5120", "DE", 5),
                byOccupation(SCHOOL, "5120", "IT", 7));

        assertThat(ComplementarySuppression.protect(published)).isEqualTo(published)
                .noneMatch(IndicatorRow::hidden);
    }

    @Test
    void schoolsAreProtectedEachOnItsOwn() {
        List<IndicatorRow> published = rows(
                byDestination(1, "DE", 9),
                byDestination(2, "DE", 9),
                byType(1, "LEARNER_SHORT_TERM", 6),
                byType(1, "STAFF_COURSE", 3),
                byType(2, "LEARNER_SHORT_TERM", 9),
                byOccupation(1, "5120", "DE", 9),
                byOccupation(2, "5120", "DE", 9));

        List<IndicatorRow> protectedRows = ComplementarySuppression.protect(published);

        Map<Long, List<IndicatorRow>> schools = bySchool(protectedRows);
        assertThat(schools.get(1L)).extracting(IndicatorRow::shown).containsExactly("–", "6", "<5", "–");
        assertThat(schools.get(2L)).isEqualTo(bySchool(published).get(2L));
        assertThat(recoverable(schools.get(1L))).isEmpty();
    }

    @Test
    void aSchoolIsProtectedOnItsOwnWhateverTheCellsOfAnotherOfTheSameNameInTheSameCountry() {
        // Taken as one school, the cells of school 2 come first and would be hidden in place of school 1's.
        List<IndicatorRow> published = rows(
                byDestination(2, "DE", 9),
                byDestination(1, "DE", 9),
                byType(2, "LEARNER_SHORT_TERM", 9),
                byType(1, "LEARNER_SHORT_TERM", 6),
                byType(1, "STAFF_COURSE", 3),
                byOccupation(2, "5120", "DE", 9),
                byOccupation(1, "5120", "DE", 9));

        Map<Long, List<IndicatorRow>> schools = bySchool(ComplementarySuppression.protect(published));

        assertThat(recoverable(schools.get(1L))).isEmpty();
        assertThat(schools.get(1L)).extracting(IndicatorRow::shown).containsExactly("–", "6", "<5", "–");
        assertThat(schools.get(2L)).as("nothing small, nothing hidden").isEqualTo(bySchool(published).get(2L));
    }

    @Test
    void aBreakdownOfASingleCellHidesThatCell() {
        List<IndicatorRow> published = rows(
                byDestination(SCHOOL, "DE", 7),
                byDestination(SCHOOL, "IT", 2),
                byType(SCHOOL, "LEARNER_SHORT_TERM", 9),
                byOccupation(SCHOOL, "5120", "DE", 7),
                byOccupation(SCHOOL, "5120", "IT", 2));

        List<IndicatorRow> protectedRows = ComplementarySuppression.protect(published);

        assertThat(protectedRows).filteredOn(row -> row.area() == Area.MOBILITIES_BY_TYPE).singleElement()
                .satisfies(row -> {
                    assertThat(row.shown()).isEqualTo("–");
                    assertThat(row.protecting()).isTrue();
                });
        assertThat(recoverable(protectedRows)).isEmpty();
    }

    @Test
    void ofCellsTiedForTheSmallestTheSameOneIsHiddenWhateverTheOrderOfTheRows() {
        List<IndicatorRow> published = new ArrayList<>(rows(
                byDestination(SCHOOL, "DE", 5),
                byDestination(SCHOOL, "AT", 5),
                byDestination(SCHOOL, "IT", 8),
                byType(SCHOOL, "LEARNER_SHORT_TERM", 16),
                byType(SCHOOL, "STAFF_COURSE", 2),
                byOccupation(SCHOOL, "5120", "DE", 5),
                byOccupation(SCHOOL, "7223", "AT", 5),
                byOccupation(SCHOOL, "7223", "IT", 8)));
        Random random = new Random(7);

        for (int i = 0; i < 10; i++) {
            Collections.shuffle(published, random);
            List<IndicatorRow> protectedRows = ComplementarySuppression.protect(published);

            assertThat(protectedRows).filteredOn(IndicatorRow::protecting)
                    .extracting(IndicatorRow::area, IndicatorRow::breakdown, IndicatorRow::destination)
                    .containsExactlyInAnyOrder(
                            tuple(Area.MOBILITIES_BY_DESTINATION, "AT", null),
                            tuple(Area.MOBILITIES_BY_OCCUPATION, "7223", "AT"));
            assertThat(recoverable(protectedRows)).isEmpty();
        }
    }

    @Test
    void inSchoolsMadeAtRandomNoHiddenCellIsRecoverableAndOnlyCountsOfFiveOrMoreProtect() {
        Random random = new Random(2026);
        List<String> types = List.of("LEARNER_SHORT_TERM", "LEARNER_ERASMUS_PRO", "STAFF_COURSE");
        List<String> destinations = List.of("AT", "DE", "ES", "IT");
        List<String> occupations = List.of("5120", "7223", "7512", "");
        int leakyBefore = 0;
        for (int s = 0; s < 400; s++) {
            long school = s;
            Map<String, Long> counts = new TreeMap<>();
            int mobilities = 1 + random.nextInt(40);
            for (int m = 0; m < mobilities; m++) {
                String destination = destinations.get(random.nextInt(1 + random.nextInt(destinations.size())));
                counts.merge("T|" + types.get(random.nextInt(1 + random.nextInt(types.size()))), 1L, Long::sum);
                counts.merge("D|" + destination, 1L, Long::sum);
                counts.merge("O|" + occupations.get(random.nextInt(occupations.size())) + "|" + destination, 1L, Long::sum);
            }
            List<IndicatorRow> published = counts.entrySet().stream().map(cell -> {
                String[] key = cell.getKey().split("\\|", -1);
                return switch (key[0]) {
                    case "T" -> byType(school, key[1], cell.getValue());
                    case "D" -> byDestination(school, key[1], cell.getValue());
                    default -> byOccupation(school, key[1].isEmpty() ? null : key[1], key[2], cell.getValue());
                };
            }).toList();
            if (!recoverable(published).isEmpty()) {
                leakyBefore++;
            }

            List<IndicatorRow> protectedRows = ComplementarySuppression.protect(published);

            assertThat(recoverable(protectedRows)).as("school " + school + ": " + protectedRows).isEmpty();
            assertThat(protectedRows).extracting(IndicatorRow::count)
                    .isEqualTo(published.stream().map(IndicatorRow::count).toList());
            assertThat(protectedRows).filteredOn(IndicatorRow::protecting)
                    .allSatisfy(row -> assertThat(row.shown()).isEqualTo("–"))
                    .allSatisfy(row -> assertThat(row.count()).isGreaterThanOrEqualTo(5));
            assertThat(protectedRows).filteredOn(IndicatorRow::suppressed).allSatisfy(row -> assertThat(row.shown()).isEqualTo("<5"));
        }
        assertThat(leakyBefore).as("schools whose small counts the old rule gave away").isGreaterThan(50);
    }

    @Test
    void onlyTheMobilityAreasAreProtectedTogether() {
        IndicatorRow sessions = new IndicatorRow(Area.GUIDANCE_SESSIONS, "AL", SCHOOL, NAME, null, 3);

        assertThrows(IllegalArgumentException.class,
                () -> ComplementarySuppression.protect(rows(sessions, byType(SCHOOL, "LEARNER_SHORT_TERM", 3))));
    }
}
