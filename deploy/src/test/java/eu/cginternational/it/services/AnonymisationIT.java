package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEvent;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.mail.OutboxMessage;
import eu.cginternational.domain.mail.OutboxStatus;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.text.ErasedText;
import eu.cginternational.it.services.AnonymisationTestData.Left;
import eu.cginternational.it.services.AnonymisationTestData.Student;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.admin.UserDraft;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.privacy.Anonymisation;
import eu.cginternational.service.privacy.PersonalData;
import eu.cginternational.service.privacy.PersonalDataExport;
import eu.cginternational.service.training.TrainingRegistrations;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Anonymisation on request: a coordinator anonymises a deactivated account; what names the person goes, the records the
 * programme reports on stay under the pseudonym; nobody else may, an active account is refused, and two coordinators
 * at once anonymise once.
 */
@ExtendWith(ArquillianExtension.class)
class AnonymisationIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    Anonymisation anonymisation;

    @EJB
    PersonalDataExport export;

    @EJB
    UserAdministration users;

    @EJB
    AccountService accounts;

    @EJB
    AccountRequests requests;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    TestData data;

    @EJB
    AnonymisationTestData records;

    @EJB
    TrainingRegistrations registrations;

    @EJB
    TrainingTestData trainings;

    @Resource
    ManagedExecutorService executor;

    /**
     * The export of a person's data lists every e-mail to their address that an anonymisation deletes, whatever the case
     * of the address the e-mail went to (typed so on a form, or the account's address corrected since).
     */
    @Test
    void theExportListsTheEmailsToTheAddressInAnyCaseAsTheAnonymisationFindsThem() throws Exception {
        UserAccount teacher = data.newAccount(Role.TEACHER, "SVS-Pljevlja");
        data.email(teacher.getEmail().toUpperCase(Locale.ROOT), OutboxStatus.SENT, Instant.now());
        data.email(teacher.getEmail(), OutboxStatus.SENT, Instant.now());

        PersonalData exported = coordinator.call(() -> export.of(teacher.getId()));

        assertThat(exported.emails()).hasSize(2);
    }

    @Test
    void whatNamesThePersonGoesAndTheRecordsStayUnderThePseudonym() throws Exception {
        Student student = records.deactivatedStudentWithRecords();
        String pseudonym = "anonymised-" + student.id();

        String username = coordinator.call(() -> anonymisation.anonymise(student.id(), student.version())).getUsername();

        Left left = records.left(student);
        assertThat(username).isEqualTo(pseudonym).isEqualTo(left.username());
        assertThat(left.fullName()).isEqualTo("Anonymised " + student.id());
        assertThat(left.email()).isEqualTo(pseudonym + "@anonymised.invalid");
        assertThat(left.active()).isFalse();
        // kept under the pseudonym, without the person's words
        assertThat(left.mobilityParticipant()).isEqualTo(left.fullName());
        assertThat(left.mobilitySteps()).isEqualTo(4);
        assertThat(left.report()).isEqualTo(ErasedText.MARK);
        assertThat(left.reportSubmittedAt()).isNotNull();
        assertThat(left.sessionTopics()).isEqualTo("Careers abroad");
        assertThat(left.sessionNotes()).isNull();
        assertThat(left.motivation()).isEqualTo(ErasedText.MARK);
        assertThat(left.applicationStatus()).isEqualTo("PENDING");
        // others' messages keep their sense, with the pseudonym for the name
        assertThat(left.othersNotificationText()).isEqualTo(left.fullName() + " of KPT applies for a mobility to Valencia.");
        assertThat(left.othersEmailBody()).isEqualTo(left.fullName() + " of KPT applies for a mobility to Valencia.");
        // forgotten
        assertThat(left.planKept()).isFalse();
        assertThat(left.ownNotificationKept()).isFalse();
        assertThat(left.ownEmailKept()).isFalse();
        assertThat(left.resetTokensKept()).isFalse();
        assertThat(left.requestKept()).isFalse();
        // the audit log names the pseudonym, without the person's address or what was said of them
        assertThat(left.ownEventActor()).isEqualTo(pseudonym);
        assertThat(left.ownEventTarget()).isEqualTo(pseudonym);
        assertThat(left.ownEventAddress()).isNull();
        assertThat(left.eventAboutThemTarget()).isEqualTo(pseudonym);
        assertThat(left.eventAboutThemDetail()).isNull();
        assertThat(left.eventAboutThemAddress()).as("the coordinator's address stays").isEqualTo("198.51.100.1");
        assertThat(left.toString()).doesNotContain(student.username(), student.email(), student.fullName(),
                AnonymisationTestData.REPORT, AnonymisationTestData.MOTIVATION, AnonymisationTestData.NOTES,
                AnonymisationTestData.ADDRESS);
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_ANONYMISED, pseudonym)).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.LOGIN_SUCCEEDED, student.username())).isZero();
    }

    /**
     * The entries of a training registration say whose it is by the account's id, which then points at the pseudonym:
     * no detail in the log names the username once the person is anonymised.
     */
    @Test
    void theEntriesOfTheirTrainingRegistrationsNameTheAccountNotTheUsername() throws Exception {
        long training = trainings.openTraining(5, false).getId();
        UserAccount teacher = trainings.newTeacher(KPT);
        long registration = schoolKpt.call(() -> registrations.register(training, teacher.getId())).getId();
        UserAccount registered = data.account(teacher.getUsername());
        coordinator.call(() -> users.deactivate(registered.getId(), registered.getVersion()));
        long version = data.account(teacher.getUsername()).getVersion();

        coordinator.call(() -> anonymisation.anonymise(teacher.getId(), version));

        List<String> details = data.auditDetails(AuditEventType.TRAINING_REGISTRATION_CHANGED,
                "training registration " + registration);
        assertThat(details).hasSize(2).allSatisfy(detail -> assertThat(detail)
                .endsWith("(account " + teacher.getId() + ", training " + training + ")"));
        assertThat(records.detailsMentioning(teacher.getUsername())).isEmpty();
    }

    @Test
    void entriesOfVisitorsAboutThePersonLoseTheirAddressWhateverTheCaseTyped() throws Exception {
        Student student = records.deactivatedStudentWithRecords();
        String pseudonym = "anonymised-" + student.id();
        accounts.requestPasswordReset(student.username().toUpperCase(Locale.ROOT));
        Eventually.until("the request recorded",
                () -> data.auditEvents(AuditEventType.PASSWORD_RESET_REQUESTED, student.username()) > 0);
        long inCapitals = records.visitorEventAbout(AuditEventType.PASSWORD_RESET_REQUESTED,
                student.username().toUpperCase(Locale.ROOT));
        long byAddress = records.visitorEventAbout(AuditEventType.PASSWORD_RESET_REQUESTED,
                student.email().toUpperCase(Locale.ROOT));
        long requested = records.visitorEventAbout(AuditEventType.ACCOUNT_REQUESTED, student.username());
        assertThat(data.auditEvents(AuditEventType.PASSWORD_RESET_REQUESTED, student.username()))
                .as("a reset is recorded under the account's username, not as typed").isEqualTo(1);

        coordinator.call(() -> anonymisation.anonymise(student.id(), student.version()));

        for (long id : List.of(inCapitals, byAddress, requested)) {
            AuditEvent left = records.event(id);
            assertThat(left.getTarget()).isEqualTo(pseudonym);
            assertThat(left.getClientAddress()).as("the visitor's address").isNull();
            assertThat(left.getActor()).isNull();
        }
        assertThat(records.eventsAbout(student.username())).isEmpty();
        assertThat(records.eventsAbout(student.email())).isEmpty();
    }

    /**
     * The outbox is sending an e-mail naming the person as the anonymisation comes to rename them in it: the
     * anonymisation waits for the mail server's answer and takes the e-mail as sent. Before, it read the e-mail while
     * the outbox held it, and failed on the e-mail's changed version when it wrote its own change (seen once in CI).
     * The moment is staged on Derby: a teacher's change to the person's guidance session holds the anonymisation just
     * before it turns to others' messages, while the outbox takes the e-mail.
     */
    @Test
    void anEmailNamingThePersonThatTheOutboxIsSendingIsTakenAsSent() throws Exception {
        assumeTrue(data.onDerby(), "PostgreSQL's reads pass a row being changed: the moment cannot be staged there");
        Student student = records.deactivatedStudentWithRecords();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch mailServerAnswers = new CountDownLatch(1);
        Future<?> editing = executor.submit(() -> {
            records.sessionBeingEdited(student.session(), written, committed);
            return null;
        });
        Future<?> sending;
        Future<UserAccount> anonymising;
        try {
            assertThat(written.await(30, TimeUnit.SECONDS)).as("the session's change written").isTrue();
            anonymising = executor.submit(() -> coordinator.call(
                    () -> anonymisation.anonymise(student.id(), student.version())));
            Eventually.until("the anonymisation at the session", () -> data.someoneWaitsForALockOn("guidance_session"));
            sending = executor.submit(() -> {
                records.send(student.othersEmail(), holding, mailServerAnswers);
                return null;
            });
            assertThat(holding.await(30, TimeUnit.SECONDS)).as("the e-mail held by the outbox").isTrue();
            committed.countDown();
            Eventually.until("the anonymisation at the e-mail", () -> data.someoneWaitsForALockOn("outbox_message"));
        } finally {
            committed.countDown();
            mailServerAnswers.countDown();
        }
        editing.get();
        sending.get();

        assertThat(anonymising.get().getFullName()).isEqualTo("Anonymised " + student.id());
        assertThat(records.emailStatus(student.othersEmail())).isEqualTo(OutboxStatus.SENT);
        assertThat(records.left(student).othersEmailBody()).as("a sent e-mail keeps no body").isNull();
    }

    @Test
    void theEntryOfAnEmailToThePersonSentAgainLosesTheMailServersError() throws Exception {
        Student student = records.deactivatedStudentWithRecords();
        long sentAgain = records.emailSentAgainWithItsErrorLogged(student.email());
        assertThat(records.event(sentAgain).getDetail()).contains(student.email());

        coordinator.call(() -> anonymisation.anonymise(student.id(), student.version()));

        AuditEvent left = records.event(sentAgain);
        assertThat(left.getDetail()).isNull();
        assertThat(left.getActor()).as("the coordinator's entry stays theirs").isEqualTo("coordinator");
        assertThat(records.detailsMentioning(student.email())).isEmpty();
    }

    /** Usernames are unique among accounts only: a request for this one is someone else's, who may have it now. */
    @Test
    void anotherPersonsRequestForTheUsernameStaysAndCanBeConfirmed() throws Exception {
        Student student = records.deactivatedStudentWithRecords();
        long others = records.othersRequestFor(student.username());

        coordinator.call(() -> anonymisation.anonymise(student.id(), student.version()));

        assertThat(records.left(student).requestKept()).as("the person's own request").isFalse();
        UserAccount confirmed = schoolKpt.call(() -> requests.confirm(others));
        assertThat(confirmed.getUsername()).isEqualTo(student.username());
        assertThat(confirmed.getFullName()).isEqualTo("Another Person");
    }

    @Test
    void aNameAnotherAccountSharesIsLeftInOthersMessages() throws Exception {
        Student student = records.deactivatedStudentWithRecords();
        records.namesakeOf(student.id());

        coordinator.call(() -> anonymisation.anonymise(student.id(), student.version()));

        Left left = records.left(student);
        assertThat(left.othersNotificationText()).isEqualTo(student.fullName() + " of KPT applies for a mobility to Valencia.");
        assertThat(left.fullName()).isEqualTo("Anonymised " + student.id());
        assertThat(left.report()).isEqualTo(ErasedText.MARK);
    }

    /**
     * A notice quoting a long comment is at its column's length, and the pseudonym is longer than a short name: the
     * anonymisation goes through all the same, the notice and the e-mail's subject shortened again to their columns
     * (they overflowed them, and the anonymisation failed).
     */
    @Test
    void aShortNameInOthersMessagesAtTheirLengthIsRenamedWithinThem() throws Exception {
        // no other account's name, so that others' messages are renamed
        String name = "Ana " + TestData.unique("x").substring(2, 6);
        AnonymisationTestData.Named student = records.deactivatedStudentNamedInMessagesAtTheirLength(name);

        coordinator.call(() -> anonymisation.anonymise(student.id(), student.version()));

        String pseudonym = "Anonymised " + student.id();
        assertThat(records.notificationTitle(student.notification())).hasSize(Notification.TITLE_MAXLENGTH)
                .startsWith(pseudonym + ": ");
        assertThat(records.notificationText(student.notification())).hasSize(Notification.TEXT_MAXLENGTH)
                .startsWith(pseudonym + " withdrew it: ");
        assertThat(records.emailSubject(student.email())).hasSize(OutboxMessage.SUBJECT_MAXLENGTH)
                .startsWith(pseudonym + ": ");
    }

    @Test
    void anActiveAccountIsRefusedAndKeepsEverything() throws Exception {
        long id = data.newAccount(Role.STUDENT, KPT).getId();
        String username = coordinator.call(() -> users.get(id)).getUsername();
        long version = coordinator.call(() -> users.get(id)).getVersion();

        RejectedException refused = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> anonymisation.anonymise(id, version)));

        assertThat(refused.getMessageKey()).isEqualTo("user.rule.STILL_ACTIVE");
        assertThat(coordinator.call(() -> users.get(id)).getUsername()).isEqualTo(username);
        assertThat(coordinator.call(() -> users.get(id)).isAnonymised()).isFalse();
    }

    @Test
    void onlyACoordinatorAnonymises() throws Exception {
        Student student = records.deactivatedStudentWithRecords();

        CounsellingIT.assertRefusedByRole(() -> schoolKpt.call(() -> anonymisation.anonymise(student.id(), student.version())));
        CounsellingIT.assertRefusedByRole(() -> anonymisation.anonymise(student.id(), student.version()));

        assertThat(records.left(student).username()).isEqualTo(student.username());
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() throws Exception {
        Student student = records.deactivatedStudentWithRecords();

        assertThrows(ConcurrentChangeException.class,
                () -> coordinator.call(() -> anonymisation.anonymise(student.id(), student.version() - 1)));

        Left left = records.left(student);
        assertThat(left.username()).isEqualTo(student.username());
        assertThat(left.report()).isEqualTo(AnonymisationTestData.REPORT);
        assertThat(left.planKept()).isTrue();
    }

    @Test
    void twoCoordinatorsAtOnceAnonymiseOnce() throws Exception {
        Student student = records.deactivatedStudentWithRecords();

        List<String> outcomes = Race.twice(() -> {
            try {
                return coordinator.call(() -> anonymisation.anonymise(student.id(), student.version())).getUsername();
            } catch (ConcurrentChangeException e) {
                return "changed meanwhile";
            }
        });

        assertThat(outcomes).containsExactlyInAnyOrder("anonymised-" + student.id(), "changed meanwhile");
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_ANONYMISED, "anonymised-" + student.id())).isEqualTo(1);
    }

    @Test
    void anAnonymisedAccountIsNeitherChangedNorActivatedAgain() throws Exception {
        Student student = records.deactivatedStudentWithRecords();
        long version = coordinator.call(() -> anonymisation.anonymise(student.id(), student.version())).getVersion();

        UserDraft draft = UserDraft.of(coordinator.call(() -> users.get(student.id())));
        draft.setFullName(student.fullName());
        RejectedException changed = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> users.update(student.id(), draft)));
        RejectedException activated = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> users.activate(student.id(), version)));
        RejectedException again = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> anonymisation.anonymise(student.id(), version)));

        assertThat(List.of(changed.getMessageKey(), activated.getMessageKey(), again.getMessageKey()))
                .containsOnly("user.rule.ANONYMISED");
        assertThat(records.left(student).fullName()).isEqualTo("Anonymised " + student.id());
        assertThat(records.left(student).active()).isFalse();
    }

    @Test
    void nobodyChoosesTheUsernameOfAnAnonymisedAccount() throws Exception {
        UserDraft draft = new UserDraft();
        draft.setUsername("anonymised-" + Long.MAX_VALUE);
        draft.setEmail(TestData.unique("reserved") + "@test.example");
        draft.setFullName("Reserved Name");
        draft.setInstitutionId(data.institution(KPT).getId());
        draft.setRoles(Set.of(Role.TEACHER));
        draft.setLanguage(Language.EN);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> users.create(draft)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("username");
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
    }
}
