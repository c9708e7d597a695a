package eu.cginternational.service.mobility;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityStep;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tells people about a step, in the app and by e-mail, in the step's transaction: the deciders of
 * the next step that something waits for them, the participant what was decided (and whoever submitted the
 * application for them), the school's administrators that a report is in, the participant that their mobility is
 * completed. A withdrawal is
 * told to the participant (unless they withdrew it themselves) and to the deciders who were waiting
 * for it, so that nobody looks for an application that is gone. The signers a learning agreement under signature
 * had reached learn that the sending school withdrew it. Each in their own
 * language. Each notice is written here once and sent through both channels by {@link Notifications}, which tells
 * active accounts only.
 */
@Stateless
@PermitAll
public class MobilityNotices {

    private static final Set<MobilityAction> DECISIONS = EnumSet.of(MobilityAction.APPROVE, MobilityAction.RETURN,
            MobilityAction.REJECT, MobilityAction.WITHDRAW, MobilityAction.CANCEL);

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stepTaken(Mobility mobility, MobilityAction action) {
        settleTheWaitingStep(mobility);
        noticesOf(mobility, action).forEach(notifications::send);
    }

    /** The notices of a step in the app only, without e-mails: for demo data, whose addresses reach nobody. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void stepShownInApp(Mobility mobility, MobilityAction action) {
        settleTheWaitingStep(mobility);
        noticesOf(mobility, action).forEach(notifications::notify);
    }

    /**
     * Once one administrator has decided (or the application is withdrawn), or completed a mobility in progress (or
     * cancelled it), the step no longer waits for their colleagues: the bell counts what still asks for them, so the
     * notices that asked them to act (to decide, to complete once the report is in) are read. Before the new notices
     * are written, which the same link would otherwise mark read too.
     */
    private void settleTheWaitingStep(Mobility mobility) {
        Role role = decidersOf(lastStep(mobility).getBefore());
        if (role != null) {
            notifications.settle(admins(mobility, role), link(mobility));
        }
    }

    private static MobilityStep lastStep(Mobility mobility) {
        return mobility.getHistory().get(mobility.getHistory().size() - 1);
    }

    /**
     * Who acts on a mobility waiting in the status: the school's administrators decide a submitted application, then
     * the country's ministry; the school's administrators complete a mobility in progress.
     */
    private static Role decidersOf(MobilityStatus waiting) {
        return switch (waiting) {
            case SUBMITTED, IN_PROGRESS -> Role.SCHOOL_ADMIN;
            case SCHOOL_APPROVED -> Role.MINISTRY_ADMIN;
            default -> null;
        };
    }

    /** Reminds the participant that their report is due, now that the mobility has ended. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reportDue(Mobility mobility) {
        UserAccount person = mobility.getParticipant();
        Locale locale = person.getLanguage().locale();
        String link = link(mobility);
        notifications.send(new Notice(person, NotificationKind.REMINDER,
                Texts.format(locale, "notice.mobility.report_due.title"),
                Texts.format(locale, "notice.mobility.report_due.text", mobility.getHost().getName(),
                        Texts.date(locale, mobility.getEndDate())),
                Texts.format(locale, "mail.mobility.report_due.body", person.getFullName(), mobility.getHost().getName(),
                        Texts.date(locale, mobility.getEndDate()), notifications.publicLink(link)),
                link));
    }

    private List<Notice> noticesOf(Mobility mobility, MobilityAction action) {
        List<Notice> notices = new ArrayList<>();
        MobilityStatus now = mobility.getStatus();
        if (now == MobilityStatus.SUBMITTED) {
            deciders(mobility, Role.SCHOOL_ADMIN).forEach(person -> notices.add(toDecide(person, mobility)));
        } else if (now == MobilityStatus.SCHOOL_APPROVED) {
            deciders(mobility, Role.MINISTRY_ADMIN).forEach(person -> notices.add(toDecide(person, mobility)));
        }
        MobilityStep step = lastStep(mobility);
        if (action == MobilityAction.WITHDRAW) {
            waitingDeciders(mobility, step.getBefore()).forEach(person -> notices.add(withdrawn(person, mobility, step)));
        }
        UserAccount participant = mobility.getParticipant();
        if (DECISIONS.contains(action) && !participant.equals(step.getActor())) {
            notices.add(decided(participant, mobility, action));
        }
        // Whoever applied for someone else is the one to mend a returned application, and answers for it.
        UserAccount submitter = mobility.getSubmittedBy();
        if (DECISIONS.contains(action) && submitter != null && !submitter.equals(participant)
                && !submitter.equals(step.getActor())) {
            notices.add(decided(submitter, mobility, action));
        }
        if (action == MobilityAction.COMPLETE) {
            notices.add(completed(participant, mobility));
        }
        return notices;
    }

    /**
     * Tells the school's administrators that the participant's report is in: completing the mobility is theirs
     * to do next. The participant, should they be one of them, wrote it and needs no word of it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void reportHandedIn(Mobility mobility) {
        admins(mobility, Role.SCHOOL_ADMIN).stream()
                .filter(person -> !person.equals(mobility.getParticipant()))
                .forEach(person -> notifications.send(reportIn(person, mobility)));
    }

    /**
     * Who waited to decide a withdrawn application: the school's administrators while it was submitted,
     * the country's ministry once the school had approved it; four eyes leave out the participant and
     * whoever submitted it, as for {@link #deciders}.
     */
    private List<UserAccount> waitingDeciders(Mobility mobility, MobilityStatus before) {
        Role role = decidersOf(before);
        if (role == null) {
            return List.of();
        }
        return admins(mobility, role).stream()
                .filter(person -> !person.equals(mobility.getParticipant()) && !mobility.hasSubmitted(person))
                .toList();
    }

