package eu.cginternational.web.view.coordinator;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.service.directory.InstitutionDirectory;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.admin.UserDraft;
import eu.cginternational.service.privacy.Anonymisation;
import eu.cginternational.web.view.ReportsRefusals;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * {@code /coordinator/user.xhtml?id=...}: creates an account (no id; its owner gets an e-mail to
 * choose a password) or edits, deactivates, activates and unlocks one, sends a new link to choose a password to someone
 * who has not signed in yet, and anonymises a deactivated one on request.
 */
@Named
@ViewScoped
public class UserBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    @Inject
    InstitutionDirectory directory;

    @Inject
    Anonymisation anonymisation;

    private Long id;
    private UserDraft draft = new UserDraft();
    private Institution institution;
    private boolean active = true;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    /** The address as loaded, to tell the coordinator what a change of it did. */
    private String email;
    private boolean awaitingFirstSignIn;
    private Instant anonymisedAt;
    private boolean anonymisationConfirmed;

    public void load() {
        if (id != null) {
            UserAccount account = users.get(id);
            draft = UserDraft.of(account);
            institution = account.getInstitution();
            active = account.isActive();
            lockedUntil = account.isLockedAt(Instant.now()) ? account.getLockedUntil() : null;
            lastLoginAt = account.getLastLoginAt();
            email = account.getEmail();
            awaitingFirstSignIn = account.isAwaitingFirstSignIn();
            anonymisedAt = account.getAnonymisedAt();
        }
    }

    /** Suggestions for the institution field, read from the database as the coordinator types. */
    public List<Institution> completeInstitution(String text) {
        return directory.search(text, null, 15);
    }

    @ReportsRefusals
    public void save() {
        draft.setInstitutionId(institution == null ? null : institution.getId());
        if (id == null) {
            id = users.create(draft).getId();
            Messages.addFlashGlobalInfo("user.created");
        } else {
            UserAccount account = users.update(id, draft);
            if (account.getEmail().equals(email)) {
                Messages.addFlashGlobalInfo("user.saved");
            } else if (account.isAwaitingFirstSignIn()) {
                Messages.addFlashGlobalInfo("user.saved_readdressed_welcome", account.getEmail());
            } else {
                Messages.addFlashGlobalInfo("user.saved_readdressed");
            }
        }
        reopen();
    }

    /** For someone who has not signed in yet and lost the first e-mail, or let its link expire. */
    @ReportsRefusals
    public void sendWelcomeAgain() {
        UserAccount account = users.sendWelcomeAgain(id, draft.getVersion());
        Messages.addFlashGlobalInfo("user.welcome_sent", account.getEmail());
        reopen();
    }

    @ReportsRefusals
    public void deactivate() {
        users.deactivate(id, draft.getVersion());
        Messages.addFlashGlobalInfo("user.deactivated");
        reopen();
    }

    @ReportsRefusals
    public void activate() {
        users.activate(id, draft.getVersion());
        Messages.addFlashGlobalInfo("user.activated");
        reopen();
    }

    @ReportsRefusals
    public void unlock() {
        users.unlock(id, draft.getVersion());
        Messages.addFlashGlobalInfo("user.unlocked");
        reopen();
    }

    /** Irreversible, so the coordinator ticks that the person asked for it before the service is called. */
    @ReportsRefusals
    public void anonymise() {
        if (!anonymisationConfirmed) {
            Messages.addGlobalError("user.anonymise_unconfirmed");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        UserAccount account = anonymisation.anonymise(id, draft.getVersion());
        Messages.addFlashGlobalInfo("user.anonymised", account.getUsername());
        reopen();
    }

    private void reopen() {
        Faces.redirect("coordinator/user.xhtml?id=%s", id.toString());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserDraft getDraft() {
        return draft;
    }

    public Institution getInstitution() {
        return institution;
    }

    public void setInstitution(Institution institution) {
        this.institution = institution;
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    /** Whether the person still needs a link to choose a first password ({@link UserAccount#isAwaitingFirstSignIn}). */
    public boolean isWelcomePending() {
        return awaitingFirstSignIn;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymisationConfirmed() {
        return anonymisationConfirmed;
    }

    public void setAnonymisationConfirmed(boolean anonymisationConfirmed) {
        this.anonymisationConfirmed = anonymisationConfirmed;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }
}
