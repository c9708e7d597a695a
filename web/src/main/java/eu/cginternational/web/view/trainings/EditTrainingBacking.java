package eu.cginternational.web.view.trainings;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.training.Training;
import eu.cginternational.domain.training.TrainingMode;
import eu.cginternational.service.directory.InstitutionDirectory;
import eu.cginternational.service.training.SessionDraft;
import eu.cginternational.service.training.TrainingCatalogue;
import eu.cginternational.service.training.TrainingDraft;
import eu.cginternational.web.view.ActiveUser;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /trainings/edit.xhtml?id=...}: the coordinator adds a training (no id) or changes one,
 * with its sessions. The window and the deadline are entered on the coordinator's clock (their country's time zone);
 * each session in its own time zone, the coordinator's unless they choose another.
 */
@Named
@ViewScoped
public class EditTrainingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The time zones of the project's countries, offered first; any other IANA zone id is kept when editing. */
    private static final List<String> PROJECT_ZONES = List.of("Europe/Tirane", "Europe/Belgrade", "Europe/Podgorica",
            "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam", "Europe/Helsinki", "Europe/Brussels", "UTC");

    @Inject
    TrainingCatalogue catalogue;

    @Inject
    InstitutionDirectory directory;

    @Inject
    ActiveUser reader;

    private Long id;
    private TrainingDraft draft;
    private Institution provider;
    private LocalDateTime opens;
    private LocalDateTime closes;
    private LocalDateTime deadline;

    public void load() {
        if (id == null) {
            draft = new TrainingDraft();
            draft.setCapacity(20);
            draft.getSessions().add(new SessionDraft());
            draft.getSessions().get(0).setTimeZone(reader.getTimeZone().getId());
        } else {
            Training training = catalogue.get(id);
            draft = TrainingDraft.of(training);
            provider = training.getProvider();
            opens = local(draft.getRegistrationOpens());
            closes = local(draft.getRegistrationCloses());
            deadline = local(draft.getCancellationDeadline());
        }
    }

    public void addSession() {
        SessionDraft session = new SessionDraft();
        List<SessionDraft> sessions = draft.getSessions();
        session.setTimeZone(sessions.isEmpty() ? reader.getTimeZone().getId() : sessions.get(sessions.size() - 1).getTimeZone());
        sessions.add(session);
    }

    public void removeSession(int index) {
        if (index >= 0 && index < draft.getSessions().size()) {
            draft.getSessions().remove(index);
        }
    }

    @ReportsRefusals
    public void save() {
        draft.setProviderId(provider == null ? null : provider.getId());
        draft.setRegistrationOpens(instant(opens));
        draft.setRegistrationCloses(instant(closes));
        draft.setCancellationDeadline(instant(deadline));
        if (draft.getMode() == TrainingMode.SELF_PACED) {
            // A self-paced training has no sessions: rows left over in the form are not meant.
            draft.getSessions().clear();
        }
        Training saved = id == null ? catalogue.create(draft) : catalogue.revise(id, draft);
        Messages.addFlashGlobalInfo("training.saved");
        Faces.redirect("trainings/training.xhtml?id=%s", saved.getId().toString());
    }

    private LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, reader.getTimeZone());
    }

    private Instant instant(LocalDateTime onTheReadersClock) {
        return onTheReadersClock == null ? null : onTheReadersClock.atZone(reader.getTimeZone()).toInstant();
    }

    public List<String> getTimeZones() {
        TreeSet<String> others = new TreeSet<>();
        draft.getSessions().stream().map(SessionDraft::getTimeZone)
                .filter(zone -> zone != null && !PROJECT_ZONES.contains(zone)).forEach(others::add);
        List<String> zones = new ArrayList<>(PROJECT_ZONES);
        zones.addAll(others);
        return zones;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TrainingDraft getDraft() {
        return draft;
    }

    /** The institutions whose name contains the text, to provide the training: there are too many to list them all. */
    public List<Institution> completeProvider(String text) {
        return directory.search(text, null, 15);
    }

    public Institution getProvider() {
        return provider;
    }

    public void setProvider(Institution provider) {
        this.provider = provider;
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public TrainingMode[] getModes() {
        return TrainingMode.values();
    }

    public LocalDateTime getOpens() {
        return opens;
    }

    public void setOpens(LocalDateTime opens) {
        this.opens = opens;
    }

    public LocalDateTime getCloses() {
        return closes;
    }

    public void setCloses(LocalDateTime closes) {
        this.closes = closes;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }
}
