package eu.cginternational.domain.training;

import eu.cginternational.domain.time.WallClock;
import eu.cginternational.domain.training.TrainingRuleException.Rule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

/**
 * One meeting of a training. Start and end are wall-clock times in the session's own time zone, so
 * that "9:00 in Podgorica" stays 9:00 there whatever the offset is that day; the instant is derived.
 * The end comes after the start; an online link is http or https; a session has a place, a link or both.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession {

    public static final int PLACE_MAXLENGTH = 300;
    public static final int LINK_MAXLENGTH = 500;
    public static final int TIME_ZONE_MAXLENGTH = 60;

    /** The areas of the time zone database's regions (Europe/Podgorica); the others hold aliases and fixed offsets. */
    private static final Set<String> REGION_AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
            "Australia", "Europe", "Indian", "Pacific");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "training_id", nullable = false, updatable = false)
    private Training training;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime start;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime end;

    @Column(name = "time_zone", length = TIME_ZONE_MAXLENGTH, nullable = false)
    private String timeZone;

    @Column(length = PLACE_MAXLENGTH)
    private String place;

    @Column(name = "online_link", length = LINK_MAXLENGTH)
    private String onlineLink;

    protected TrainingSession() {
        // for JPA
    }

    TrainingSession(Training training, SessionPlan plan) {
        this.training = training;
        if (plan.start() == null || plan.end() == null || !plan.end().isAfter(plan.start())) {
            throw new TrainingRuleException(Rule.SESSION_END_BEFORE_START);
        }
        ZoneId zone = zone(plan.timeZone());
        requireOnTheClock(zone, plan.start());
        requireOnTheClock(zone, plan.end());
        this.start = plan.start();
        this.end = plan.end();
        this.timeZone = zone.getId();
        this.place = blankToNull(plan.place());
        this.onlineLink = link(blankToNull(plan.onlineLink()));
        if (place == null && onlineLink == null) {
            throw new TrainingRuleException(Rule.SESSION_PLACE_MISSING);
        }
    }

    /**
     * A region of the time zone database, such as Europe/Tirane: its clocks change with summer time as the session's
     * participants' do, and calendar programs know it by name. A fixed offset (+02:00, UTC+1) is neither, nor are the
     * database's old aliases (SystemV/EST5, Etc/GMT+3, US/Eastern), which calendar files cannot name.
     */
    private static ZoneId zone(String id) {
        try {
            ZoneId zone = ZoneId.of(id == null ? "" : id.trim());
            if (ZoneId.getAvailableZoneIds().contains(zone.getId()) && isRegion(zone.getId())) {
                return zone;
            }
        } catch (DateTimeException e) {
            // reported below like any other id that is not a region
        }
        throw new TrainingRuleException(Rule.SESSION_TIME_ZONE_UNKNOWN, String.valueOf(id));
    }

    private static boolean isRegion(String id) {
        return id.equals("UTC") || REGION_AREAS.contains(id.substring(0, Math.max(id.indexOf('/'), 0)));
    }

    /** A session at a time its clocks skip would silently move an hour: the coordinator chooses another time. */
    private static void requireOnTheClock(ZoneId zone, LocalDateTime time) {
        if (!WallClock.shows(zone, time)) {
            throw new TrainingRuleException(Rule.SESSION_TIME_SKIPPED, time, zone.getId());
        }
    }

    private static String link(String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return link;
            }
        } catch (URISyntaxException e) {
            // reported below like any other link that is not a web address
        }
        throw new TrainingRuleException(Rule.SESSION_LINK_NOT_HTTP, link);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The moment the session starts, anywhere in the world. */
    public Instant getStartInstant() {
        return start.atZone(ZoneId.of(timeZone)).toInstant();
    }

    public Instant getEndInstant() {
        return end.atZone(ZoneId.of(timeZone)).toInstant();
    }

    public Long getId() {
        return id;
    }

    public Training getTraining() {
        return training;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    /** The plan as a session would keep it: the zone by its id, blanks as nothing, text trimmed. */
    static SessionPlan normalised(SessionPlan plan) {
        String zone = plan.timeZone() == null ? null : plan.timeZone().trim();
        return new SessionPlan(plan.start(), plan.end(), zone, blankToNull(plan.place()), blankToNull(plan.onlineLink()));
    }

    public SessionPlan toPlan() {
        return new SessionPlan(start, end, timeZone, place, onlineLink);
    }

    /**
     * The same session, also when read in another persistence context: a page of the attendance sheet reads its
     * sessions and its seats' marks in separate calls. A session not stored yet is only itself.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof TrainingSession that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id == null ? System.identityHashCode(this) : id.hashCode();
    }
}