    /**
     * The active administrators of the school (or the ministries of its country) who may decide now:
     * four eyes leave out whoever submitted the application or is its participant.
     */
    private List<UserAccount> deciders(Mobility mobility, Role role) {
        return admins(mobility, role).stream()
                .filter(person -> MobilityAccess.actionsFor(person, mobility).contains(MobilityAction.APPROVE))
                .toList();
    }

    /** The active administrators of the role for the mobility: of its school, or of its school's country. */
    private List<UserAccount> admins(Mobility mobility, Role role) {
        String scope = role == Role.SCHOOL_ADMIN ? "u.institution = :school" : "u.institution.country = :country";
        var query = em.createQuery("SELECT u FROM UserAccount u WHERE :role MEMBER OF u.roles AND u.active = :active AND "
                + scope, UserAccount.class)
                .setParameter("role", role)
                .setParameter("active", true);
        if (role == Role.SCHOOL_ADMIN) {
            query.setParameter("school", mobility.getSendingSchool());
        } else {
            query.setParameter("country", mobility.getSendingSchool().getCountry());
        }
        return query.getResultList();
    }

    private Notice toDecide(UserAccount person, Mobility mobility) {
        Locale locale = person.getLanguage().locale();
        String link = link(mobility);
        Object[] facts = {mobility.getParticipant().getFullName(), mobility.getSendingSchool().getName(),
                mobility.getHost().getName(), mobility.getHost().getCity(),
                Texts.date(locale, mobility.getStartDate()), Texts.date(locale, mobility.getEndDate())};
        return new Notice(person, NotificationKind.ACTION_REQUIRED,
                Texts.format(locale, "notice.mobility.to_decide.title"),
                Texts.format(locale, "notice.mobility.to_decide.text", facts),
                Texts.format(locale, "mail.mobility.to_decide.body", person.getFullName(), facts[0], facts[1], facts[2],
                        facts[3], facts[4], facts[5], notifications.publicLink(link)),
                link);
    }

