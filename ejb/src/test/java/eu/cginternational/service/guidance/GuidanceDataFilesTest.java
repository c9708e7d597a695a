package eu.cginternational.service.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.domain.guidance.DemandLevel;
import eu.cginternational.domain.guidance.LocalizedText;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.guidance.Questionnaire;
import eu.cginternational.domain.guidance.RiasecCode;
import eu.cginternational.domain.guidance.RiasecType;
import eu.cginternational.domain.guidance.Sector;
import eu.cginternational.domain.guidance.WagePeriod;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every versioned guidance data file is complete: each title and text in the three languages,
 * valid ISCO-08 codes and RIASEC letters, demand for every partner and destination country, and a
 * named source for every value and figure. The same files are what migration 016 loads.
 */
class GuidanceDataFilesTest {

    static final List<String> COUNTRIES = List.of("ES", "IT", "NL", "FI", "DE", "AT", "AL", "XK", "ME");
    static final String[] LANGUAGES = {"en", "sq", "cnr"};
    /** The sub-major groups of ISCO-08 (two digits); a unit group's code starts with one of them. */
    static final Set<String> ISCO_SUB_MAJOR_GROUPS = Set.of("11", "12", "13", "14", "21", "22", "23", "24", "25", "26",
            "31", "32", "33", "34", "35", "41", "42", "43", "44", "51", "52", "53", "54", "61", "62", "63", "71", "72",
            "73", "74", "75", "81", "82", "83", "91", "92", "93", "94", "95", "96");

