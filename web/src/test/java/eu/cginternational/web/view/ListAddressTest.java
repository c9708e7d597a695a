package eu.cginternational.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import eu.cginternational.service.query.PageRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListAddressTest {

    private static final List<String> FILTERS = List.of("participant", "status");

    @Test
    void theAddressBecomesTheRequestOfItsPageSortAndFilters() {
        ListAddress list = ListAddress.of(Map.of("page", "2", "size", "50", "sort", "-startDate", "status", "SUBMITTED",
                "participant", "  Klea ", "unknown", "x"), FILTERS);

        PageRequest request = list.request();

        assertThat(request.offset()).isEqualTo(100);
        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.sortField()).isEqualTo("startDate");
        assertThat(request.ascending()).isFalse();
        assertThat(request.filters()).containsOnly(Map.entry("participant", "Klea"), Map.entry("status", "SUBMITTED"));
    }

    @Test
    void anAddressThePageCannotUseFallsBackToTheFirstPageOfTwenty() {
        ListAddress list = ListAddress.of(Map.of("page", "-4", "size", "7", "sort", "-", "status", " "), FILTERS);

        assertThat(list.getPage()).isZero();
        assertThat(list.getSize()).isEqualTo(20);
        assertThat(list.getSort()).isEmpty();
        assertThat(list.request().filters()).isEmpty();
        assertThat(ListAddress.of(Map.of("page", "two", "size", "many"), FILTERS).request().offset()).isZero();
        // A page number too large to multiply by the size stays a number.
        assertThat(ListAddress.of(Map.of("page", "2147483647", "size", "100"), FILTERS).request().offset()).isPositive();
    }

    @Test
    void aHeadingSortsAscendingFirstThenDescendingAndStartsAgainAtTheFirstPage() {
        ListAddress unsorted = ListAddress.of(Map.of("status", "SUBMITTED", "page", "3"), FILTERS);
        ListAddress ascending = ListAddress.of(Map.of("sort", "participant", "page", "3"), FILTERS);
        ListAddress descending = ListAddress.of(Map.of("sort", "-participant"), FILTERS);

        assertThat(unsorted.sortedBy("participant")).isEqualTo("status=SUBMITTED&sort=participant");
        assertThat(ascending.sortedBy("participant")).isEqualTo("sort=-participant");
        assertThat(descending.sortedBy("participant")).isEqualTo("sort=participant");
        assertThat(ascending.sortOrder("participant")).isEqualTo("ascending");
        assertThat(descending.sortOrder("participant")).isEqualTo("descending");
        assertThat(descending.sortOrder("status")).isEqualTo("none");
        assertThat(descending.heading("participant").getIcon()).isEqualTo("pi-sort-amount-down");
        assertThat(descending.heading("participant").getQuery()).isEqualTo("sort=participant");
        assertThat(descending.heading("status").getOrder()).isEqualTo("none");
    }

    @Test
    void anotherPageKeepsTheFiltersSortAndSizeWithTheirCharactersEncoded() {
        ListAddress list = ListAddress.of(Map.of("participant", "Đorđe & Ana", "sort", "-startDate", "size", "50"), FILTERS);

        assertThat(list.atPage(1)).isEqualTo("participant=%C4%90or%C4%91e+%26+Ana&sort=-startDate&page=1&size=50");
        assertThat(list.atPage(-1)).isEqualTo("participant=%C4%90or%C4%91e+%26+Ana&sort=-startDate&size=50");
        assertThat(list.filtersAndSort()).isEqualTo("participant=%C4%90or%C4%91e+%26+Ana&sort=-startDate");
    }

    @Test
    void aListHasAtLeastOnePageAndALastPageThatIsNotFull() {
        ListAddress list = ListAddress.of(Map.of("size", "50"), FILTERS);

        assertThat(list.pages(0)).isEqualTo(1);
        assertThat(list.pages(50)).isEqualTo(1);
        assertThat(list.pages(51)).isEqualTo(2);
        assertThat(list.pages(100_030)).isEqualTo(2001);
        assertThat(list.getSizeOptions()).extracting(option -> option.getValue()).containsExactly(10, 20, 50, 100);
    }
}
