package eu.cginternational.web.api;

import eu.cginternational.domain.guidance.DemandLevel;
import eu.cginternational.domain.guidance.Sector;
import eu.cginternational.domain.guidance.WagePeriod;
import eu.cginternational.service.config.InputValidator;
import eu.cginternational.service.guidance.CountryProfileDraft;
import eu.cginternational.service.guidance.DemandDraft;
import eu.cginternational.service.guidance.OccupationDraft;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a coordinator sends to correct an occupation or a country profile: the shape of the
 * {@code GET} answer without what is derived (sources are given by their codes), turned into the
 * drafts the editor pages fill. The service checks the drafts; only the codes of enumerations are
 * read here, and an unknown one is refused like any other invalid value (422, naming the field).
 */
public final class GuidanceInputs {

    private GuidanceInputs() {
    }

    /** A text in English, Albanian and Montenegrin; each is required. */
    public static class Text {
        public String en;
        public String sq;
        public String cnr;
    }

    /** The demand in one country: {@code level} SHORTAGE, BALANCED or SURPLUS, {@code source} the code of a named source. */
    public static class Demand {
        public String country;
        public String level;
        public String source;
    }

    /** Body of {@code PUT /api/occupations/{code}}; {@code skills} separated by "|". */
    public static class OccupationInput {
        public Text title;
        public Text description;
        public Text skills;
        public String sector;
        public String riasec;
        public Integer eqfLevel;
        public List<Demand> demand;
        public Long version;
    }

    /** The wage figure (amount, currency, period HOUR or MONTH and year, or none of them) and its source's code. */
    public static class Wage {
        public BigDecimal amount;
        public String currency;
        public String period;
        public Integer year;
        public String source;
    }

    /** An official link: its https address and its label in the three languages. */
    public static class Link {
        public Text label;
        public String url;
    }

    /** Body of {@code PUT /api/countries/{code}/profile}; sources by their codes. */
    public static class ProfileInput {
        public Text languages;
        public Text labourMarket;
        public Text wages;
        public Wage wage;
        public Text costOfLiving;
        public String costSource;
        public Text recognition;
        public Text practicalSteps;
        public List<Link> links;
        public String textSource;
        public Long version;
    }

    static OccupationDraft draft(OccupationInput input, InputValidator validator) {
        OccupationDraft draft = new OccupationDraft();
        copy(input.title, draft::setTitleEn, draft::setTitleSq, draft::setTitleCnr);
        copy(input.description, draft::setDescriptionEn, draft::setDescriptionSq, draft::setDescriptionCnr);
        copy(input.skills, draft::setSkillsEn, draft::setSkillsSq, draft::setSkillsCnr);
        draft.setSector(code(Sector.class, input.sector, "sector", validator));
        draft.setRiasec(input.riasec);
        draft.setEqfLevel(input.eqfLevel);
        List<DemandDraft> demand = new ArrayList<>();
        if (input.demand != null) {
            for (Demand d : input.demand) {
                if (d == null) {
                    continue;
                }
                demand.add(new DemandDraft(d.country, code(DemandLevel.class, d.level, "demand", validator), d.source));
            }
        }
        draft.setDemand(demand);
        draft.setVersion(input.version);
        return draft;
    }

    static CountryProfileDraft draft(ProfileInput input, InputValidator validator) {
        CountryProfileDraft draft = new CountryProfileDraft();
        copy(input.languages, draft::setLanguagesEn, draft::setLanguagesSq, draft::setLanguagesCnr);
        copy(input.labourMarket, draft::setLabourMarketEn, draft::setLabourMarketSq, draft::setLabourMarketCnr);
        copy(input.wages, draft::setWagesEn, draft::setWagesSq, draft::setWagesCnr);
        copy(input.costOfLiving, draft::setCostOfLivingEn, draft::setCostOfLivingSq, draft::setCostOfLivingCnr);
        copy(input.recognition, draft::setRecognitionEn, draft::setRecognitionSq, draft::setRecognitionCnr);
        copy(input.practicalSteps, draft::setPracticalStepsEn, draft::setPracticalStepsSq, draft::setPracticalStepsCnr);
        Wage wage = input.wage == null ? new Wage() : input.wage;
        draft.setWageAmount(wage.amount);
        draft.setWageCurrency(wage.currency);
        draft.setWagePeriod(code(WagePeriod.class, wage.period, "wagePeriod", validator));
        draft.setWageYear(wage.year);
        draft.setWageSource(wage.source);
        draft.setCostSource(input.costSource);
        draft.setTextSource(input.textSource);
        draft.setLinksEn(links(input.links, text -> text.en));
        draft.setLinksSq(links(input.links, text -> text.sq));
        draft.setLinksCnr(links(input.links, text -> text.cnr));
        draft.setVersion(input.version);
        return draft;
    }

    /** The links in one language as a draft writes them: "label=https://…", separated by "|". */
    private static String links(List<Link> links, Function<Text, String> language) {
        if (links == null) {
            return null;
        }
        return links.stream()
                .map(link -> link == null ? "" : labelIn(link, language) + "=" + link.url)
                .collect(Collectors.joining("|"));
    }

    /** A link's label in one language; empty where it is missing, which the draft's rules then refuse. */
    private static String labelIn(Link link, Function<Text, String> language) {
        String label = link.label == null ? null : language.apply(link.label);
        return label == null ? "" : label;
    }

    /** Hands the three languages of a text to a draft's setters; an absent text leaves all three empty. */
    private static void copy(Text text, Consumer<String> en, Consumer<String> sq, Consumer<String> cnr) {
        Text given = text == null ? new Text() : text;
        en.accept(given.en);
        sq.accept(given.sq);
        cnr.accept(given.cnr);
    }

    /** The constant named by a code (case ignored), none for an absent code; an unknown code is invalid input. */
    private static <E extends Enum<E>> E code(Class<E> type, String code, String field, InputValidator validator) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw validator.invalid(field, "guidance.code.unknown", code,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
