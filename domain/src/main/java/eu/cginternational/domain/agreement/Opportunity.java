package eu.cginternational.domain.agreement;

import eu.cginternational.domain.BaseEntity;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.AgreementRuleException.Rule;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.domain.text.LanguageCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A placement a company offers under an agreement in force: an occupation (ISCO-08 unit group and
 * title), where (country and city), when, how many seats, in which language of work, and what it
 * is. Only a company that is a party to the agreement publishes it, and only while the agreement
 * is in force; the placement lies within the agreement's period and begins after the day it is
 * published.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int CITY_MAXLENGTH = 100;
    public static final int DESCRIPTION_MAXLENGTH = 4000;
    public static final int MAX_SEATS = 100;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id", nullable = false, updatable = false)
    private Institution host;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "published_by_id", nullable = false, updatable = false)
    private UserAccount publishedBy;

    @Column(name = "isco_code", length = 4, nullable = false)
    private String iscoCode;

    @Column(name = "occupation_title", length = PlacementCommitment.TITLE_MAXLENGTH, nullable = false)
    private String occupationTitle;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_code", nullable = false)
    private Country country;

    @Column(name = "city", length = CITY_MAXLENGTH, nullable = false)
    private String city;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "seats", nullable = false)
    private int seats;

    @Column(name = "seats_taken", nullable = false)
    private int seatsTaken;

    @Column(name = "work_language", length = 3, nullable = false)
    private String workLanguage;

    @Column(name = "description_text", length = DESCRIPTION_MAXLENGTH, nullable = false)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(length = 10, nullable = false)
    private OpportunityStatus status = OpportunityStatus.OPEN;

    protected Opportunity() {
        // for JPA
    }

    /** Publishes a placement of the publisher's company under an agreement in force on the day. */
    public Opportunity(Agreement agreement, UserAccount publisher, String iscoCode, String occupationTitle, Country country,
            String city, LocalDate startDate, LocalDate endDate, int seats, String workLanguage, String description,
            LocalDate today) {
        this.agreement = Objects.requireNonNull(agreement);
        this.publishedBy = Objects.requireNonNull(publisher);
        this.host = publisher.getInstitution();
        if (host.getType() != InstitutionType.COMPANY || !agreement.isParty(host)) {
            throw new AgreementRuleException(Rule.NOT_A_PARTY);
        }
        if (!agreement.isInForce(today)) {
            throw new AgreementRuleException(Rule.NOT_IN_FORCE);
        }
        // The mobility an accepted application becomes goes to the company: its destination, the student's being
        // abroad and the grant follow the company's country, so the placement is there too.
        if (!host.getCountry().equals(country)) {
            throw new AgreementRuleException(Rule.PLACEMENT_NOT_IN_HOSTS_COUNTRY, host.getName(), host.getCountry());
        }
        if (!Isco.isUnitGroup(iscoCode) || seats < 1 || seats > MAX_SEATS || !LanguageCode.isKnown(workLanguage)) {
            throw new IllegalArgumentException(
                    "An ISCO-08 unit group, 1 to " + MAX_SEATS + " seats and a known language code are required");
        }
        if (endDate.isBefore(startDate)) {
            throw new AgreementRuleException(Rule.END_BEFORE_START);
        }
        if (learnerType(startDate, endDate) == null) {
            throw new AgreementRuleException(Rule.PLACEMENT_DURATION, MobilityType.days(startDate, endDate),
                    MobilityType.LEARNER_SHORT_TERM.getMinDays(), MobilityType.LEARNER_ERASMUS_PRO.getMaxDays());
        }
        if (begun(startDate, today)) {
            throw new AgreementRuleException(Rule.PLACEMENT_STARTS_TOO_SOON);
        }
        if (outlasts(endDate, agreement)) {
            throw new AgreementRuleException(Rule.OPPORTUNITY_OUTSIDE_AGREEMENT, agreement.getEndsOn());
        }
        this.iscoCode = iscoCode;
        this.occupationTitle = Objects.requireNonNull(occupationTitle).strip();
        this.country = Objects.requireNonNull(country);
        this.city = Objects.requireNonNull(city).strip();
        this.startDate = startDate;
        this.endDate = endDate;
        this.seats = seats;
        this.workLanguage = workLanguage;
        this.description = Objects.requireNonNull(description).strip();
    }

    /** Whether a placement ending on the day would end after its agreement: refused when published. */
    private static boolean outlasts(LocalDate endDate, Agreement agreement) {
        return endDate.isAfter(agreement.getEndsOn());
    }

    /** Whether the placement now ends after its agreement, which an amendment signed since ended sooner. */
    public boolean outlastsItsAgreement() {
        return outlasts(endDate, agreement);
    }

    /** The learner mobility type a placement of these dates is, or null when none fits. */
    public static MobilityType learnerType(LocalDate start, LocalDate end) {
        for (MobilityType type : MobilityType.values()) {
            if (type.isForLearners() && type.allows(start, end)) {
                return type;
            }
        }
        return null;
    }

    /** The learner mobility type of this placement. */
    public MobilityType getMobilityType() {
        return learnerType(startDate, endDate);
    }

    /** Whether a student can apply on the day: open, seats left, not begun, agreement still in force. */
    public boolean isOpenOn(LocalDate today) {
        return status == OpportunityStatus.OPEN && seatsTaken < seats && !begun(startDate, today)
                && agreement.isInForce(today);
    }

    /**
     * Whether a placement starting on that date has begun on the day. Students apply and their
     * schools accept before it begins; a placement is therefore published to start after the day,
     * as one starting that very day could take nobody.
     */
    private static boolean begun(LocalDate startDate, LocalDate today) {
        return !today.isBefore(startDate);
    }

    /**
     * Takes one seat for an accepted application: refused when the placement was closed (by its
     * company, or with its agreement) or its agreement is not in force on the day, when it has begun
     * (a mobility cannot start in the past), and when no seat is left.
     */
    void takeSeat(LocalDate today) {
        if (status != OpportunityStatus.OPEN || !agreement.isInForce(today)) {
            throw new AgreementRuleException(Rule.PLACEMENT_CLOSED);
        }
        if (begun(startDate, today)) {
            throw new AgreementRuleException(Rule.PLACEMENT_BEGUN, startDate);
        }
        if (seatsTaken >= seats) {
            throw new AgreementRuleException(Rule.OPPORTUNITY_FULL);
        }
        seatsTaken++;
    }

    /**
     * Closes the placement: nobody applies any more, and no application waiting for its school can
     * be accepted (the service declines those, see {@link OpportunityApplication#placementClosed}).
     */
    public void close() {
        status = OpportunityStatus.CLOSED;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public Institution getHost() {
        return host;
    }

    public UserAccount getPublishedBy() {
        return publishedBy;
    }

    public String getIscoCode() {
        return iscoCode;
    }

    public String getOccupationTitle() {
        return occupationTitle;
    }

    public Country getCountry() {
        return country;
    }

    public String getCity() {
        return city;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getSeats() {
        return seats;
    }

    public int getSeatsTaken() {
        return seatsTaken;
    }

    public int getSeatsLeft() {
        return seats - seatsTaken;
    }

    public String getWorkLanguage() {
        return workLanguage;
    }

    public String getDescription() {
        return description;
    }

    public OpportunityStatus getStatus() {
        return status;
    }
}
