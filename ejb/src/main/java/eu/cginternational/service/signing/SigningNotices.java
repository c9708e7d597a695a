package eu.cginternational.service.signing;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import eu.cginternational.service.config.Texts;
import eu.cginternational.service.notification.Notice;
import eu.cginternational.service.notification.Notifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells people about a signing step, in the app and by e-mail, in the step's transaction, each in
 * their own language: the signer whose turn it is (and, by the timer, again as a reminder), the sender of a document
 * whose signer can no longer act (by the timer, instead of the reminder; others in the place of a sender who may no
 * longer send it again) or who declined, and everyone once a document is signed by all.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SigningNotices {

    /** The page where a document is read and signed. */
    public static String signingPage(SignedDocument document) {
        return "/signing/sign.xhtml?id=" + document.getId();
    }

    @Inject
    Notifications notifications;

    @Inject
    DocumentOwners owners;

    @PersistenceContext
    EntityManager em;

    /** Tells the signer whose turn it now is that the document waits for their signature. */
    public void turnOf(SignedDocument document) {
        document.getCurrentSigner().ifPresent(signer -> notifications.send(toSign(signer, "notice.signing.turn")));
    }

    /** Reminds the signer whose turn it is. */
    public void reminder(Signer signer) {
        notifications.send(toSign(signer, "notice.signing.reminder"));
    }

    /**
     * Tells the sender that the signer whose turn it is can no longer sign nor decline (deactivated, or no longer in the
     * role they sign by), so that the document waits in vain until it is sent again with another signer. A sender who
     * may no longer send it again (their account no longer active, or no longer in the role that sends it) could do
     * nothing about it: then whoever may send it again in their place by its owner's rule is told
     * ({@link DocumentOwner#maySendAgain}: for a partnership agreement the representatives of its parties, for a
     * learning agreement the sending school's administrators); when nobody may, the coordinators, who run the platform
     * and can give a party someone to act for it (DESIGN.md: institutions and users are theirs).
     */
    public void signerCannotAct(Signer signer) {
        SignedDocument document = signer.getDocument();
        List<UserAccount> maySendAgain = owners.maySendAgain(document);
        if (maySendAgain.contains(document.getSentBy())) {
            tellCannotAct(List.of(document.getSentBy()), signer, "signer_cannot_act");
            return;
        }
        List<UserAccount> inPlace = maySendAgain.stream().filter(person -> !person.equals(signer.getAccount())).toList();
        if (inPlace.isEmpty()) {
            tellCannotAct(em.createNamedQuery("UserAccount.activeInRole", UserAccount.class)
                    .setParameter("role", Role.COORDINATOR).getResultList(), signer, "signer_cannot_act_nobody");
        } else {
            tellCannotAct(inPlace, signer, "signer_cannot_act");
        }
    }

    private void tellCannotAct(List<UserAccount> people, Signer signer, String event) {
        SignedDocument document = signer.getDocument();
        String link = signingPage(document);
        String who = signer.getAccount().getFullName();
        String party = signer.getInstitution().getName();
        for (UserAccount person : people) {
            Locale locale = person.getLanguage().locale();
            notifications.send(new Notice(person, NotificationKind.ACTION_REQUIRED,
                    Texts.format(locale, "notice.signing." + event + ".title", document.getTitle()),
                    Texts.format(locale, "notice.signing." + event + ".text", who, document.getTitle(), party),
                    Texts.format(locale, "mail.signing." + event + ".body", person.getFullName(), document.getTitle(), who,
                            party, notifications.publicLink(link)),
                    link));
        }
    }

    /** Tells the sender (and the signers who already signed) that a signer declined, with the reason. */
    public void declined(SignedDocument document, Signer by) {
        Set<UserAccount> told = new LinkedHashSet<>();
        told.add(document.getSentBy());
        document.getSigners().stream().filter(Signer::isSigned).forEach(s -> told.add(s.getAccount()));
        told.forEach(person -> {
            Locale locale = person.getLanguage().locale();
            String link = signingPage(document);
            notifications.send(new Notice(person, NotificationKind.DECISION,
                    Texts.format(locale, "notice.signing.declined.title", document.getTitle()),
                    Texts.format(locale, "notice.signing.declined.text", by.getAccount().getFullName(), by.getDeclineReason()),
                    Texts.format(locale, "mail.signing.declined.body", person.getFullName(), document.getTitle(),
                            by.getAccount().getFullName(), by.getDeclineReason(), notifications.publicLink(link)),
                    link));
        });
    }

    /** Tells the sender and every signer that the document is signed by all. */
    public void completed(SignedDocument document) {
        Set<UserAccount> told = new LinkedHashSet<>();
        told.add(document.getSentBy());
        document.getSigners().forEach(s -> told.add(s.getAccount()));
        told.forEach(person -> {
            Locale locale = person.getLanguage().locale();
            String link = signingPage(document);
            notifications.send(new Notice(person, NotificationKind.INFORMATION,
                    Texts.format(locale, "notice.signing.completed.title", document.getTitle()),
                    Texts.format(locale, "notice.signing.completed.text", document.getSha256()),
                    Texts.format(locale, "mail.signing.completed.body", person.getFullName(), document.getTitle(),
                            document.getSha256(), notifications.publicLink(link)),
                    link));
        });
    }

    private Notice toSign(Signer signer, String key) {
        UserAccount person = signer.getAccount();
        SignedDocument document = signer.getDocument();
        Locale locale = person.getLanguage().locale();
        String link = signingPage(document);
        return new Notice(person, key.endsWith("reminder") ? NotificationKind.REMINDER : NotificationKind.ACTION_REQUIRED,
                Texts.format(locale, key + ".title", document.getTitle()),
                Texts.format(locale, key + ".text", document.getSentBy().getFullName(), document.getTitle()),
                Texts.format(locale, "mail." + key.substring("notice.".length()) + ".body", person.getFullName(),
                        document.getTitle(), document.getSentBy().getFullName(), notifications.publicLink(link)),
                link);
    }
}
