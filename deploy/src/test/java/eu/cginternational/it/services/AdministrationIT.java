package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.service.account.AccountService;
import eu.cginternational.service.admin.InstitutionAdministration;
import eu.cginternational.service.agreement.AgreementService;
import eu.cginternational.service.admin.InstitutionDraft;
import eu.cginternational.service.admin.UserAdministration;
import eu.cginternational.service.admin.UserDraft;
import eu.cginternational.service.directory.InstitutionDirectory;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mobility.MobilityRow;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coordinator's administration: only coordinators may call it, bad input is refused with a
 * message per field and saves nothing, and concurrent edits of one record cannot both win.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    UserAdministration users;

    @EJB
    InstitutionAdministration institutions;

    @EJB
    InstitutionDirectory directory;

    @EJB
    AsCoordinator coordinator;

    @EJB
    AsStudent student;

    @EJB
    AsMinistryMe ministryMe;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    MobilityService mobilities;

    @EJB
    TestData data;

    @EJB
    AccountService accounts;

    @EJB
    AgreementService agreements;

    @EJB
    AgreementTestData agreementData;

    @Resource
    ManagedExecutorService executor;

    @Test
    void anonymousCallersAndOtherRolesAreRefused() {
        assertThat(causes(refusal(() -> users.count(Map.of())))).hasAtLeastOneElementOfType(EJBAccessException.class);
        assertThat(causes(refusal(() -> student.call(() -> users.list(PageRequest.first(10))))))
                .hasAtLeastOneElementOfType(EJBAccessException.class);
        assertThat(causes(refusal(() -> student.call(() -> institutions.create(institution(TestData.unique("Shkolla")))))))
                .hasAtLeastOneElementOfType(EJBAccessException.class);
    }

    @Test
    void coordinatorListsAccountsPagedSortedAndFilteredInTheDatabase() throws Exception {
        List<UserAccount> teachers = coordinator.call(() -> users.list(
                new PageRequest(0, 2, "username", true, Map.of("role", "TEACHER"))));
        long allTeachers = coordinator.call(() -> users.count(Map.of("role", "TEACHER")));

        assertThat(teachers).hasSize(2).allMatch(u -> u.hasRole(Role.TEACHER));
        assertThat(teachers.get(0).getUsername()).isLessThan(teachers.get(1).getUsername());
        assertThat(allTeachers).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theInstitutionPickerFindsActiveInstitutionsByPartOfTheirName() throws Exception {
        List<String> found = coordinator.call(() -> directory.search("PROFESIONAL i tir", null, 5)).stream()
                .map(institution -> institution.getName())
                .toList();

        assertThat(found).containsExactly(KPT);
    }

    @Test
    void theHostPickerOffersCompaniesProjectPartnersAndVetSchoolsAbroadButNoMinistryNorAgencyNorAnythingAtHome()
            throws Exception {
        String token = TestData.unique("Hostpick");
        for (InstitutionType type : InstitutionType.values()) {
            for (String country : List.of("ES", "AL")) {
                InstitutionDraft draft = institution(token + " " + type + " " + country);
                draft.setType(type);
                draft.setCountryCode(country);
                coordinator.call(() -> institutions.create(draft));
            }
        }

        List<String> offered = teacherKpt.call(() -> directory.hosts(token, "AL", 15)).stream()
                .map(institution -> institution.getName()).toList();

        assertThat(offered).containsExactlyInAnyOrder(token + " COMPANY ES", token + " PROJECT_PARTNER ES",
                token + " VET_SCHOOL ES");
        // The general picker finds the ministry and the agency abroad: the host picker leaves them out, not the data.
        assertThat(teacherKpt.call(() -> directory.search(token, "AL", 15))).hasSize(InstitutionType.values().length);
    }

    @Test
    void creatingAnAccountMailsALinkToChooseAPasswordAndIsAudited() throws Exception {
        UserDraft draft = teacherDraft(TestData.unique("new-teacher"));

        TestData.Mailed<UserAccount> created = data.mailing(draft.getEmail(), () -> coordinator.call(() -> users.create(draft)));

        assertThat(created.result().getId()).isNotNull();
        assertThat(data.outboxMessagesTo(draft.getEmail())).isEqualTo(1);
        assertThat(created.body()).contains("/reset-password.xhtml?token=");
        assertThat(data.auditEvents(AuditEventType.USER_CREATED, draft.getUsername())).isEqualTo(1);
    }

    @Test
    void aCorrectedAddressStopsTheLinkSentToTheFormerOneAndMailsANewOneToSomeoneWhoNeverSignedIn() throws Exception {
        UserDraft draft = teacherDraft(TestData.unique("mistyped"));
        String mistyped = draft.getEmail();
        String first = tokenIn(data.mailing(mistyped, () -> coordinator.call(() -> users.create(draft))));
        UserDraft corrected = UserDraft.of(data.account(draft.getUsername()));
        corrected.setEmail("corrected." + mistyped);

        TestData.Mailed<UserAccount> saved = data.mailing(corrected.getEmail(),
                () -> coordinator.call(() -> users.update(data.account(draft.getUsername()).getId(), corrected)));

        assertThat(refusal(() -> setPassword(first))).isInstanceOf(RejectedException.class);
        setPassword(tokenIn(saved));
        assertThat(data.outboxMessagesTo(mistyped)).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.WELCOME_SENT, draft.getUsername())).isEqualTo(1);
    }

    @Test
    void aChangedAddressOfSomeoneWhoHasSignedInStopsTheirOpenLinksAndMailsNothingNew() throws Exception {
        String username = data.newAccount(Role.TEACHER, KPT).getUsername();
        data.signedIn(username);
        String former = data.account(username).getEmail();
        String open = tokenIn(data.mailedLater(former, () -> accounts.requestPasswordReset(username)));
        UserDraft changed = UserDraft.of(data.account(username));
        changed.setEmail("changed." + former);

        coordinator.call(() -> users.update(data.account(username).getId(), changed));

        assertThat(refusal(() -> setPassword(open))).isInstanceOf(RejectedException.class);
        assertThat(data.outboxMessagesTo(changed.getEmail())).isZero();
        assertThat(data.auditEvents(AuditEventType.WELCOME_SENT, username)).isZero();
    }

    @Test
    void aNewLinkToChooseAPasswordGoesOnlyToAnActiveAccountThatHasNeverSignedIn() throws Exception {
        UserDraft draft = teacherDraft(TestData.unique("forgetful"));
        String first = tokenIn(data.mailing(draft.getEmail(), () -> coordinator.call(() -> users.create(draft))));
        UserAccount created = data.account(draft.getUsername());

        assertThat(refusal(() -> student.call(() -> users.sendWelcomeAgain(created.getId(), created.getVersion()))))
                .isInstanceOf(EJBAccessException.class);
        String second = tokenIn(data.mailing(draft.getEmail(),
                () -> coordinator.call(() -> users.sendWelcomeAgain(created.getId(), created.getVersion()))));

        assertThat(refusal(() -> setPassword(first))).isInstanceOf(RejectedException.class);
        assertThat(second).isNotEqualTo(first);
        assertThat(data.auditEvents(AuditEventType.WELCOME_SENT, draft.getUsername())).isEqualTo(1);

        data.signedIn(draft.getUsername());
        assertThat(refusal(() -> coordinator.call(() -> users.sendWelcomeAgain(created.getId(), created.getVersion()))))
                .as("a version seen before the sign-in").isInstanceOf(ConcurrentChangeException.class);
        UserAccount signedIn = data.account(draft.getUsername());
        assertThat(refusal(() -> coordinator.call(() -> users.sendWelcomeAgain(signedIn.getId(), signedIn.getVersion()))))
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("user.welcome.signed_in");
        UserAccount inactive = data.newAccount(Role.TEACHER, KPT);
        data.deactivate(inactive.getUsername());
        UserAccount deactivated = data.account(inactive.getUsername());
        assertThat(refusal(() -> coordinator.call(() -> users.sendWelcomeAgain(deactivated.getId(), deactivated.getVersion()))))
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("user.welcome.inactive");
        assertThat(data.outboxMessagesTo(draft.getEmail())).isEqualTo(2);
        assertThat(data.outboxMessagesTo(inactive.getEmail())).isZero();
        setPassword(second);
    }

    @Test
    void deactivatingAnAccountStopsItsLinksEvenOnceItIsActiveAgain() throws Exception {
        UserDraft draft = teacherDraft(TestData.unique("leaving"));
        String welcome = tokenIn(data.mailing(draft.getEmail(), () -> coordinator.call(() -> users.create(draft))));
        UserAccount created = data.account(draft.getUsername());

        UserAccount deactivated = coordinator.call(() -> users.deactivate(created.getId(), created.getVersion()));
        assertThat(refusal(() -> setPassword(welcome))).as("while deactivated")
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("account.reset.token_invalid");
        coordinator.call(() -> users.activate(deactivated.getId(), deactivated.getVersion()));

        assertThat(refusal(() -> setPassword(welcome))).as("active again")
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("account.reset.token_invalid");
        UserAccount active = data.account(draft.getUsername());
        setPassword(tokenIn(data.mailing(draft.getEmail(),
                () -> coordinator.call(() -> users.sendWelcomeAgain(active.getId(), active.getVersion())))));
    }

    /**
     * A repeated step (a second click, a client sending it again) is refused with a message, as every step that would
     * change nothing is (a mobility's, a registration's): it records no second audit entry and moves no version.
     */
    @Test
    void aRepeatedDeactivationActivationOrUnlockOfAnAccountIsRefusedAndRecordsNothing() throws Exception {
        UserAccount account = data.newAccount(Role.TEACHER, KPT);
        String username = account.getUsername();
        data.lockedOut(username);
        UserAccount locked = data.account(username);
        UserAccount unlocked = coordinator.call(() -> users.unlock(locked.getId(), locked.getVersion()));
        assertThat(refusal(() -> coordinator.call(() -> users.unlock(unlocked.getId(), unlocked.getVersion()))))
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("user.rule.NOT_LOCKED");

        UserAccount deactivated = coordinator.call(() -> users.deactivate(unlocked.getId(), unlocked.getVersion()));
        assertThat(refusal(() -> coordinator.call(() -> users.deactivate(deactivated.getId(), deactivated.getVersion()))))
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("user.rule.ALREADY_INACTIVE");

        UserAccount activated = coordinator.call(() -> users.activate(deactivated.getId(), deactivated.getVersion()));
        assertThat(refusal(() -> coordinator.call(() -> users.activate(activated.getId(), activated.getVersion()))))
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("user.rule.ALREADY_ACTIVE");

        assertThat(data.auditEvents(AuditEventType.USER_UNLOCKED, username)).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.USER_DEACTIVATED, username)).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.USER_ACTIVATED, username)).isEqualTo(1);
        assertThat(data.account(username).getVersion()).isEqualTo(activated.getVersion());
        assertThat(data.account(username).isActive()).isTrue();
    }

    private Void setPassword(String token) {
        accounts.resetPassword(token, "a passphrase of its own".toCharArray());
        return null;
    }

    private static String tokenIn(TestData.Mailed<?> mailed) {
        Matcher matcher = TOKEN.matcher(mailed.body());
        assertThat(matcher.find()).as("a link in " + mailed.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndSavesNothing() {
        UserDraft draft = teacherDraft("x");
        draft.setEmail("not-an-address");
        draft.setFullName("<script>alert('x')</script>");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> users.create(draft)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field)
                .containsExactlyInAnyOrder("username", "email", "fullName");
        assertThat(refused.getProblems()).allMatch(problem -> !problem.message().isBlank());
        assertThat(data.accountsNamed("x")).isZero();
    }

    @Test
    void overLongFieldsAreRefused() {
        UserDraft draft = teacherDraft(TestData.unique("long"));
        draft.setFullName("A".repeat(UserAccount.FULL_NAME_MAXLENGTH + 1));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> users.create(draft)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("fullName");
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
    }

    @Test
    void aTakenUsernameIsRefusedAndTheExistingAccountStaysAsItWas() {
        UserDraft draft = teacherDraft("teacher.kpt");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> users.create(draft)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("username");
        assertThat(data.account("teacher.kpt").getEmail()).isNotEqualTo(draft.getEmail());
    }

    @Test
    void aForgedInstitutionIdIsRefusedAndSavesNothing() {
        UserDraft draft = teacherDraft(TestData.unique("forged"));
        draft.setInstitutionId(987_654_321L);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> users.create(draft)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("institutionId");
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
    }

    /**
     * A person stays at a deactivated institution until moved: their details are still corrected there (the
     * institution was refused as "not active" although nobody changed it), while nobody is placed at one anew.
     */
    @Test
    void anAccountAtADeactivatedInstitutionIsStillCorrectedButNobodyIsMovedThere() throws Exception {
        String name = TestData.unique("Shkolla e mbyllur");
        var school = coordinator.call(() -> institutions.create(institution(name)));
        UserAccount teacher = data.newAccount(Role.TEACHER, name);
        UserAccount elsewhere = data.newAccount(Role.TEACHER, KPT);
        coordinator.call(() -> institutions.deactivate(school.getId(), school.getVersion()));

        coordinator.call(() -> users.update(teacher.getId(),
                withName(UserDraft.of(data.account(teacher.getUsername())), "Corrected Name")));

        assertThat(data.account(teacher.getUsername()).getFullName()).isEqualTo("Corrected Name");
        UserDraft moved = UserDraft.of(data.account(elsewhere.getUsername()));
        moved.setInstitutionId(school.getId());
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> users.update(elsewhere.getId(), moved)));
        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("institutionId");
        assertThat(data.account(elsewhere.getUsername()).getInstitution().getName()).isEqualTo(KPT);
    }

    @Test
    void aRoleThatDoesNotFitTheInstitutionIsRefused() {
        UserDraft draft = teacherDraft(TestData.unique("misfit"));
        draft.setRoles(Set.of(Role.MINISTRY_ADMIN));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> users.create(draft)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("roles");
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() throws Exception {
        UserAccount account = data.newAccount(Role.TEACHER, KPT);
        UserDraft stale = UserDraft.of(account);
        coordinator.call(() -> users.update(account.getId(), withName(UserDraft.of(account), "First Change")));

        assertThrows(ConcurrentChangeException.class,
                () -> coordinator.call(() -> users.update(account.getId(), withName(stale, "Second Change"))));

        assertThat(data.account(account.getUsername()).getFullName()).isEqualTo("First Change");
    }

    @Test
    void twoCoordinatorsSavingTheSameAccountAtOnceCannotBothWin() throws Exception {
        UserAccount account = data.newAccount(Role.TEACHER, KPT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<Boolean>> edits = List.of("Edit One", "Edit Two").stream()
                .<Callable<Boolean>>map(name -> () -> saved(() -> users.update(account.getId(),
                        withName(UserDraft.of(account), name))))
                .toList();
        int winners = 0;
        try {
            for (Future<Boolean> edit : pool.invokeAll(edits)) {
                winners += edit.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }

        assertThat(winners).isEqualTo(1);
        assertThat(data.account(account.getUsername()).getFullName()).isIn("Edit One", "Edit Two");
        assertThat(data.account(account.getUsername()).getVersion()).isEqualTo(account.getVersion() + 1);
    }

    @Test
    void institutionsWithBadInputAreRefusedAndSaveNothing() {
        String name = TestData.unique("Shkolla <b>");
        InstitutionDraft draft = institution(name);
        draft.setCountryCode("QQ");
        draft.setLatitude(123.0);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> institutions.create(draft)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field)
                .containsExactlyInAnyOrder("name", "latitude");
        assertThat(data.institutionsNamed(name)).isZero();
    }

    @Test
    void institutionsAreDeactivatedNotDeletedAndTheChangeIsAudited() throws Exception {
        String name = TestData.unique("Shkolla Profesionale");
        var created = coordinator.call(() -> institutions.create(institution(name)));

        var deactivated = coordinator.call(() -> institutions.deactivate(created.getId(), created.getVersion()));

        assertThat(deactivated.isActive()).isFalse();
        assertThat(data.institutionsNamed(name)).isEqualTo(1);
        assertThat(data.auditEvents(AuditEventType.INSTITUTION_DEACTIVATED, name)).isEqualTo(1);
    }

    @Test
    void aRepeatedDeactivationOrActivationOfAnInstitutionIsRefusedAndRecordsNothing() throws Exception {
        String name = TestData.unique("Shkolla e përsëritur");
        var created = coordinator.call(() -> institutions.create(institution(name)));

        assertThat(refusal(() -> coordinator.call(() -> institutions.activate(created.getId(), created.getVersion()))))
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("institution.rule.ALREADY_ACTIVE");
        var deactivated = coordinator.call(() -> institutions.deactivate(created.getId(), created.getVersion()));
        assertThat(refusal(() -> coordinator.call(() -> institutions.deactivate(deactivated.getId(), deactivated.getVersion()))))
                .isInstanceOf(RejectedException.class).extracting("messageKey").isEqualTo("institution.rule.ALREADY_INACTIVE");

        assertThat(data.auditEvents(AuditEventType.INSTITUTION_ACTIVATED, name)).isZero();
        assertThat(data.auditEvents(AuditEventType.INSTITUTION_DEACTIVATED, name)).isEqualTo(1);
        assertThat(data.institution(name).getVersion()).isEqualTo(deactivated.getVersion());
    }

    /**
     * A school becomes a company at the moment a teacher is made there: the account waits for the school's row, which
     * the change holds, and is then held to the new type. Before, it read the school from the cache, as a school, and
     * a teacher was made at a company, which no later edit of the account could save.
     */
    @Test
    void aTeacherMadeWhileTheSchoolBecomesACompanyWaitsForItAndIsRefused() throws Exception {
        String name = TestData.unique("Shkolla që po bëhet kompani");
        var school = coordinator.call(() -> institutions.create(institution(name)));
        UserDraft draft = teacherDraft(TestData.unique("racing-teacher"));
        draft.setInstitutionId(school.getId());

        Future<UserAccount> creation = data.changingInstitutionWhile(name,
                institution -> institution.describe(institution.getName(), InstitutionType.COMPANY, institution.getCountry(),
                        institution.getCity(), institution.getLocation()),
                () -> executor.submit(() -> coordinator.call(() -> users.create(draft))));

        Throwable refused = refusal(() -> creation.get(30, TimeUnit.SECONDS));
        assertThat(refused).isInstanceOf(ExecutionException.class);
        assertThat(refused.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused.getCause()).getProblems())
                .extracting(InvalidInputException.Problem::field).containsExactly("roles");
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
        assertThat(data.institution(name).getType()).isEqualTo(InstitutionType.COMPANY);
    }

    /** Nor is anybody made at a school at the moment it is deactivated: the account waits, then finds it closed. */
    @Test
    void anAccountMadeWhileItsSchoolIsDeactivatedWaitsForItAndIsRefused() throws Exception {
        String name = TestData.unique("Shkolla që po mbyllet");
        var school = coordinator.call(() -> institutions.create(institution(name)));
        UserDraft draft = teacherDraft(TestData.unique("late-teacher"));
        draft.setInstitutionId(school.getId());

        Future<UserAccount> creation = data.changingInstitutionWhile(name, Institution::deactivate,
                () -> executor.submit(() -> coordinator.call(() -> users.create(draft))));

        Throwable refused = refusal(() -> creation.get(30, TimeUnit.SECONDS));
        assertThat(refused.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused.getCause()).getProblems())
                .extracting(InvalidInputException.Problem::field).containsExactly("institutionId");
        assertThat(data.accountsNamed(draft.getUsername())).isZero();
    }

    /**
     * The other order: a teacher is being made at the school when the coordinator changes its type. The change waits
     * for the school's row and then finds the teacher, so the school keeps its type.
     */
    @Test
    void aNewTypeChosenWhileATeacherIsBeingMadeThereWaitsAndIsRefused() throws Exception {
        String name = TestData.unique("Shkolla me mësues të ri");
        var school = coordinator.call(() -> institutions.create(institution(name)));
        InstitutionDraft asCompany = InstitutionDraft.of(school);
        asCompany.setType(InstitutionType.COMPANY);

        Future<Institution> change = data.makingAccountWhile(name, Role.TEACHER,
                () -> executor.submit(() -> coordinator.call(() -> institutions.update(school.getId(), asCompany))));

        Throwable refused = refusal(() -> change.get(30, TimeUnit.SECONDS));
        assertThat(refused.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(((InvalidInputException) refused.getCause()).getProblems())
                .extracting(InvalidInputException.Problem::field).containsExactly("type");
        assertThat(data.institution(name).getType()).isEqualTo(InstitutionType.VET_SCHOOL);
    }

    @Test
    void aSchoolWhoseCountryIsCorrectedTakesItsMobilitiesToThatCountrysMinistry() throws Exception {
        String name = TestData.unique("Shkolla e zhvendosur");
        var school = coordinator.call(() -> institutions.create(institution(name)));
        long mobility = data.submittedMobility(name, LocalDate.of(2032, 4, 6)).getId();
        PageRequest ofTheSchool = new PageRequest(0, 10, null, true, Map.of("schoolName", name));
        assertThat(ministryMe.call(() -> mobilities.page(ofTheSchool).total())).isZero();

        InstitutionDraft inMontenegro = InstitutionDraft.of(school);
        inMontenegro.setCountryCode("ME");
        coordinator.call(() -> institutions.update(school.getId(), inMontenegro));

        assertThat(data.mobility(mobility).getSendingCountryCode()).isEqualTo("ME");
        assertThat(ministryMe.call(() -> mobilities.page(ofTheSchool).items()))
                .extracting(MobilityRow::id).containsExactly(mobility);
    }

    /**
     * The agreements a school is a party to follow its corrected country too: a ministry's list finds them by the
     * countries of the parties, which the agreement keeps, and the list of the former country's ministry no longer does.
     */
    @Test
    void aSchoolWhoseCountryIsCorrectedTakesItsAgreementsToThatCountrysMinistry() throws Exception {
        String name = TestData.unique("Shkolla me marrëveshje");
        var school = coordinator.call(() -> institutions.create(institution(name)));
        String director = data.newAccount(Role.SCHOOL_ADMIN, name).getUsername();
        long agreement = agreementData.inForceSignedBy(director, LocalDate.of(2032, 1, 1), LocalDate.of(2033, 12, 31));
        String title = agreementData.agreement(agreement).getTitle();
        assertThat(ministryMe.call(() -> agreements.page(agreementsTitled(title, null)).total())).isZero();
        assertThat(coordinator.call(() -> agreements.page(agreementsTitled(title, "AL")).total())).isEqualTo(1);

        InstitutionDraft inMontenegro = InstitutionDraft.of(school);
        inMontenegro.setCountryCode("ME");
        coordinator.call(() -> institutions.update(school.getId(), inMontenegro));

        assertThat(ministryMe.call(() -> agreements.page(agreementsTitled(title, null)).items()))
                .extracting(Agreement::getId).containsExactly(agreement);
        assertThat(coordinator.call(() -> agreements.page(agreementsTitled(title, "ME")).total())).isEqualTo(1);
        assertThat(coordinator.call(() -> agreements.page(agreementsTitled(title, "AL")).total()))
                .as("no party left in Albania").isZero();
        assertThat(agreementData.agreement(agreement).getInvolvedCountries()).containsExactlyInAnyOrder("ME", "ES");
    }

    private static PageRequest agreementsTitled(String title, String country) {
        return new PageRequest(0, 10, null, true, country == null ? Map.of("title", title) : Map.of("title", title, "country", country));
    }

    @Test
    void anInstitutionKeepsItsTypeWhileActiveAccountsHoldRolesThatWouldNotFitTheNewOne() throws Exception {
        String name = TestData.unique("Shkolla që bëhet kompani");
        var school = coordinator.call(() -> institutions.create(institution(name)));
        UserAccount administrator = data.newAccount(Role.SCHOOL_ADMIN, name);
        UserAccount teacher = data.newAccount(Role.TEACHER, name);
        data.deactivate(data.newAccount(Role.STUDENT, name).getUsername());
        InstitutionDraft asCompany = InstitutionDraft.of(school);
        asCompany.setType(InstitutionType.COMPANY);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> institutions.update(school.getId(), asCompany)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("type");
        assertThat(refused.getProblems().get(0).message()).contains("SCHOOL_ADMIN", "TEACHER").doesNotContain("STUDENT");
        assertThat(data.institution(name).getType()).isEqualTo(InstitutionType.VET_SCHOOL);
        // the teacher can still be edited, as a teacher of a school
        coordinator.call(() -> users.update(teacher.getId(), withName(UserDraft.of(data.account(teacher.getUsername())),
                "Still A Teacher")));

        data.deactivate(administrator.getUsername());
        data.deactivate(teacher.getUsername());
        coordinator.call(() -> institutions.update(school.getId(), asCompany));

        assertThat(data.institution(name).getType()).isEqualTo(InstitutionType.COMPANY);
        // nor does a deactivated teacher come back as a teacher of a company
        UserAccount leftAsTeacher = data.account(teacher.getUsername());
        RejectedException activation = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> users.activate(leftAsTeacher.getId(), leftAsTeacher.getVersion())));
        assertThat(activation.getMessageKey()).isEqualTo("user.rule.ROLES_NOT_FITTING");
        assertThat(data.account(teacher.getUsername()).isActive()).isFalse();
    }

    private boolean saved(Callable<?> edit) throws Exception {
        try {
            coordinator.call(edit);
            return true;
        } catch (ConcurrentChangeException e) {
            return false;
        }
    }

    private UserDraft teacherDraft(String username) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setEmail(username + "@school.example");
        draft.setFullName("Test Teacher");
        draft.setInstitutionId(data.institution(KPT).getId());
        draft.setRoles(Set.of(Role.TEACHER));
        draft.setLanguage(Language.SQ);
        return draft;
    }

    private static UserDraft withName(UserDraft draft, String fullName) {
        draft.setFullName(fullName);
        return draft;
    }

    private static InstitutionDraft institution(String name) {
        InstitutionDraft draft = new InstitutionDraft();
        draft.setName(name);
        draft.setType(InstitutionType.VET_SCHOOL);
        draft.setCountryCode("AL");
        draft.setCity("Durrës");
        draft.setLatitude(41.3246);
        draft.setLongitude(19.4565);
        return draft;
    }

    private static Throwable refusal(Callable<?> call) {
        return catchThrowable(call::call);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
