package eu.cginternational.service.mobility;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.domain.time.PlausibleDate;
import eu.cginternational.service.config.StrictJson;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What an applicant enters: who goes (empty for oneself; a change names nobody or the same participant, as
 * who goes does not change), which type, to which host, when, whether the participant travels green and has
 * fewer opportunities (inclusion support), and optionally the occupation the placement trains for (an ISCO-08
 * unit group of the catalogue). {@code version} is the version seen when editing; null when creating.
 */
public class MobilityDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long participantId;

    @NotNull(message = "{mobility.type.required}")
    private MobilityType type;

    @NotNull(message = "{mobility.host.required}")
    private Long hostId;

    @NotNull(message = "{mobility.start.required}")
    @PlausibleDate
    private LocalDate startDate;

    @NotNull(message = "{mobility.end.required}")
    @PlausibleDate
    private LocalDate endDate;

    @JsonbTypeDeserializer(StrictJson.YesNo.class)
    private boolean greenTravel;

    @JsonbTypeDeserializer(StrictJson.YesNo.class)
    private boolean inclusionSupport;

    private String iscoCode;

    private Long version;

    public static MobilityDraft of(Mobility mobility) {
        MobilityDraft draft = new MobilityDraft();
        draft.participantId = mobility.getParticipant().getId();
        draft.type = mobility.getType();
        draft.hostId = mobility.getHost().getId();
        draft.startDate = mobility.getStartDate();
        draft.endDate = mobility.getEndDate();
        draft.greenTravel = mobility.isGreenTravel();
        draft.inclusionSupport = mobility.isInclusionSupport();
        draft.iscoCode = mobility.getIscoCode();
        draft.version = mobility.getVersion();
        return draft;
    }

    public Long getParticipantId() {
        return participantId;
    }

    public void setParticipantId(Long participantId) {
        this.participantId = participantId;
    }

    public MobilityType getType() {
        return type;
    }

    public void setType(MobilityType type) {
        this.type = type;
    }

    public Long getHostId() {
        return hostId;
    }

    public void setHostId(Long hostId) {
        this.hostId = hostId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isGreenTravel() {
        return greenTravel;
    }

    public void setGreenTravel(boolean greenTravel) {
        this.greenTravel = greenTravel;
    }

    public boolean isInclusionSupport() {
        return inclusionSupport;
    }

    public void setInclusionSupport(boolean inclusionSupport) {
        this.inclusionSupport = inclusionSupport;
    }

    public String getIscoCode() {
        return iscoCode;
    }

    /** Blank means no occupation. */
    public void setIscoCode(String iscoCode) {
        this.iscoCode = iscoCode == null || iscoCode.isBlank() ? null : iscoCode.strip();
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
