package eu.cginternational.domain.training;

import java.time.LocalDateTime;

/**
 * What a session of a training should be: start and end as wall-clock times in the session's own
 * time zone (an IANA id such as {@code Europe/Podgorica}), and where it happens: a place, an online
 * link (http or https), or both for a blended session.
 */
public record SessionPlan(LocalDateTime start, LocalDateTime end, String timeZone, String place, String onlineLink) {
}
