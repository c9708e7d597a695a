package eu.cginternational.service.training;

import eu.cginternational.domain.text.PlainText;
import eu.cginternational.domain.time.PlausibleDate;
import eu.cginternational.domain.training.SessionPlan;
import eu.cginternational.domain.training.TrainingSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDateTime;

/** One session as entered: wall-clock start and end in its time zone, and a place, an online link or both. */
public class SessionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{training.session.start.required}")
    @PlausibleDate
    private LocalDateTime start;

    @NotNull(message = "{training.session.end.required}")
    @PlausibleDate
    private LocalDateTime end;

    @NotBlank(message = "{training.session.time_zone.required}")
    @Size(max = TrainingSession.TIME_ZONE_MAXLENGTH, message = "{training.session.time_zone.required}")
    private String timeZone;

    @Size(max = TrainingSession.PLACE_MAXLENGTH, message = "{training.session.place.too_long}")
    @PlainText
    private String place;

    @Size(max = TrainingSession.LINK_MAXLENGTH, message = "{training.session.link.too_long}")
    @PlainText
    private String onlineLink;

    public static SessionDraft of(TrainingSession session) {
        SessionDraft draft = new SessionDraft();
        draft.start = session.getStart();
        draft.end = session.getEnd();
        draft.timeZone = session.getTimeZone();
        draft.place = session.getPlace();
        draft.onlineLink = session.getOnlineLink();
        return draft;
    }

    public SessionPlan plan() {
        return new SessionPlan(start, end, timeZone, place, onlineLink);
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }
}
