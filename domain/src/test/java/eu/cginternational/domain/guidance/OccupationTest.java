package eu.cginternational.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OccupationTest {

    private static Occupation cookWith(List<CountryDemand> demand) {
        return new Occupation("5120", new Occupation.Content(Sector.TOURISM_HOSPITALITY, 3, "RE",
                new LocalizedText("Cook", "Kuzhinier", "Kuvar"), new LocalizedText("Cooks.", "Gatuan.", "Kuva."),
                new LocalizedText("cooking", "gatim", "kuvanje"), demand));
    }

    @Test
    void theShortageCountriesAreThoseInShortageOnlyInTheOrderOfTheirCodes() {
        Occupation cook = cookWith(List.of(new CountryDemand("IT", DemandLevel.SHORTAGE, "EURES"),
                new CountryDemand("AL", DemandLevel.SURPLUS, "EURES"), new CountryDemand("ES", DemandLevel.SHORTAGE, "EURES"),
                new CountryDemand("NL", DemandLevel.BALANCED, "EURES")));

        assertThat(cook.shortageCountries()).containsExactly("ES", "IT");
    }

    @Test
    void anOccupationInShortageNowhereHasNoShortageCountries() {
        assertThat(cookWith(List.of(new CountryDemand("FI", DemandLevel.BALANCED, "EURES"))).shortageCountries()).isEmpty();
    }
}
