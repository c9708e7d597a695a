package eu.cginternational.domain.grant;

import eu.cginternational.domain.institution.CountryGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** The individual support per day for one kind of participant going to one country group. */
@Embeddable
public class DailyRate implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "participant_kind", length = 10, nullable = false)
    private ParticipantKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_group", length = 16, nullable = false)
    private CountryGroup group;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    private BigDecimal amount;

    protected DailyRate() {
        // for JPA
    }

    public DailyRate(ParticipantKind kind, CountryGroup group, BigDecimal amount) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.group = Objects.requireNonNull(group, "group");
        this.amount = Money.nonNegative(amount, kind + "/" + group);
    }

    public boolean isFor(ParticipantKind someKind, CountryGroup someGroup) {
        return kind == someKind && group == someGroup;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public CountryGroup getGroup() {
        return group;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DailyRate that && kind == that.kind && group == that.group
                && amount.compareTo(that.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, group, amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return kind + "/" + group + " " + amount;
    }
}
