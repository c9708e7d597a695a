package eu.cginternational.web.view.mobilities;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.directory.InstitutionDirectory;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.mobility.MobilityDraft;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /mobilities/apply.xhtml?id=...}: starts an application (no id) or changes a draft or
 * returned one. Without a participant the application is for the person filling it in.
 */
@Named
@ViewScoped
public class ApplyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MobilityService mobilities;

    @Inject
    InstitutionDirectory directory;

    @Inject
    ActiveUser activeUser;

    private Long id;
    private MobilityDraft draft = new MobilityDraft();
    private UserAccount participant;
    private Institution host;
    private String sendingCountry;

    public void load() {
        if (id == null) {
            sendingCountry = activeUser.getCountryCode();
            return;
        }
        Mobility mobility = mobilities.get(id);
        if (!mobilities.canEdit(mobility)) {
            throw new AccessDeniedException();
        }
        draft = MobilityDraft.of(mobility);
        participant = mobility.getParticipant();
        host = mobility.getHost();
        sendingCountry = mobility.getSendingSchool().getCountry().getCode();
    }

    public List<UserAccount> completeParticipant(String text) {
        return mobilities.candidates(text, 15);
    }

    public List<Institution> completeHost(String text) {
        return directory.hosts(text, sendingCountry, 15);
    }

    /**
     * How the host field names an organisation, "Costa Azul Hoteles S.L. (Valencia, ES)"; empty while none is chosen
     * (the field is labelled with no organisation too, and showed " (, )", which then spoiled the search typed after it).
     */
    public String hostLabel(Institution institution) {
        return institution == null ? "" : institution.getName() + " (" + institution.getCity() + ", " + institution.getCountry().getCode() + ")";
    }

    @ReportsRefusals
    public void save() {
        draft.setParticipantId(participant == null ? null : participant.getId());
        draft.setHostId(host == null ? null : host.getId());
        Mobility saved = id == null ? mobilities.apply(draft) : mobilities.revise(id, draft);
        Messages.addFlashGlobalInfo(id == null ? "mobility.created" : "mobility.saved");
        Faces.redirect("mobilities/mobility.xhtml?id=%s", saved.getId().toString());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isNew() {
        return id == null;
    }

    public MobilityDraft getDraft() {
        return draft;
    }

    public UserAccount getParticipant() {
        return participant;
    }

    public void setParticipant(UserAccount participant) {
        this.participant = participant;
    }

    public Institution getHost() {
        return host;
    }

    public void setHost(Institution host) {
        this.host = host;
    }

    public MobilityType[] getTypes() {
        return MobilityType.values();
    }
}
