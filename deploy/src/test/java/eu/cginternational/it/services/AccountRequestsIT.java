package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.AccountRequest;
import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.notification.Notification;
import eu.cginternational.domain.notification.NotificationKind;
import eu.cginternational.service.account.AccountRequestDraft;
import eu.cginternational.service.account.AccountRequests;
import eu.cginternational.service.admin.InstitutionAdministration;
import eu.cginternational.service.admin.InstitutionDraft;
import eu.cginternational.service.config.RequestOrigin;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Teachers and students asking for an account, inside the server: the request waits at its school only, an
 * administrator of that school confirms it (the account and its welcome e-mail) or declines it with a reason, and
 * nothing is filed for bad input or an address already known.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRequestsIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    /** No other test files requests here, so that none waits before this class's own. */
    private static final String LUTFI_MUSIQI = "SHMT Lutfi Musiqi";

    private static final String PLJEVLJA = "SVS-Pljevlja";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    /** Where the visitor's form came from, as the web tier describes it (a documentation address). */
    private static final String VISITOR = "203.0.113.7";

    @EJB
    AccountRequests requests;

    @Inject
    RequestOrigin origin;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsCoordinator coordinator;

    @EJB
    TestData data;

    @EJB
    OccupationTestData schools;

    @EJB
    InstitutionAdministration institutions;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aRequestWaitsAtItsSchoolOnlyWhoseAdministratorsAreTold() throws Exception {
        AccountRequestDraft draft = draft(Role.STUDENT);

        submitted(draft);

        AccountRequest filed = waiting(draft.getUsername());
        assertThat(schoolKpt.call(() -> requests.list(byUsername(draft.getUsername()))))
                .extracting(AccountRequest::getId).containsExactly(filed.getId());
        assertThat(schoolPljevlja.call(() -> requests.list(byUsername(draft.getUsername())))).isEmpty();
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> requests.get(filed.getId())));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> requests.confirm(filed.getId())));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> {
            requests.decline(filed.getId(), "Not ours");
            return null;
        }));
        CounsellingIT.assertRefusedByRole(() -> teacherKpt.call(() -> requests.list(byUsername(draft.getUsername()))));
        assertThat(data.accountRequestsNamed(draft.getUsername())).hasSize(1);
        List<Notification> told = data.notificationsOf("school.kpt", AccountRequests.WAITING_PAGE);
        assertThat(told).anySatisfy(notification -> {
            assertThat(notification.getKind()).isEqualTo(NotificationKind.ACTION_REQUIRED);
            assertThat(notification.getText()).contains(draft.getFullName());
        });
        assertThat(data.notificationsOf("school.pljevlja", AccountRequests.WAITING_PAGE))
                .noneSatisfy(notification -> assertThat(notification.getText()).contains(draft.getFullName()));
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername())).isEqualTo(1);
    }

    @Test
    void administratorsAreMailedWhenARequestFindsNoneWaitingAndAreOtherwiseToldInTheAppOnly() throws Exception {
        String adminAddress = data.account("school.lutfimusiqi").getEmail();
        long mailsBefore = data.outboxMessagesTo(adminAddress);
        AccountRequestDraft first = draft(Role.STUDENT, LUTFI_MUSIQI);
        AccountRequestDraft second = draft(Role.TEACHER, LUTFI_MUSIQI);

        submitted(first);
        submitted(second);

        assertThat(data.outboxMessagesTo(adminAddress)).as("one e-mail for the two").isEqualTo(mailsBefore + 1);
        assertThat(data.notificationsOf("school.lutfimusiqi", AccountRequests.WAITING_PAGE))
                .anySatisfy(notification -> assertThat(notification.getText()).contains(first.getFullName()))
                .anySatisfy(notification -> assertThat(notification.getText()).contains(second.getFullName()));
    }

    @Test
    void confirmingMakesTheAccountAndMailsItsOwnerTheLinkToChooseAPassword() throws Exception {
        AccountRequestDraft draft = draft(Role.TEACHER);
        submitted(draft);
        long id = waiting(draft.getUsername()).getId();

        TestData.Mailed<UserAccount> confirmed = data.mailing(draft.getEmail(), () -> schoolKpt.call(() -> requests.confirm(id)));

        UserAccount account = data.account(draft.getUsername());
        assertThat(confirmed.result().getId()).isEqualTo(account.getId());
        assertThat(account.getFullName()).isEqualTo(draft.getFullName());
        assertThat(account.getEmail()).isEqualTo(draft.getEmail());
        assertThat(account.getRoles()).containsExactly(Role.TEACHER);
        assertThat(account.getInstitution().getName()).isEqualTo(KPT);
        assertThat(account.getLanguage()).isEqualTo(Language.SQ);
        assertThat(account.isActive()).isTrue();
        assertThat(confirmed.body()).contains("/reset-password.xhtml?token=");
        assertThat(data.accountRequestsNamed(draft.getUsername())).isEmpty();
        assertThat(data.auditEvents(AuditEventType.USER_CREATED, draft.getUsername())).isEqualTo(1);
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> requests.confirm(id)));
    }

    @Test
    void decliningNeedsAPlainReasonThatThePersonIsMailed() throws Exception {
        AccountRequestDraft draft = draft(Role.STUDENT);
        submitted(draft);
        long id = waiting(draft.getUsername()).getId();

        InvalidInputException blank = assertThrows(InvalidInputException.class, () -> schoolKpt.call(() -> {
            requests.decline(id, "  ");
            return null;
        }));
        InvalidInputException markup = assertThrows(InvalidInputException.class, () -> schoolKpt.call(() -> {
            requests.decline(id, "<script>alert(1)</script>");
            return null;
        }));
        assertThat(data.accountRequestsNamed(draft.getUsername())).hasSize(1);

        TestData.Mailed<Object> declined = data.mailing(draft.getEmail(), () -> schoolKpt.call(() -> {
            requests.decline(id, "Nuk jeni nxënës i shkollës sonë.");
            return null;
        }));

        assertThat(blank.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("reason");
        assertThat(markup.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("reason");
        assertThat(declined.body()).contains("Nuk jeni nxënës i shkollës sonë.", draft.getFullName(), KPT);
        assertThat(data.accountRequestsNamed(draft.getUsername())).isEmpty();
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_REQUEST_DECLINED, draft.getUsername())).isEqualTo(1);
    }

    @Test
    void anAddressAlreadyKnownGetsTheSameAnswerAndFilesNothing() throws Exception {
        AccountRequestDraft first = draft(Role.STUDENT);
        submitted(first);
        AccountRequestDraft sameAddress = draft(Role.STUDENT);
        sameAddress.setEmail(first.getEmail().toUpperCase());
        AccountRequestDraft addressOfAnAccount = draft(Role.TEACHER);
        addressOfAnAccount.setEmail(data.newAccount(Role.TEACHER, KPT).getEmail());

        submitted(sameAddress);
        submitted(addressOfAnAccount);

        assertThat(data.accountRequestsNamed(sameAddress.getUsername())).isEmpty();
        assertThat(data.accountRequestsNamed(addressOfAnAccount.getUsername())).isEmpty();
        assertThat(data.accountRequestsNamed(first.getUsername())).hasSize(1);
    }

    /** The filing is done after the answer, in another thread: its entries still name where the form came from. */
    @Test
    void theEntriesOfTheFilingAfterTheAnswerCarryTheVisitorsAddress() throws Exception {
        origin.describe(VISITOR, "a test", Language.SQ);
        AccountRequestDraft filed = draft(Role.STUDENT);
        AccountRequestDraft known = draft(Role.STUDENT);
        known.setEmail(filed.getEmail());

        submitted(filed);
        submitted(known);

        assertThat(data.auditClientAddresses(AuditEventType.ACCOUNT_REQUESTED, filed.getUsername())).containsExactly(VISITOR);
        assertThat(data.auditClientAddresses(AuditEventType.ACCOUNT_REQUESTED, known.getUsername())).containsExactly(VISITOR);
    }

    /**
     * Of two requests with one address at the same moment, the later is dropped as a duplicate and the audit log says
     * so: before, both could find the address free, and the later one rolled back unseen, refused by the address unique
     * among requests.
     */
    @Test
    void ofTwoRequestsWithOneAddressAtOnceTheOtherIsDroppedAndLogged() throws Exception {
        origin.describe(VISITOR, "a test", Language.SQ);
        AccountRequestDraft draft = draft(Role.STUDENT);

        data.whileAddressFiledFirstByAnother(draft.getEmail(), KPT, () -> {
            requests.submit(draft);
            return null;
        });

        Eventually.until("the request of " + draft.getUsername() + " settled",
                () -> data.auditEvents(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername()) > 0);
        assertThat(data.accountRequestsNamed(draft.getUsername())).isEmpty();
        assertThat(data.auditDetails(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername()))
                .containsExactly("address waiting in another request: this one dropped as a duplicate");
        assertThat(data.auditClientAddresses(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername())).containsExactly(VISITOR);
    }

    /**
     * A username waiting in a request is not refused: otherwise asking with someone's address and a username, then with
     * another address and the same username, would tell whether the first address has an account (nothing filed, the
     * username free) or not (filed, the username held).
     */
    @Test
    void aUsernameWaitingInARequestIsTakenAgainSoTheFormTellsNothingOfAnAddress() throws Exception {
        AccountRequestDraft ofAKnownAddress = draft(Role.STUDENT);
        ofAKnownAddress.setEmail(data.newAccount(Role.TEACHER, KPT).getEmail());
        AccountRequestDraft ofAnUnknownAddress = draft(Role.STUDENT);
        AccountRequestDraft afterTheKnown = draft(Role.STUDENT);
        afterTheKnown.setUsername(ofAKnownAddress.getUsername());
        AccountRequestDraft afterTheUnknown = draft(Role.TEACHER);
        afterTheUnknown.setUsername(ofAnUnknownAddress.getUsername());

        submitted(ofAKnownAddress);
        submitted(afterTheKnown);
        submitted(ofAnUnknownAddress);
        submitted(afterTheUnknown);

        assertThat(data.accountRequestsNamed(afterTheKnown.getUsername())).hasSize(1);
        String username = ofAnUnknownAddress.getUsername();
        assertThat(data.accountRequestsNamed(username)).hasSize(2);
        List<AccountRequest> listed = schoolKpt.call(() -> requests.list(byUsername(username)));
        assertThat(listed).extracting(AccountRequest::getEmail)
                .containsExactlyInAnyOrder(ofAnUnknownAddress.getEmail(), afterTheUnknown.getEmail());
        assertThat(schoolKpt.call(() -> requests.count(Map.of("username", username)))).isEqualTo(2);

        schoolKpt.call(() -> requests.confirm(listed.get(0).getId()));
        RejectedException second = assertThrows(RejectedException.class,
                () -> schoolKpt.call(() -> requests.confirm(listed.get(1).getId())));
        schoolKpt.call(() -> {
            requests.decline(listed.get(1).getId(), "Ky emër përdoruesi u mor nga dikush tjetër.");
            return null;
        });

        assertThat(second.getMessageKey()).isEqualTo("account_request.taken_meanwhile");
        assertThat(data.account(username).getEmail()).isEqualTo(listed.get(0).getEmail());
        assertThat(data.accountRequestsNamed(username)).isEmpty();
        assertThat(data.outboxMessagesTo(listed.get(1).getEmail())).as("the reason").isEqualTo(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndFilesNothing() throws Exception {
        AccountRequestDraft partner = draft(Role.PARTNER);
        AccountRequestDraft atACompany = draft(Role.TEACHER);
        atACompany.setSchoolId(data.institution("Mundus").getId());
        AccountRequestDraft takenUsername = draft(Role.TEACHER);
        takenUsername.setUsername("teacher.kpt");
        AccountRequestDraft scripted = draft(Role.STUDENT);
        scripted.setFullName("<img src=x onerror=alert(1)>");
        scripted.setEmail("not an address");

        assertThat(refusedFields(partner)).containsExactly("role");
        assertThat(refusedFields(atACompany)).containsExactly("schoolId");
        assertThat(refusedFields(takenUsername)).containsExactly("username");
        assertThat(refusedFields(scripted)).containsExactlyInAnyOrder("fullName", "email");
        for (AccountRequestDraft refused : List.of(partner, atACompany, scripted)) {
            assertThat(data.accountRequestsNamed(refused.getUsername())).isEmpty();
        }
    }

    @Test
    void twoConfirmationsAtOnceMakeOneAccount() throws Exception {
        AccountRequestDraft draft = draft(Role.TEACHER);
        submitted(draft);
        long id = waiting(draft.getUsername()).getId();
        List<String> outcomes = Race.twice(() -> {
            try {
                schoolKpt.call(() -> requests.confirm(id));
                return "confirmed";
            } catch (NotFoundException e) {
                return "no longer waiting";
            }
        });

        assertThat(outcomes).containsExactlyInAnyOrder("confirmed", "no longer waiting");
        assertThat(data.accountsNamed(draft.getUsername())).isEqualTo(1);
        assertThat(data.outboxMessagesTo(draft.getEmail())).isEqualTo(1);
    }

    @Test
    void discardingDeletesTheRequestAndSendsNothingToItsAddress() throws Exception {
        AccountRequestDraft draft = draft(Role.STUDENT);
        submitted(draft);
        long id = waiting(draft.getUsername()).getId();

        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> discard(id)));
        CounsellingIT.assertRefusedByRole(() -> teacherKpt.call(() -> discard(id)));
        assertThat(data.accountRequestsNamed(draft.getUsername())).hasSize(1);
        schoolKpt.call(() -> discard(id));

        assertThat(data.accountRequestsNamed(draft.getUsername())).isEmpty();
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
        assertThat(data.outboxMessagesTo(draft.getEmail())).isZero();
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_REQUEST_DISCARDED, draft.getUsername())).isEqualTo(1);
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> discard(id)));
    }

    @Test
    void requestsAreDiscardedTogetherAllOrNone() throws Exception {
        AccountRequestDraft first = draft(Role.STUDENT);
        AccountRequestDraft second = draft(Role.TEACHER);
        AccountRequestDraft elsewhere = draft(Role.STUDENT, PLJEVLJA);
        for (AccountRequestDraft draft : List.of(first, second, elsewhere)) {
            submitted(draft);
        }
        List<Long> ours = List.of(waiting(first.getUsername()).getId(), waiting(second.getUsername()).getId());
        long theirs = waiting(elsewhere.getUsername()).getId();
        List<Long> withAnotherSchools = List.of(ours.get(0), ours.get(1), theirs);

        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> requests.discardAll(withAnotherSchools)));
        assertThat(data.accountRequestsNamed(first.getUsername())).as("none discarded").hasSize(1);
        assertThat(data.accountRequestsNamed(elsewhere.getUsername())).hasSize(1);
        assertThat(refusalKey(() -> schoolKpt.call(() -> requests.discardAll(List.of())))).isEqualTo("account_request.none_chosen");
        List<Long> tooMany = LongStream.rangeClosed(1, AccountRequests.MAX_DISCARDED + 1).boxed().toList();
        assertThat(refusalKey(() -> schoolKpt.call(() -> requests.discardAll(tooMany)))).isEqualTo("account_request.too_many_chosen");
        CounsellingIT.assertRefusedByRole(() -> teacherKpt.call(() -> requests.discardAll(ours)));

        assertThat(schoolKpt.call(() -> requests.discardAll(ours))).isEqualTo(2);

        assertThat(data.accountRequestsNamed(first.getUsername())).isEmpty();
        assertThat(data.accountRequestsNamed(second.getUsername())).isEmpty();
        assertThat(data.accountRequestsNamed(elsewhere.getUsername())).hasSize(1);
        assertThat(data.outboxMessagesTo(first.getEmail()) + data.outboxMessagesTo(second.getEmail())).isZero();
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_REQUEST_DISCARDED, second.getUsername())).isEqualTo(1);
    }

    private static String refusalKey(Executable call) {
        return assertThrows(RejectedException.class, call).getMessageKey();
    }

    @Test
    void aSchoolWithTheMostRequestsWaitingRefusesMoreAndFilesNothing() throws Exception {
        Institution school = schools.newSchool("AL");
        data.newAccount(Role.SCHOOL_ADMIN, school.getName());
        int maxWaiting = Integer.parseInt(AccountRequests.DEFAULT_MAX_WAITING);
        data.accountRequests(school, maxWaiting - 1);
        AccountRequestDraft last = draft(Role.STUDENT, school.getName());
        AccountRequestDraft beyond = draft(Role.STUDENT, school.getName());
        AccountRequestDraft elsewhere = draft(Role.STUDENT, LUTFI_MUSIQI);

        submitted(last);

        assertThat(refusedFields(beyond)).containsExactly("schoolId");
        assertThat(data.accountRequestsNamed(last.getUsername())).hasSize(1);
        assertThat(data.accountRequestsNamed(beyond.getUsername())).isEmpty();
        submitted(elsewhere);
        assertThat(data.accountRequestsNamed(elsewhere.getUsername())).as("another school's requests").hasSize(1);
    }

    @Test
    void onceNoRequestWaitsTheAdministratorsNoticesOfRequestsAreRead() throws Exception {
        submitted(draft(Role.TEACHER, PLJEVLJA));
        submitted(draft(Role.STUDENT, PLJEVLJA));
        List<AccountRequest> waiting = schoolPljevlja.call(() -> requests.list(PageRequest.first(100)));
        assertThat(waiting).hasSizeGreaterThanOrEqualTo(2);

        for (AccountRequest request : waiting.subList(0, waiting.size() - 1)) {
            schoolPljevlja.call(() -> discard(request.getId()));
        }
        assertThat(unreadNoticesOfRequests("school.pljevlja")).as("one request still waits").isPositive();
        schoolPljevlja.call(() -> {
            requests.decline(waiting.get(waiting.size() - 1).getId(), "Ne poznajemo vas.");
            return null;
        });

        assertThat(unreadNoticesOfRequests("school.pljevlja")).isZero();
        assertThat(unreadNoticesOfRequests("school.kpt")).as("another school's").isPositive();
    }

    private long unreadNoticesOfRequests(String username) {
        return data.notificationsOf(username, AccountRequests.WAITING_PAGE).stream().filter(Notification::isUnread).count();
    }

    @Test
    void aSchoolWithoutAnActiveAdministratorTakesNoRequest() throws Exception {
        Institution withoutAdministrator = schools.newSchool("ME");
        Institution withAnAdministratorGone = schools.newSchool("ME");
        data.deactivate(data.newAccount(Role.SCHOOL_ADMIN, withAnAdministratorGone.getName()).getUsername());
        AccountRequestDraft first = draft(Role.TEACHER, withoutAdministrator.getName());
        AccountRequestDraft second = draft(Role.STUDENT, withAnAdministratorGone.getName());

        assertThat(refusedFields(first)).containsExactly("schoolId");
        assertThat(refusedFields(second)).containsExactly("schoolId");
        assertThat(data.accountRequestsNamed(first.getUsername())).isEmpty();
        assertThat(data.accountRequestsNamed(second.getUsername())).isEmpty();
    }

    /**
     * A school whose administrator was deactivated after its requests were filed: nobody of the school sees them, so the
     * coordinators decide them, by the rules of the school's administrators; another school's administrator still cannot.
     */
    @Test
    void aCoordinatorDecidesTheRequestsOfASchoolLeftWithoutAnAdministrator() throws Exception {
        Institution school = schools.newSchool("ME");
        String administrator = data.newAccount(Role.SCHOOL_ADMIN, school.getName()).getUsername();
        AccountRequestDraft toConfirm = draft(Role.TEACHER, school.getName());
        AccountRequestDraft toDecline = draft(Role.STUDENT, school.getName());
        submitted(toConfirm);
        submitted(toDecline);
        data.deactivate(administrator);
        long confirmed = waiting(toConfirm.getUsername()).getId();
        long declined = waiting(toDecline.getUsername()).getId();
        String schoolId = String.valueOf(school.getId());

        assertThat(coordinator.call(() -> requests.list(PageRequest.first(20).withFilters(Map.of("school", schoolId)))))
                .extracting(AccountRequest::getId).containsExactlyInAnyOrder(confirmed, declined);
        assertThat(coordinator.call(() -> requests.count(Map.of("schoolName", school.getName(), "country", "ME")))).isEqualTo(2);
        assertThat(coordinator.call(() -> requests.count(Map.of("school", schoolId, "country", "AL")))).isZero();
        assertThat(coordinator.call(() -> requests.count(Map.of("school", schoolId, "role", "STUDENT")))).isEqualTo(1);
        assertThat(schoolKpt.call(() -> requests.list(byUsername(toConfirm.getUsername())))).isEmpty();
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> requests.get(confirmed)));
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> requests.confirm(confirmed)));
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> {
            requests.decline(declined, "Not ours");
            return null;
        }));
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> requests.discardAll(List.of(confirmed, declined))));
        assertThat(data.accountRequestsNamed(toConfirm.getUsername())).as("untouched by another school").hasSize(1);

        TestData.Mailed<UserAccount> welcome = data.mailing(toConfirm.getEmail(),
                () -> coordinator.call(() -> requests.confirm(confirmed)));
        TestData.Mailed<Object> reason = data.mailing(toDecline.getEmail(), () -> coordinator.call(() -> {
            requests.decline(declined, "Škola Vas ne poznaje.");
            return null;
        }));

        UserAccount account = data.account(toConfirm.getUsername());
        assertThat(welcome.result().getId()).isEqualTo(account.getId());
        assertThat(account.getInstitution().getName()).isEqualTo(school.getName());
        assertThat(account.getRoles()).containsExactly(Role.TEACHER);
        assertThat(welcome.body()).contains("/reset-password.xhtml?token=");
        assertThat(reason.body()).contains("Škola Vas ne poznaje.", toDecline.getFullName(), school.getName());
        assertThat(data.accountRequestsNamed(toConfirm.getUsername())).isEmpty();
        assertThat(data.accountRequestsNamed(toDecline.getUsername())).isEmpty();
        assertThat(data.accountsNamed(toDecline.getUsername())).isZero();
        assertThat(data.auditEvents(AuditEventType.USER_CREATED, toConfirm.getUsername())).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_REQUEST_DECLINED, toDecline.getUsername())).isEqualTo(1);
        assertThat(assertThrows(NotFoundException.class, () -> coordinator.call(() -> requests.confirm(confirmed))).getMessageKey())
                .isEqualTo("account_request.no_longer_waiting");
    }

    /**
     * A school deactivated after a request was filed, or whose type was corrected to one where teachers and students do
     * not belong, takes no account: confirming is refused with a message and makes nothing, as a coordinator could not
     * have made that account either; the request still waits, to be declined with the reason.
     */
    @Test
    void aSchoolClosedSinceTheRequestWasFiledTakesNoAccountAndTheRequestIsDeclinedInstead() throws Exception {
        Institution deactivated = schools.newSchool("ME");
        Institution nowACompany = schools.newSchool("ME");
        data.newAccount(Role.SCHOOL_ADMIN, deactivated.getName());
        String administrator = data.newAccount(Role.SCHOOL_ADMIN, nowACompany.getName()).getUsername();
        AccountRequestDraft atDeactivated = draft(Role.TEACHER, deactivated.getName());
        AccountRequestDraft atCompany = draft(Role.STUDENT, nowACompany.getName());
        submitted(atDeactivated);
        submitted(atCompany);
        long first = waiting(atDeactivated.getUsername()).getId();
        long second = waiting(atCompany.getUsername()).getId();
        coordinator.call(() -> institutions.deactivate(deactivated.getId(), institutions.get(deactivated.getId()).getVersion()));
        data.deactivate(administrator);
        coordinator.call(() -> {
            InstitutionDraft asCompany = InstitutionDraft.of(institutions.get(nowACompany.getId()));
            asCompany.setType(InstitutionType.COMPANY);
            return institutions.update(nowACompany.getId(), asCompany);
        });

        for (long id : List.of(first, second)) {
            RejectedException refused = assertThrows(RejectedException.class, () -> coordinator.call(() -> requests.confirm(id)));
            assertThat(refused.getMessageKey()).isEqualTo("account_request.rule.SCHOOL_CLOSED");
        }

        assertThat(data.accountsNamed(atDeactivated.getUsername())).isZero();
        assertThat(data.accountsNamed(atCompany.getUsername())).isZero();
        assertThat(data.auditEvents(AuditEventType.USER_CREATED, atDeactivated.getUsername())).isZero();
        assertThat(data.accountRequestsNamed(atCompany.getUsername())).as("still waiting").hasSize(1);
        TestData.Mailed<Object> reason = data.mailing(atDeactivated.getEmail(), () -> coordinator.call(() -> {
            requests.decline(first, "Shkolla nuk merr pjesë më.");
            return null;
        }));
        assertThat(reason.body()).contains("Shkolla nuk merr pjesë më.");
        assertThat(data.accountRequestsNamed(atDeactivated.getUsername())).isEmpty();
    }

    private Void discard(long id) {
        requests.discard(id);
        return null;
    }

    private List<String> refusedFields(AccountRequestDraft draft) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> requests.submit(draft));
        assertThat(refused.getProblems()).allMatch(problem -> !problem.message().isBlank());
        return refused.getProblems().stream().map(InvalidInputException.Problem::field).toList();
    }

    /**
     * A school deactivated at the moment a request of it is confirmed: the confirmation waits for the school's row,
     * which the deactivation holds, and then finds the school closed. Before, it read the school from the cache, still
     * open, and made the account at a school that no longer took anyone.
     */
    @Test
    void aRequestConfirmedWhileItsSchoolIsDeactivatedWaitsForItAndMakesNoAccount() throws Exception {
        Institution closing = schools.newSchool("AL");
        data.newAccount(Role.SCHOOL_ADMIN, closing.getName());
        AccountRequestDraft draft = draft(Role.TEACHER, closing.getName());
        submitted(draft);
        long id = waiting(draft.getUsername()).getId();

        Future<UserAccount> confirmation = data.changingInstitutionWhile(closing.getName(), Institution::deactivate,
                () -> executor.submit(() -> coordinator.call(() -> requests.confirm(id))));

        ExecutionException refused = assertThrows(ExecutionException.class, () -> confirmation.get(30, TimeUnit.SECONDS));
        assertThat(refused.getCause()).isInstanceOf(RejectedException.class);
        assertThat(((RejectedException) refused.getCause()).getMessageKey()).isEqualTo("account_request.rule.SCHOOL_CLOSED");
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
        assertThat(data.accountRequestsNamed(draft.getUsername())).as("still waiting").hasSize(1);
    }

    private AccountRequest waiting(String username) {
        List<AccountRequest> filed = data.accountRequestsNamed(username);
        assertThat(filed).as("the request of %s", username).hasSize(1);
        return filed.get(0);
    }

    private static PageRequest byUsername(String username) {
        return PageRequest.first(20).withFilters(Map.of("username", username));
    }

    private AccountRequestDraft draft(Role role) {
        return draft(role, KPT);
    }

    private AccountRequestDraft draft(Role role, String schoolName) {
        String username = TestData.unique("asking");
        AccountRequestDraft draft = new AccountRequestDraft();
        draft.setFullName("Arta " + username);
        draft.setEmail(username + "@student.example");
        draft.setUsername(username);
        draft.setRole(role);
        draft.setSchoolId(data.institution(schoolName).getId());
        draft.setLanguage(Language.SQ);
        return draft;
    }

    /** Submits as the form does and waits for what is done after its answer, which the audit log records. */
    private void submitted(AccountRequestDraft draft) throws Exception {
        long recorded = data.auditEvents(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername());
        requests.submit(draft);
        Eventually.until("the request of " + draft.getUsername() + " settled",
                () -> data.auditEvents(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername()) > recorded);
    }

    /**
     * Whether the address is known, filing and telling the school are done after the answer, so that its time tells
     * nobody who is registered. Here a request with the address waits uncommitted while the form is sent: the form
     * still answers, having filed and recorded nothing; the filing follows, finding the address free once it is.
     */
    @Test
    void theFormChecksWhatAnyoneMayKnowAndFilesAfterItsAnswer() throws Exception {
        AccountRequestDraft draft = draft(Role.STUDENT);

        long recordedDuringTheRequest = data.whileAddressFiledUncommitted(draft.getEmail(), KPT, () -> {
            requests.submit(draft);
            return data.auditEvents(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername());
        });

        assertThat(recordedDuringTheRequest).isZero();
        Eventually.until("the request filed after the answer", () -> data.accountRequestsNamed(draft.getUsername()).size() == 1);
        assertThat(data.auditEvents(AuditEventType.ACCOUNT_REQUESTED, draft.getUsername())).isEqualTo(1);
    }
}
