package eu.cginternational.service.guidance;

import eu.cginternational.service.guidance.IndicatorRow.Area;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Complementary suppression of the three mobility areas, so that a small count hidden as "&lt;5"
 * cannot be recovered by subtraction from the cells shown beside it.
 *
 * <p>The three areas break down the same mobilities of a school: by type ({@code T}), by destination
 * ({@code D}) and by occupation within each destination ({@code O}). A reader knows, per school, that
 * the type cells and the destination cells add up to the same total, and that the occupation cells of a
 * destination add up to that destination's cell. The other areas count different things (sessions and
 * the students who had them are not sums of each other), so each of their cells stands alone and its
 * "&lt;5" cannot be subtracted out.
 *
 * <p>The rule, per school that has any hidden cell in the three areas:
 * <ol>
 * <li>{@code T} and {@code D} each hide at least one cell: a breakdown shown whole gives the school's
 * total (by type LEARNER 6, STAFF "&lt;5" and by destination DE 9 give STAFF = 9 - 6);
 * <li>for each destination, its cell and its occupation cells together hide none or at least two: one
 * hidden cell alone in that sum is the difference of the others (DE 9 shown, DE by occupation 6 shown
 * and "&lt;5" give 3).
 * </ol>
 * Where a cell must be added, the smallest shown one goes (ties by breakdown and destination, so that
 * every call, whole or per area, hides the same cells); it is shown as {@value IndicatorRow#PROTECTING}.
 *
 * <p>Why no hidden cell can then be computed: the only equations are {@code sum T = sum D} and, per
 * destination {@code c}, {@code sum O(c) = D(c)}. A hidden cell is determined exactly when some
 * combination of these equations leaves it as the only unknown. A combination without the first
 * equation adds per-destination equations, which share no cell and each have none or two or more hidden
 * cells (rule 2), so it never leaves exactly one. A combination with it keeps every
 * hidden type cell with the same coefficient, so it can only single out the one hidden type cell, if
 * there is only one; but each hidden destination cell then needs its own destination equation to cancel
 * it, which brings in that destination's hidden occupation cells (rule 2), and those can only be
 * cancelled by leaving the destination cell in: some hidden destination cell (rule 1) always remains.
 *
 * <p>What it does not protect against: a reader who knows that "&lt;5" means 1 to 4 and
 * {@value IndicatorRow#PROTECTING} at least five can narrow a hidden count by those bounds, and where
 * the bounds of two breakdowns meet, pin it (by type LEARNER 6, STAFF "&lt;5"; by destination DE 5 and
 * a protecting AT: the total is at most 10 and at least 10). Ruling that out needs protection intervals
 * computed by linear programming, as statistical offices do; this rule ends recovery by subtraction.
 */
final class ComplementarySuppression {

    static final Set<Area> SHARING = Set.of(Area.MOBILITIES_BY_TYPE, Area.MOBILITIES_BY_DESTINATION,
            Area.MOBILITIES_BY_OCCUPATION);

    private static final Comparator<IndicatorRow> SMALLEST_FIRST = Comparator.comparingLong(IndicatorRow::count)
            .thenComparing(IndicatorRow::breakdown, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(IndicatorRow::destination, Comparator.nullsFirst(Comparator.naturalOrder()));

    private ComplementarySuppression() {
    }

    /** The rows of the sharing areas (all of them, of any schools), in the same order, with the cells that protect marked. */
    static List<IndicatorRow> protect(List<IndicatorRow> rows) {
        if (rows.stream().anyMatch(row -> !SHARING.contains(row.area()))) {
            throw new IllegalArgumentException("Only the mobility areas share their totals");
        }
        IndicatorRow[] cells = rows.toArray(IndicatorRow[]::new);
        Map<Long, List<Integer>> bySchool = IntStream.range(0, cells.length).boxed().collect(Collectors.groupingBy(
                i -> cells[i].schoolId(), LinkedHashMap::new, Collectors.toList()));
        bySchool.values().forEach(school -> new School(cells, school).protect());
        return List.of(cells);
    }

    /** The cells of one school, by their index in the rows, which are replaced when a cell is hidden. */
    private record School(IndicatorRow[] cells, List<Integer> indexes) {

        void protect() {
            if (indexes.stream().noneMatch(i -> cells[i].hidden())) {
                return;
            }
            hideOneUnlessHidden(of(row -> row.area() == Area.MOBILITIES_BY_TYPE));
            hideOneUnlessHidden(of(row -> row.area() == Area.MOBILITIES_BY_DESTINATION));
            for (String destination : destinations()) {
                List<Integer> total = of(row -> row.area() == Area.MOBILITIES_BY_DESTINATION
                        && Objects.equals(row.breakdown(), destination));
                List<Integer> parts = of(row -> row.area() == Area.MOBILITIES_BY_OCCUPATION
                        && Objects.equals(row.destination(), destination));
                long hidden = total.stream().filter(i -> cells[i].hidden()).count()
                        + parts.stream().filter(i -> cells[i].hidden()).count();
                if (hidden == 1) {
                    // Another part keeps the sum local; the total goes only when every other part is shown already.
                    hideSmallestShown(parts.stream().anyMatch(i -> !cells[i].hidden()) ? parts : total);
                }
            }
        }

        private Set<String> destinations() {
            return indexes.stream().map(i -> cells[i])
                    .map(row -> row.area() == Area.MOBILITIES_BY_OCCUPATION ? row.destination()
                            : row.area() == Area.MOBILITIES_BY_DESTINATION ? row.breakdown() : null)
                    .filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
        }

        private List<Integer> of(Predicate<IndicatorRow> filter) {
            return indexes.stream().filter(i -> filter.test(cells[i])).toList();
        }

        private void hideOneUnlessHidden(List<Integer> breakdown) {
            if (breakdown.stream().noneMatch(i -> cells[i].hidden())) {
                hideSmallestShown(breakdown);
            }
        }

        private void hideSmallestShown(List<Integer> candidates) {
            candidates.stream().filter(i -> !cells[i].hidden())
                    .min(Comparator.comparing(i -> cells[i], SMALLEST_FIRST))
                    .ifPresent(i -> cells[i] = cells[i].protect());
        }
    }
}
