package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStatus;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mobility.MobilityDraft;
import eu.cginternational.service.mobility.MobilityService;
import eu.cginternational.service.mobility.MobilityTransition;
import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Approving in the service, inside the server: concurrent approvals, scope by school and country, who may withdraw,
 * and who may discard a draft.
 */
@ExtendWith(ArquillianExtension.class)
class MobilityApprovalIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    MobilityService mobilities;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsMinistryMe ministryMe;

    @EJB
    TestData data;

    @Test
    void twoApprovalsRacingForTheSameVersionLeaveExactlyOneWinner() throws Exception {
        Mobility submitted = data.submittedMobility(KPT, LocalDate.of(2030, 2, 4));
        long id = submitted.getId();
        MobilityTransition approve = new MobilityTransition(MobilityAction.APPROVE, null, submitted.getVersion());
        List<String> outcomes = Race.twice(() -> {
            try {
                schoolKpt.call(() -> mobilities.act(id, approve));
                return "approved";
            } catch (ConcurrentChangeException e) {
                return "changed meanwhile";
            }
        });

        assertThat(outcomes).containsExactlyInAnyOrder("approved", "changed meanwhile");
        Mobility after = data.mobility(id);
        assertThat(after.getStatus()).isEqualTo(MobilityStatus.SCHOOL_APPROVED);
        assertThat(after.getHistory()).filteredOn(step -> step.getAction() == MobilityAction.APPROVE).hasSize(1);
    }

    @Test
    void anotherSchoolsAdministratorNeitherSeesNorApproves() {
        Mobility submitted = data.submittedMobility(KPT, LocalDate.of(2030, 3, 4));
        MobilityTransition approve = new MobilityTransition(MobilityAction.APPROVE, null, submitted.getVersion());

        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> mobilities.get(submitted.getId())));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> mobilities.act(submitted.getId(), approve)));
        assertThat(data.mobility(submitted.getId()).getStatus()).isEqualTo(MobilityStatus.SUBMITTED);
    }

    @Test
    void theMinistryOfAnotherCountryCannotGiveTheFinalApproval() throws Exception {
        Mobility submitted = data.submittedMobility(KPT, LocalDate.of(2030, 4, 1));
        Mobility schoolApproved = schoolKpt.call(() -> mobilities.act(submitted.getId(),
                new MobilityTransition(MobilityAction.APPROVE, null, submitted.getVersion())));

        assertThrows(NotFoundException.class, () -> ministryMe.call(() -> mobilities.act(schoolApproved.getId(),
                new MobilityTransition(MobilityAction.APPROVE, null, schoolApproved.getVersion()))));
        assertThat(data.mobility(submitted.getId()).getStatus()).isEqualTo(MobilityStatus.SCHOOL_APPROVED);
    }

    @Test
    void onlyTheApplicantWithdrawsTheSchoolDecides() throws Exception {
        Mobility submitted = data.submittedMobility(KPT, LocalDate.of(2030, 5, 6));
        MobilityTransition withdraw = new MobilityTransition(MobilityAction.WITHDRAW, null, submitted.getVersion());

        assertThat(schoolKpt.call(() -> mobilities.actionsFor(submitted)))
                .containsExactlyInAnyOrder(MobilityAction.APPROVE, MobilityAction.RETURN, MobilityAction.REJECT);
        assertThrows(AccessDeniedException.class, () -> schoolKpt.call(() -> mobilities.act(submitted.getId(), withdraw)));
        // a colleague of whoever submitted it is not the applicant either (DESIGN.md: withdrawn by the applicant)
        assertThat(teacherKpt.call(() -> mobilities.actionsFor(submitted))).doesNotContain(MobilityAction.WITHDRAW);
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> mobilities.act(submitted.getId(), withdraw)));
        assertThat(data.mobility(submitted.getId()).getStatus()).isEqualTo(MobilityStatus.SUBMITTED);
    }

    @Test
    void aDraftWhoseFirstDayHasPassedIsNotSubmittedNorOfferedToBe() throws Exception {
        Mobility draft = data.draftMobility(KPT, LocalDate.now(ZoneOffset.UTC).minusDays(3));
        MobilityTransition submit = new MobilityTransition(MobilityAction.SUBMIT, null, draft.getVersion());

        RejectedException e = assertThrows(RejectedException.class,
                () -> teacherKpt.call(() -> mobilities.act(draft.getId(), submit)));

        assertThat(e.getMessageKey()).isEqualTo("mobility.rule.START_PASSED");
        // the API's actions and the page's buttons: only what will work, and discarding the draft still does
        assertThat(teacherKpt.call(() -> mobilities.actionsFor(draft))).doesNotContain(MobilityAction.SUBMIT);
        assertThat(schoolKpt.call(() -> mobilities.actionsFor(draft))).containsExactly(MobilityAction.WITHDRAW);
        assertThat(data.mobility(draft.getId()).getStatus()).isEqualTo(MobilityStatus.DRAFT);
    }

    @Test
    void aTeacherDiscardsADraftTheyMadeButNotOneAColleagueMade() throws Exception {
        Mobility ofAColleague = data.draftMobilityOfANewTeacher(KPT, LocalDate.of(2030, 6, 3));
        MobilityDraft draft = new MobilityDraft();
        draft.setParticipantId(ofAColleague.getParticipant().getId());
        draft.setType(MobilityType.LEARNER_SHORT_TERM);
        draft.setHostId(ofAColleague.getHost().getId());
        draft.setStartDate(LocalDate.of(2030, 7, 1));
        draft.setEndDate(LocalDate.of(2030, 7, 21));
        Mobility own = teacherKpt.call(() -> mobilities.apply(draft));

        assertThat(teacherKpt.call(() -> mobilities.actionsFor(ofAColleague))).doesNotContain(MobilityAction.WITHDRAW);
        assertThrows(AccessDeniedException.class, () -> teacherKpt.call(() -> mobilities.act(ofAColleague.getId(),
                new MobilityTransition(MobilityAction.WITHDRAW, null, ofAColleague.getVersion()))));
        assertThat(data.mobility(own.getId()).getCreatedBy()).isEqualTo(data.account("teacher.kpt"));
        assertThat(teacherKpt.call(() -> mobilities.actionsFor(own))).contains(MobilityAction.WITHDRAW);
        Mobility discarded = teacherKpt.call(() -> mobilities.act(own.getId(),
                new MobilityTransition(MobilityAction.WITHDRAW, null, own.getVersion())));

        assertThat(discarded.getStatus()).isEqualTo(MobilityStatus.WITHDRAWN);
        assertThat(data.mobility(ofAColleague.getId()).getStatus()).isEqualTo(MobilityStatus.DRAFT);
    }
}
