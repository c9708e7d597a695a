package eu.cginternational.domain.guidance;

import eu.cginternational.domain.account.Language;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a VET graduate needs to know about working in one country: languages, the labour market,
 * wages, cost of living, recognition of qualifications, practical steps and official links, each
 * text in the three languages. A wage figure is only kept with its year and the code of its
 * source; a country without a statutory minimum wage has no figure, only the explanation.
 */
@Entity
@Table(name = "country_profile")
@NamedQuery(name = "CountryProfile.all", query = "SELECT p FROM CountryProfile p ORDER BY p.countryCode")
public class CountryProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int SECTION_MAX = 2000;
    public static final int LINKS_MAX = 2000;
    /** Digits of a wage amount before and after the decimal point, as its column holds them. */
    public static final int WAGE_INTEGER_DIGITS = 10;
    public static final int WAGE_FRACTION_DIGITS = 2;
    /** One official link: a label, "=", an https address; links are separated by "|". */
    public static final Pattern LINK = Pattern.compile("([^=|<>]{2,120})=(https://[^\\s|<>\"]{4,400})");

    @Id
    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Version
    @Column(nullable = false)
    private Long version;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "languages_en", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "languages_sq", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "languages_cnr", length = SECTION_MAX, nullable = false))})
    private LocalizedText languages;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "labour_market_en", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "labour_market_sq", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "labour_market_cnr", length = SECTION_MAX, nullable = false))})
    private LocalizedText labourMarket;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "wages_en", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "wages_sq", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "wages_cnr", length = SECTION_MAX, nullable = false))})
    private LocalizedText wages;

    @Column(name = "wage_amount", precision = WAGE_INTEGER_DIGITS + WAGE_FRACTION_DIGITS, scale = WAGE_FRACTION_DIGITS)
    private BigDecimal wageAmount;

    @Column(name = "wage_currency", length = 3)
    private String wageCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "wage_period", length = 8)
    private WagePeriod wagePeriod;

    @Column(name = "wage_year")
    private Integer wageYear;

    @Column(name = "wage_source", length = 40, nullable = false)
    private String wageSource;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "cost_of_living_en", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "cost_of_living_sq", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "cost_of_living_cnr", length = SECTION_MAX, nullable = false))})
    private LocalizedText costOfLiving;

    @Column(name = "cost_source", length = 40, nullable = false)
    private String costSource;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "recognition_en", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "recognition_sq", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "recognition_cnr", length = SECTION_MAX, nullable = false))})
    private LocalizedText recognition;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "practical_steps_en", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "practical_steps_sq", length = SECTION_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "practical_steps_cnr", length = SECTION_MAX, nullable = false))})
    private LocalizedText practicalSteps;

    /** The same addresses in the same order in each language; only their labels are translated. */
    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "en", column = @Column(name = "links_en", length = LINKS_MAX, nullable = false)),
        @AttributeOverride(name = "sq", column = @Column(name = "links_sq", length = LINKS_MAX, nullable = false)),
        @AttributeOverride(name = "cnr", column = @Column(name = "links_cnr", length = LINKS_MAX, nullable = false))})
    private LocalizedText links;

    @Column(name = "text_source", length = 40, nullable = false)
    private String textSource;

    protected CountryProfile() {
        // for JPA
    }

    /** A wage figure with its year and source, or only a source that explains why there is none. */
    public record Wage(BigDecimal amount, String currency, WagePeriod period, Integer year, String source) {

        public Wage {
            if (source == null || source.isBlank()) {
                throw new IllegalArgumentException("A wage needs its source");
            }
            boolean figure = amount != null;
            if (figure && (currency == null || !currency.matches("[A-Z]{3}") || period == null || year == null
                    || amount.signum() <= 0)) {
                throw new IllegalArgumentException("A wage figure needs a positive amount, its currency, period and year");
            }
            if (!figure && (currency != null || period != null || year != null)) {
                throw new IllegalArgumentException("A currency, period or year without an amount");
            }
        }
    }

    /** One official link of a profile. */
    public record Link(String label, String url) implements Serializable {
    }

    /** The content a coordinator may change. */
    public record Content(LocalizedText languages, LocalizedText labourMarket, LocalizedText wages, Wage wage,
                          LocalizedText costOfLiving, String costSource, LocalizedText recognition,
                          LocalizedText practicalSteps, LocalizedText links, String textSource) {
    }

    public CountryProfile(String countryCode, Content content) {
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("A country code is two capital letters: " + countryCode);
        }
        this.countryCode = countryCode;
        revise(content);
    }

    public void revise(Content content) {
        Objects.requireNonNull(content, "content");
        parseLinks(Objects.requireNonNull(content.links(), "links"));
        this.languages = Objects.requireNonNull(content.languages(), "languages");
        this.labourMarket = Objects.requireNonNull(content.labourMarket(), "labourMarket");
        this.wages = Objects.requireNonNull(content.wages(), "wages");
        Wage wage = Objects.requireNonNull(content.wage(), "wage");
        this.wageAmount = wage.amount();
        this.wageCurrency = wage.currency();
        this.wagePeriod = wage.period();
        this.wageYear = wage.year();
        this.wageSource = wage.source();
        this.costOfLiving = Objects.requireNonNull(content.costOfLiving(), "costOfLiving");
        this.costSource = required(content.costSource(), "costSource");
        this.recognition = Objects.requireNonNull(content.recognition(), "recognition");
        this.practicalSteps = Objects.requireNonNull(content.practicalSteps(), "practicalSteps");
        this.links = content.links();
        this.textSource = required(content.textSource(), "textSource");
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    /** The links of a text "label=https://…|label=https://…"; refuses anything else. */
    public static List<Link> parseLinks(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A profile has at least one official link");
        }
        return Arrays.stream(text.strip().split("\\|")).map(String::strip).map(entry -> {
            Matcher matcher = LINK.matcher(entry);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("Not a link \"label=https://…\": " + entry);
            }
            return new Link(matcher.group(1).strip(), matcher.group(2));
        }).toList();
    }

    /**
     * The links in the three languages, checked: each a list of links, and all three naming the same
     * addresses in the same order, so that a reader finds the same official pages in any language.
     */
    public static List<Link> parseLinks(LocalizedText links) {
        List<Link> english = parseLinks(links.getEn());
        for (String translation : List.of(links.getSq(), links.getCnr())) {
            if (!addresses(parseLinks(translation)).equals(addresses(english))) {
                throw new IllegalArgumentException("The links of each language name the same addresses in the same order");
            }
        }
        return english;
    }

    private static List<String> addresses(List<Link> links) {
        return links.stream().map(Link::url).toList();
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public String getCountryCode() {
        return countryCode;
    }

    public Long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public LocalizedText getLanguages() {
        return languages;
    }

    public LocalizedText getLabourMarket() {
        return labourMarket;
    }

    public LocalizedText getWages() {
        return wages;
    }

    public Wage getWage() {
        return new Wage(wageAmount, wageCurrency, wagePeriod, wageYear, wageSource);
    }

    public LocalizedText getCostOfLiving() {
        return costOfLiving;
    }

    public String getCostSource() {
        return costSource;
    }

    public LocalizedText getRecognition() {
        return recognition;
    }

    public LocalizedText getPracticalSteps() {
        return practicalSteps;
    }

    public LocalizedText getLinks() {
        return links;
    }

    /** The official links with their labels in the language (English if it is not one of the three). */
    public List<Link> linksIn(Language language) {
        return parseLinks(links.in(language));
    }

    public String getTextSource() {
        return textSource;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CountryProfile that && countryCode != null && countryCode.equals(that.countryCode);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(countryCode);
    }
}