    /**
     * Tells the signers the document of a learning agreement's version had reached (who signed it or was asked to),
     * other than whoever withdrew it, that it was withdrawn from signature and nobody signs it any more, with the
     * sending school's comment when it gave one.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void learningAgreementWithdrawn(LearningAgreementVersion version, SignedDocument document, UserAccount by) {
        Mobility mobility = version.getAgreement().getMobility();
        Set<UserAccount> reached = document.getReached();
        reached.remove(by);
        String link = link(mobility);
        for (UserAccount person : reached) {
            Locale locale = person.getLanguage().locale();
            // The comment, when the school gave one, is the sending school's word on why, quoted as it wrote it.
            String comment = version.getWithdrawalComment();
            String withComment = comment == null ? "" : "_comment";
            Object[] facts = {version.getNumber(), mobility.getParticipant().getFullName(), mobility.getHost().getName(),
                    by.getFullName(), comment};
            notifications.send(new Notice(person, NotificationKind.INFORMATION,
                    Texts.format(locale, "notice.learning.withdrawn.title"),
                    Texts.format(locale, "notice.learning.withdrawn.text" + withComment, facts),
                    Texts.format(locale, "mail.learning.withdrawn.body" + withComment, person.getFullName(), facts[0],
                            facts[1], facts[2], facts[3], notifications.publicLink(link), comment),
                    link));
        }
    }

    private Notice withdrawn(UserAccount person, Mobility mobility, MobilityStep step) {
        Locale locale = person.getLanguage().locale();
        String link = link(mobility);
        Object[] facts = {mobility.getParticipant().getFullName(), mobility.getSendingSchool().getName(),
                mobility.getHost().getName(), mobility.getHost().getCity(),
                Texts.date(locale, mobility.getStartDate()), Texts.date(locale, mobility.getEndDate()),
                step.getActor().getFullName()};
        return new Notice(person, NotificationKind.INFORMATION,
                Texts.format(locale, "notice.mobility.withdrawn.title"),
                Texts.format(locale, "notice.mobility.withdrawn.text", facts),
                Texts.format(locale, "mail.mobility.withdrawn.body", person.getFullName(), facts[0], facts[1], facts[2],
                        facts[3], facts[4], facts[5], facts[6], notifications.publicLink(link)),
                link);
    }

    /** A decision, told to the participant, or to whoever submitted the application for them (naming the participant). */
    private Notice decided(UserAccount person, Mobility mobility, MobilityAction action) {
        Locale locale = person.getLanguage().locale();
        String link = link(mobility);
        String decision = Texts.format(locale, "mobility.decision." + action.name());
        String comment = lastStep(mobility).getComment();
        String participant = mobility.getParticipant().getFullName();
        String host = mobility.getHost().getName();
        String start = Texts.date(locale, mobility.getStartDate());
        String end = Texts.date(locale, mobility.getEndDate());
        String publicLink = notifications.publicLink(link);
        boolean own = person.equals(mobility.getParticipant());
        return new Notice(person, NotificationKind.DECISION,
                own ? Texts.format(locale, "notice.mobility.decided.title", decision)
                        : Texts.format(locale, "notice.mobility.decided_for.title", participant, decision),
                comment == null
                        ? Texts.format(locale, "notice.mobility.decided.text", host, start, end)
                        : Texts.format(locale, "notice.mobility.decided.text_comment", host, start, end, comment),
                own ? Texts.format(locale, "mail.mobility.decided.body", person.getFullName(), host, start, end, decision,
                                comment == null ? "" : comment, publicLink)
                        : Texts.format(locale, "mail.mobility.decided_for.body", person.getFullName(), participant, host,
                                start, end, decision, comment == null ? "" : comment, publicLink),
                link);
    }

    private Notice completed(UserAccount person, Mobility mobility) {
        Locale locale = person.getLanguage().locale();
        String link = link(mobility);
        Object[] facts = {mobility.getHost().getName(), Texts.date(locale, mobility.getStartDate()),
                Texts.date(locale, mobility.getEndDate())};
        return new Notice(person, NotificationKind.INFORMATION,
                Texts.format(locale, "notice.mobility.completed.title"),
                Texts.format(locale, "notice.mobility.completed.text", facts),
                Texts.format(locale, "mail.mobility.completed.body", person.getFullName(), facts[0], facts[1], facts[2],
                        notifications.publicLink(link)),
                link);
    }

    private Notice reportIn(UserAccount person, Mobility mobility) {
        Locale locale = person.getLanguage().locale();
        String link = link(mobility);
        Object[] facts = {mobility.getParticipant().getFullName(), mobility.getHost().getName(),
                Texts.date(locale, mobility.getStartDate()), Texts.date(locale, mobility.getEndDate())};
        return new Notice(person, NotificationKind.ACTION_REQUIRED,
                Texts.format(locale, "notice.mobility.report_in.title"),
                Texts.format(locale, "notice.mobility.report_in.text", facts),
                Texts.format(locale, "mail.mobility.report_in.body", person.getFullName(), facts[0], facts[1], facts[2],
                        facts[3], notifications.publicLink(link)),
                link);
    }

    private static String link(Mobility mobility) {
        return "/mobilities/mobility.xhtml?id=" + mobility.getId();
    }
}