    static List<Map<String, String>> rows(String file) throws Exception {
        InputStream in = GuidanceDataFilesTest.class.getClassLoader().getResourceAsStream("data/guidance/" + file);
        assertNotNull(in, file + " is missing");
        try (CSVReader reader = new CSVReaderBuilder(new InputStreamReader(in, StandardCharsets.UTF_8))
                .withCSVParser(new CSVParserBuilder().withSeparator(';').build()).build()) {
            List<String[]> lines = reader.readAll();
            String[] header = lines.get(0);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String[] line : lines.subList(1, lines.size())) {
                assertEquals(header.length, line.length, file + ": wrong number of fields in " + String.join(";", line));
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    // Liquibase loads the text NULL as a database NULL; an empty cell would become an empty text.
                    assertFalse(line[i].isEmpty(), file + ": an empty cell (write NULL) in column " + header[i]);
                    row.put(header[i], "NULL".equals(line[i]) ? "" : line[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** A cell that Liquibase loads as NULL reads as an empty text. */
    static Map<String, Map<String, String>> sources() throws Exception {
        return rows("sources.csv").stream().collect(Collectors.toMap(row -> row.get("code"), row -> row));
    }

    static void assertThreeLanguages(Map<String, String> row, String field, int max, String where) {
        for (String language : LANGUAGES) {
            String text = row.get(field + "_" + language);
            assertNotNull(text, where + ": no column " + field + "_" + language);
            assertFalse(text.isBlank(), where + ": " + field + " missing in " + language);
            assertTrue(text.length() <= max, where + ": " + field + "_" + language + " longer than " + max);
            assertFalse(text.matches(".*[<>\\p{Cc}].*"), where + ": " + field + "_" + language + " is not plain text");
        }
    }

    @Nested
    class Occupations {

        @Test
        void thereAreAtLeast150DistinctIscoUnitGroups() throws Exception {
            List<Map<String, String>> rows = rows("occupations.csv");
            assertTrue(rows.size() >= 150, "only " + rows.size() + " occupations");
            Set<String> codes = new HashSet<>();
            for (Map<String, String> row : rows) {
                String code = row.get("isco_code");
                assertTrue(Occupation.isIscoUnitGroup(code), "not an ISCO-08 unit group: " + code);
                assertTrue(ISCO_SUB_MAJOR_GROUPS.contains(code.substring(0, 2)), "no ISCO-08 sub-major group " + code);
                assertTrue(codes.add(code), "twice: " + code);
            }
        }

        @Test
        void everyTitleDescriptionAndSkillListExistsInTheThreeLanguages() throws Exception {
            for (Map<String, String> row : rows("occupations.csv")) {
                String where = "occupation " + row.get("isco_code");
                assertThreeLanguages(row, "title", Occupation.TITLE_MAX, where);
                assertThreeLanguages(row, "description", Occupation.DESCRIPTION_MAX, where);
                assertThreeLanguages(row, "skills", Occupation.SKILLS_MAX, where);
                // A translation that is a copy of the English text is a missing translation.
                assertNotEquals(row.get("description_en"), row.get("description_sq"), where);
                assertNotEquals(row.get("description_en"), row.get("description_cnr"), where);
                for (String language : LANGUAGES) {
                    assertEquals(3, row.get("skills_" + language).split("\\|").length, where + ": three key skills in " + language);
                }
            }
        }

        @Test
        void riasecSectorAndEqfAreValid() throws Exception {
            Set<RiasecType> firstLetters = new HashSet<>();
            for (Map<String, String> row : rows("occupations.csv")) {
                String where = "occupation " + row.get("isco_code");
                assertTrue(RiasecCode.isValid(row.get("riasec")), where + ": RIASEC " + row.get("riasec"));
                firstLetters.add(RiasecCode.parse(row.get("riasec")).types().get(0));
                Sector.valueOf(row.get("sector"));
                int eqf = Integer.parseInt(row.get("eqf_level"));
                assertTrue(eqf >= 1 && eqf <= 8, where + ": EQF " + eqf);
            }
            assertEquals(Set.of(RiasecType.values()), firstLetters, "every interest type leads some occupation");
        }

        @Test
        void everyOccupationHasDemandInEveryCountryWithANamedSource() throws Exception {
            Set<String> codes = rows("occupations.csv").stream().map(row -> row.get("isco_code")).collect(Collectors.toSet());
            Map<String, Map<String, String>> sources = sources();
            Map<String, Set<String>> countriesByCode = new HashMap<>();
            for (Map<String, String> row : rows("occupation-demand.csv")) {
                String code = row.get("isco_code");
                assertTrue(codes.contains(code), "demand for an unknown occupation " + code);
                DemandLevel.valueOf(row.get("demand"));
                assertTrue(sources.containsKey(row.get("source_code")), "unknown source " + row.get("source_code"));
                assertTrue(countriesByCode.computeIfAbsent(code, c -> new HashSet<>()).add(row.get("country_code")),
                        "twice " + code + " " + row.get("country_code"));
            }
            codes.forEach(code -> assertEquals(Set.copyOf(COUNTRIES), countriesByCode.get(code), "countries of " + code));
        }
    }

    @Nested
    class Sources {

        @Test
        void everySourceIsNamedWithItsPublisherAndYear() throws Exception {
            for (Map<String, String> source : sources().values()) {
                assertFalse(source.get("title").isBlank(), source.get("code"));
                assertFalse(source.get("publisher").isBlank(), source.get("code"));
                assertTrue(source.get("source_year").matches("20\\d\\d"), source.get("code") + ": year");
                assertTrue(source.get("url").isEmpty() || source.get("url").startsWith("https://"), source.get("code") + ": url");
            }
        }

        @Test
        void valuesAssessedByTheProjectSayOpenlyThatTheyAreNotOfficialAndAwaitReview() throws Exception {
            Map<String, String> project = sources().get("PROJECT-DEMAND-2026");
            assertEquals("false", project.get("official"));
            assertEquals("false", project.get("reviewed"));
            assertTrue(project.get("note").contains("to be reviewed"), project.get("note"));
            for (Map<String, String> source : sources().values()) {
                if (source.get("publisher").contains("CG International")) {
                    assertEquals("false", source.get("official"), source.get("code") + " is the project's own");
                }
            }
        }

        @Test
        void theDataFilesHaveAVersion() throws Exception {
            Map<String, String> versions = rows("datasets.csv").stream()
                    .collect(Collectors.toMap(row -> row.get("code"), row -> row.get("data_version")));
            assertEquals(Set.of("OCCUPATIONS", "COUNTRY_PROFILES", "INTEREST_ITEMS"), versions.keySet());
            versions.values().forEach(version -> assertTrue(version.matches("\\d{4}\\.\\d+"), version));
            assertEquals(versions.get("INTEREST_ITEMS"), QuestionnaireFile.read(
                    getClass().getClassLoader().getResourceAsStream(QuestionnaireFile.RESOURCE)).version());
        }
    }

    @Nested
    class CountryProfiles {

        @Test
        void everyPartnerAndDestinationCountryHasAProfileInTheThreeLanguages() throws Exception {
            List<Map<String, String>> rows = rows("country-profiles.csv");
            assertEquals(Set.copyOf(COUNTRIES), rows.stream().map(row -> row.get("country_code")).collect(Collectors.toSet()));
            for (Map<String, String> row : rows) {
                String where = "profile " + row.get("country_code");
                for (String section : List.of("languages", "labour_market", "wages", "cost_of_living", "recognition",
                        "practical_steps")) {
                    assertThreeLanguages(row, section, CountryProfile.SECTION_MAX, where);
                }
                assertFalse(CountryProfile.parseLinks(row.get("links")).isEmpty(), where);
            }
        }

        /**
         * Migration 021 translates the links' labels of the profiles that still have the links of country-profiles.csv,
         * so country-links.csv must repeat those English links exactly, and name the same addresses in each language.
         */
        @Test
        void everyProfilesLinksHaveTheirLabelsInTheThreeLanguages() throws Exception {
            Map<String, String> loaded = rows("country-profiles.csv").stream()
                    .collect(Collectors.toMap(row -> row.get("country_code"), row -> row.get("links")));
            List<Map<String, String>> translated = rows("country-links.csv");
            assertEquals(loaded.keySet(), translated.stream().map(row -> row.get("country_code")).collect(Collectors.toSet()));
            for (Map<String, String> row : translated) {
                String where = "links of " + row.get("country_code");
                assertEquals(loaded.get(row.get("country_code")), row.get("links_en"), where);
                try {
                    CountryProfile.parseLinks(new LocalizedText(row.get("links_en"), row.get("links_sq"), row.get("links_cnr")));
                } catch (IllegalArgumentException e) {
                    fail(where + ": " + e.getMessage());
                }
                assertNotEquals(row.get("links_en"), row.get("links_sq"), where);
                assertNotEquals(row.get("links_en"), row.get("links_cnr"), where);
            }
        }

        @Test
        void aWageFigureHasItsCurrencyPeriodYearAndANamedSource() throws Exception {
            Map<String, Map<String, String>> sources = sources();
            for (Map<String, String> row : rows("country-profiles.csv")) {
                String where = "profile " + row.get("country_code");
                for (String field : List.of("wage_source", "cost_source", "text_source")) {
                    assertTrue(sources.containsKey(row.get(field)), where + ": unknown " + field + " " + row.get(field));
                }
                String amount = row.get("wage_amount");
                try {
                    new CountryProfile.Wage(amount.isEmpty() ? null : new BigDecimal(amount),
                            row.get("wage_currency").isEmpty() ? null : row.get("wage_currency"),
                            row.get("wage_period").isEmpty() ? null : WagePeriod.valueOf(row.get("wage_period")),
                            row.get("wage_year").isEmpty() ? null : Integer.valueOf(row.get("wage_year")),
                            row.get("wage_source"));
                } catch (IllegalArgumentException e) {
                    fail(where + ": " + e.getMessage());
                }
                if (!amount.isEmpty()) {
                    assertEquals(row.get("wage_year"), sources.get(row.get("wage_source")).get("source_year"),
                            where + ": the figure's year is the year of its source");
                }
            }
        }
    }

    @Nested
    class InterestItems {

        @Test
        void theQuestionnaireHasSixItemsPerTypeInTheThreeLanguages() {
            Questionnaire questionnaire = QuestionnaireFile.read(
                    getClass().getClassLoader().getResourceAsStream(QuestionnaireFile.RESOURCE));
            assertEquals(36, questionnaire.items().size());
            assertEquals(6, questionnaire.itemsPerType());
            questionnaire.items().forEach(item -> {
                assertNotEquals(item.statement().getEn(), item.statement().getSq(), "item " + item.number());
                assertNotEquals(item.statement().getEn(), item.statement().getCnr(), "item " + item.number());
            });
        }
    }
}
