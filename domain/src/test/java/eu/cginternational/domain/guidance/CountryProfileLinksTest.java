package eu.cginternational.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryProfileLinksTest {

    private static final String ENGLISH = "Work in Finland=https://www.workinfinland.com|Recognition (EDUFI)=https://www.oph.fi";

    @Test
    void theLabelsAreTranslatedAndTheAddressesStayTheSame() {
        LocalizedText links = new LocalizedText(ENGLISH,
                "Puna në Finlandë=https://www.workinfinland.com|Njohja e kualifikimeve (EDUFI)=https://www.oph.fi",
                "Rad u Finskoj=https://www.workinfinland.com|Priznavanje kvalifikacija (EDUFI)=https://www.oph.fi");

        assertThat(CountryProfile.parseLinks(links)).extracting(CountryProfile.Link::url)
                .containsExactly("https://www.workinfinland.com", "https://www.oph.fi");
    }

    @Test
    void aTranslationWithAnotherAddressAMissingLinkOrAnotherOrderIsRefused() {
        String reordered = "Njohja (EDUFI)=https://www.oph.fi|Puna në Finlandë=https://www.workinfinland.com";
        String missing = "Puna në Finlandë=https://www.workinfinland.com";
        String elsewhere = "Puna në Finlandë=https://www.workinfinland.com|Njohja=https://example.org";
        for (String albanian : new String[] {reordered, missing, elsewhere}) {
            assertThatThrownBy(() -> CountryProfile.parseLinks(new LocalizedText(ENGLISH, albanian, ENGLISH)))
                    .as(albanian).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same addresses");
        }
    }

    @Test
    void aTranslationThatIsNotAListOfLinksIsRefused() {
        assertThatThrownBy(() -> CountryProfile.parseLinks(new LocalizedText(ENGLISH, ENGLISH, "Rad=javascript:alert(1)")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a link");
    }
}
