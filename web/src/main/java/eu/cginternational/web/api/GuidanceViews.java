package eu.cginternational.web.api;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.CountryDemand;
import eu.cginternational.domain.guidance.CountryProfile;
import eu.cginternational.domain.guidance.DataSource;
import eu.cginternational.domain.guidance.InterestProfile;
import eu.cginternational.domain.guidance.LocalizedText;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.service.guidance.AssessmentResult;
import eu.cginternational.service.guidance.OccupationFit;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** What the API shows of occupations, interest self-assessments and country profiles. Texts come in all three languages. */
public final class GuidanceViews {

    private GuidanceViews() {
    }

    /** A text in English, Albanian and Montenegrin. */
    public record Text(String en, String sq, String cnr) {
        static Text of(LocalizedText text) {
            return new Text(text.getEn(), text.getSq(), text.getCnr());
        }
    }

    /** A named source of the data. */
    public record Source(String code, String title, String publisher, Integer year, String url, boolean official,
            boolean reviewed, String note) {
        static Source of(DataSource s) {
            return new Source(s.getCode(), s.getTitle(), s.getPublisher(), s.getYear(), s.getUrl(), s.isOfficial(),
                    s.isReviewed(), s.getNote());
        }
    }

    public record Demand(String country, String level, String source) {
        static Demand of(CountryDemand d) {
            return new Demand(d.getCountryCode(), d.getLevel().name(), d.getSourceCode());
        }
    }

    public record OccupationSummary(String iscoCode, Text title, String sector, String riasec, int eqfLevel,
            List<Demand> demand) {
        static OccupationSummary of(Occupation o) {
            return new OccupationSummary(o.getIscoCode(), Text.of(o.getTitle()), o.getSector().name(), o.getRiasec(),
                    o.getEqfLevel(), o.getDemand().stream().map(Demand::of).toList());
        }
    }

    public record OccupationDetail(String iscoCode, Text title, Text description, Text skills, String sector,
            String riasec, int eqfLevel, List<Demand> demand, List<Source> sources, String opportunities, Long version) {
        static OccupationDetail of(Occupation o, Map<String, DataSource> sources) {
            return new OccupationDetail(o.getIscoCode(), Text.of(o.getTitle()), Text.of(o.getDescription()),
                    Text.of(o.getSkills()), o.getSector().name(), o.getRiasec(), o.getEqfLevel(),
                    o.getDemand().stream().map(Demand::of).toList(),
                    sources.values().stream().map(Source::of).toList(),
                    "/opportunities/index.xhtml?isco=" + o.getIscoCode(), o.getVersion());
        }
    }

    public record Match(String iscoCode, Text title, String riasec, int fit) {
        static Match of(OccupationFit fit) {
            Occupation o = fit.occupation();
            return new Match(o.getIscoCode(), Text.of(o.getTitle()), o.getRiasec(), fit.fit());
        }
    }

    /** A scored self-assessment: raw scores and percentages per type, the code and the best matches. */
    public record Assessment(Long id, Instant completedAt, Map<String, Integer> scores, Map<String, Integer> percentages,
            String code, List<Match> matches) {
        static Assessment of(AssessmentResult result) {
            InterestProfile profile = result.profile();
            return new Assessment(result.id(), result.completedAt(), profile.scoresByLetter(), profile.percentagesByLetter(),
                    result.code().toString(), result.matches().stream().map(Match::of).toList());
        }
    }

    /** The answers to the questionnaire: item number → 1 to 5. JSON keys are text; one that is no number names no item. */
    public static class Answers {

        private Map<String, Integer> answers;

        public Map<String, Integer> getAnswers() {
            return answers;
        }

        public void setAnswers(Map<String, Integer> answers) {
            this.answers = answers;
        }

        Map<Integer, Integer> byItem() {
            Map<Integer, Integer> byItem = new java.util.HashMap<>();
            if (answers != null) {
                answers.forEach((key, value) -> byItem.put(itemNumber(key), value));
            }
            return byItem;
        }

        private static int itemNumber(String key) {
            try {
                return Integer.parseInt(key.strip());
            } catch (NumberFormatException | NullPointerException e) {
                return -1;
            }
        }
    }

    public record Wage(BigDecimal amount, String currency, String period, Integer year, Source source) {
    }

    /** An official link: its label in the three languages and its address. */
    public record Link(Text label, String url) {
    }

    public record Profile(String country, Text languages, Text labourMarket, Text wages, Wage wage, Text costOfLiving,
            Source costSource, Text recognition, Text practicalSteps, List<Link> links, Source textSource,
            List<OccupationSummary> shortageOccupations, Long version) {
        static Profile of(CountryProfile p, Map<String, DataSource> sources, List<Occupation> shortages) {
            CountryProfile.Wage wage = p.getWage();
            return new Profile(p.getCountryCode(), Text.of(p.getLanguages()), Text.of(p.getLabourMarket()),
                    Text.of(p.getWages()),
                    new Wage(wage.amount(), wage.currency(), wage.period() == null ? null : wage.period().name(),
                            wage.year(), source(sources, wage.source())),
                    Text.of(p.getCostOfLiving()), source(sources, p.getCostSource()), Text.of(p.getRecognition()),
                    Text.of(p.getPracticalSteps()),
                    links(p),
                    source(sources, p.getTextSource()), shortages.stream().map(OccupationSummary::of).toList(),
                    p.getVersion());
        }

        /** The links of the three languages side by side: they name the same addresses in the same order. */
        private static List<Link> links(CountryProfile p) {
            List<CountryProfile.Link> en = p.linksIn(Language.EN);
            List<CountryProfile.Link> sq = p.linksIn(Language.SQ);
            List<CountryProfile.Link> cnr = p.linksIn(Language.CNR);
            return IntStream.range(0, en.size())
                    .mapToObj(i -> new Link(new Text(en.get(i).label(), sq.get(i).label(), cnr.get(i).label()), en.get(i).url()))
                    .toList();
        }

        private static Source source(Map<String, DataSource> sources, String code) {
            DataSource source = sources.get(code);
            return source == null ? null : Source.of(source);
        }
    }
}
