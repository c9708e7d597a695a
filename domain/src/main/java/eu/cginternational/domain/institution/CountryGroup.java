package eu.cginternational.domain.institution;

/**
 * The country groups of the Erasmus+ Programme Guide that decide the individual-support rates of a
 * mobility to that country.
 */
public enum CountryGroup {
    /** Member states and associated countries with the highest living costs (DK, FI, IE, LU, SE, ...). */
    GROUP_1,
    /** Member states and associated countries with medium living costs (AT, BE, DE, ES, FR, IT, NL, ...). */
    GROUP_2,
    /** Member states and associated countries with lower living costs (BG, HR, CZ, PL, RO, ...). */
    GROUP_3,
    /** Third countries not associated to the programme, region 1: the Western Balkans. */
    REGION_1
}
