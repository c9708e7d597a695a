package eu.cginternational.service.agreement;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementEvent;
import eu.cginternational.domain.agreement.AgreementStatus;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.ApplicationStatus;
import eu.cginternational.domain.agreement.NamedSigner;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.domain.signing.SignedDocument;
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
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Tells the people of an agreement about its steps, in the app and by e-mail through the outbox,
 * in the step's transaction and each in their own language: the parties' representatives when a party
 * terminated it, or when it is about to end ({@link #representativesOf}); the signers of a version under
 * signature when it was withdrawn, by its sender or because the agreement ended. On the opportunities board: the administrators of a student's school
 * when the student applies, the student when the school decided, or when the placement closed while
 * the application waited.
 */
@Stateless
@PermitAll
public class AgreementNotices {

    /** Where a student follows their applications and their school's administrators decide them. */
    static final String APPLICATIONS_PAGE = "/opportunities/applications.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    /**
     * After a step of people: the representatives of the parties to the version in force learn that a party
     * terminated it.
     * The signing steps are told by the signing engine itself (whose turn it is, a decline, the
     * last signature).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stepTaken(Agreement agreement, AgreementAction action) {
        if (action == AgreementAction.TERMINATE) {
            String comment = lastComment(agreement);
            tell(representativesOf(agreement.getInForce().orElse(agreement.getCurrent())), NotificationKind.INFORMATION,
                    "terminated", agreement, locale -> comment, null);
        }
    }

    /**
     * Tells the signers of a version withdrawn from signature (its document, now superseded) that nobody
     * will sign it. An amendment withdrawn because the agreement ended (terminated or expired): whoever
     * had signed it or was still to sign learns nobody will; on a termination, the representatives of the
     * parties to the version in force are told of the termination instead, which ends the amendment too: one notice
     * each, not two about the same step. A version its sender withdrew, to send it anew: the signers
     * it had reached, who signed it or were asked to, other than whoever withdrew it, with the comment of the
     * withdrawal when one was given; those still to be asked were never told of it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void withdrawnFromSignature(Agreement agreement, AgreementVersion version, SignedDocument document) {
        String number = String.valueOf(version.getNumber());
        if (version.getWithdrawnAt() != null) {
            Set<UserAccount> reached = document.getReached();
            AgreementEvent withdrawal = lastEvent(agreement);
            reached.remove(withdrawal.getActor());
            tell(reached, NotificationKind.INFORMATION, "withdrawn", agreement, locale -> number, withdrawal.getComment());
            return;
        }
        Set<UserAccount> people = signersOf(version);
        if (agreement.getStatus() == AgreementStatus.TERMINATED) {
            agreement.getInForce().map(this::representativesOf).ifPresent(people::removeAll);
        }
        tell(people, NotificationKind.INFORMATION, "amendment_withdrawn", agreement, locale -> number, null);
    }

    /**
     * Warns the representatives of the parties to the version in force that the agreement ends soon; returns how many
     * were told, none when no party has anyone left to speak for it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int endsSoon(Agreement agreement) {
        Set<UserAccount> people = representativesOf(agreement.getInForce().orElseThrow());
        tell(people, NotificationKind.REMINDER, "ends_soon", agreement, locale -> Texts.date(locale, agreement.getEndsOn()),
                null);
        return people.size();
    }

    /**
     * The reason written on an application the platform declines because its placement closed, in the
     * student's language: it stays on the application as a school's reason would.
     */
    public String placementClosedReason(OpportunityApplication application) {
        return Texts.format(application.getStudent().getLanguage().locale(), "application.placement_closed.reason",
                application.getOpportunity().getOccupationTitle(), application.getOpportunity().getCity());
    }

    /**
     * Tells the student that the application was declined because its placement closed before the school decided;
     * the school's administrators no longer have it to decide ({@link #settleIfNoneWaits}).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void placementClosed(OpportunityApplication application) {
        UserAccount student = application.getStudent();
        Locale locale = student.getLanguage().locale();
        String placement = placement(application);
        notifications.send(new Notice(student, NotificationKind.INFORMATION,
                Texts.format(locale, "notice.application.placement_closed.title"),
                Texts.format(locale, "notice.application.placement_closed.text", placement),
                Texts.format(locale, "mail.application.placement_closed.body", student.getFullName(), placement,
                        notifications.publicLink(APPLICATIONS_PAGE)),
                APPLICATIONS_PAGE));
        settleIfNoneWaits(student.getInstitution());
    }

    /**
     * Tells the administrators of the student's school that an application waits for their decision: each one in the
     * app, and by e-mail only when it arrives to find none other waiting there, as for requests for an account. A
     * student may apply to many placements in a row; an e-mail for each would bury the one that matters.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void applied(OpportunityApplication application) {
        Institution school = application.getStudent().getInstitution();
        boolean firstWaiting = OpportunityBoard.waitingAt(em, school) == 1;
        String placement = placement(application);
        for (UserAccount admin : administratorsOf(school)) {
            Locale locale = admin.getLanguage().locale();
            Notice notice = new Notice(admin, NotificationKind.ACTION_REQUIRED,
                    Texts.format(locale, "notice.application.to_decide.title"),
                    Texts.format(locale, "notice.application.to_decide.text", application.getStudent().getFullName(),
                            placement),
                    Texts.format(locale, "mail.application.to_decide.body", admin.getFullName(),
                            application.getStudent().getFullName(), placement, notifications.publicLink(APPLICATIONS_PAGE)),
                    APPLICATIONS_PAGE);
            if (firstWaiting) {
                notifications.send(notice);
            } else {
                notifications.notify(notice);
            }
        }
    }

    /**
     * Tells the student what their school decided: accepted (a mobility draft was made from it), or declined with the
     * school's reason. Once nothing waits at the school, its administrators' notices of applications are settled.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void decided(OpportunityApplication application) {
        UserAccount student = application.getStudent();
        Locale locale = student.getLanguage().locale();
        String outcome = application.getStatus() == ApplicationStatus.ACCEPTED ? "accepted" : "declined";
        String placement = placement(application);
        String reason = application.getDeclineReason() == null ? "" : application.getDeclineReason();
        notifications.send(new Notice(student, NotificationKind.DECISION,
                Texts.format(locale, "notice.application." + outcome + ".title"),
                Texts.format(locale, "notice.application." + outcome + ".text", placement, reason),
                Texts.format(locale, "mail.application." + outcome + ".body", student.getFullName(), placement, reason,
                        notifications.publicLink(APPLICATIONS_PAGE)),
                APPLICATIONS_PAGE));
        settleIfNoneWaits(student.getInstitution());
    }

    /**
     * Once no application waits at the school, its administrators' notices of applications count as read: the bell
     * shows what still asks for them, not what a colleague decided or the platform declined.
     */
    private void settleIfNoneWaits(Institution school) {
        if (OpportunityBoard.waitingAt(em, school) == 0) {
            notifications.settle(administratorsOf(school), APPLICATIONS_PAGE);
        }
    }

    private List<UserAccount> administratorsOf(Institution school) {
        return em.createNamedQuery("UserAccount.activeInRoleAt", UserAccount.class)
                .setParameter("role", Role.SCHOOL_ADMIN)
                .setParameter("institution", school)
                .getResultList();
    }

    private static String placement(OpportunityApplication application) {
        return application.getOpportunity().getOccupationTitle() + ", " + application.getOpportunity().getCity();
    }

    /**
     * Who speaks for each party of the version: its named signers who still may sign for it; for a party that has
     * none left (a school's director replaced, their account deactivated, since the version was signed), whoever may
     * sign for it now, so that an agreement of years does not end unannounced at that party.
     */
    private Set<UserAccount> representativesOf(AgreementVersion version) {
        Set<UserAccount> people = new LinkedHashSet<>();
        for (Institution party : version.getParties()) {
            List<UserAccount> named = version.getSigners().stream()
                    .filter(signer -> signer.getInstitution().equals(party))
                    .map(NamedSigner::getAccount)
                    .filter(account -> AgreementAccess.maySignFor(account, party))
                    .toList();
            people.addAll(named.isEmpty() ? AgreementAccess.whoMaySignFor(em, List.of(party)) : named);
        }
        return people;
    }

    private static Set<UserAccount> signersOf(AgreementVersion version) {
        Set<UserAccount> people = new LinkedHashSet<>();
        version.getSigners().stream().map(NamedSigner::getAccount).forEach(people::add);
        return people;
    }

    private static String lastComment(Agreement agreement) {
        return agreement.getEvents().isEmpty() ? null : lastEvent(agreement).getComment();
    }

    private static AgreementEvent lastEvent(Agreement agreement) {
        List<AgreementEvent> events = agreement.getEvents();
        return events.get(events.size() - 1);
    }

    /**
     * The detail is written for each reader, as a date is in their language. A comment, when someone gave one, is their
     * word on the step, quoted as they wrote it by the texts of the step that quote it (keys ending in
     * {@code _comment}, as for a learning agreement's withdrawal), after the other arguments.
     */
    private void tell(Collection<UserAccount> people, NotificationKind kind, String event, Agreement agreement,
            Function<Locale, String> detail, String comment) {
        String link = "/agreements/agreement.xhtml?id=" + agreement.getId();
        String withComment = comment == null ? "" : "_comment";
        for (UserAccount person : people) {
            Locale locale = person.getLanguage().locale();
            String detailText = Objects.requireNonNullElse(detail.apply(locale), "");
            notifications.send(new Notice(person, kind,
                    Texts.format(locale, "notice.agreement." + event + ".title"),
                    Texts.format(locale, "notice.agreement." + event + ".text" + withComment, agreement.getTitle(),
                            detailText, comment),
                    Texts.format(locale, "mail.agreement." + event + ".body" + withComment, person.getFullName(),
                            agreement.getTitle(), detailText, notifications.publicLink(link), comment),
                    link));
        }
    }
}
