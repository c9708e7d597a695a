package eu.cginternational.it.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.audit.AuditEventType;
import eu.cginternational.domain.learning.CefrLevel;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.learning.Recognition;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.mobility.LearningAgreementDraft;
import eu.cginternational.service.mobility.LearningAgreementService;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The learning agreement in the service, inside the server: who writes it, its versions, conflicts and its documents. */
@ExtendWith(ArquillianExtension.class)
class LearningAgreementIT {

    private static final String KPT = "Kolegji Profesional i Tiranës";
    private static final String MINISTRY_AL = "Ministria e Arsimit dhe Sportit";

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    LearningAgreementService agreements;

    @EJB
    AsSchoolKpt schoolKpt;

    @EJB
    AsSchoolPljevlja schoolPljevlja;

    @EJB
    TestData data;

    @EJB
    LearningAgreementData stored;

    static LearningAgreementDraft draft(String outcomes, Long version, String reason) {
        LearningAgreementDraft draft = new LearningAgreementDraft();
        draft.setLearningOutcomes(outcomes);
        draft.setTasks("Përgatit bufenë e mëngjesit; pastron pajisjet e kuzhinës.");
        draft.setHoursPerWeek(35);
        draft.setMentorName("María José Ruiz");
        draft.setMentorFunction("Shefe e kuzhinës");
        draft.setMentorEmail("mj.ruiz@costaazul.example.es");
        draft.setMonitoring("Bisedë javore me mentorin.");
        draft.setAssessment("Mentori vlerëson detyrat me tabelën e shkollës.");
        draft.setRecognition(Recognition.ECVET);
        draft.setRecognitionDetails("Njësia 4, 8 pikë ECVET.");
        draft.setWorkLanguage("es");
        draft.setLanguageLevel(CefrLevel.A2);
        draft.setVersion(version);
        draft.setReason(reason);
        return draft;
    }

    private LearningAgreement write(long mobilityId, String outcomes, Long version, String reason) throws Exception {
        return schoolKpt.call(() -> agreements.save(mobilityId, draft(outcomes, version, reason)));
    }


    @Test
    void theSendingSchoolWritesTheFirstVersionAndChangesItInPlace() throws Exception {
        Mobility submitted = data.submittedMobility(KPT, LocalDate.of(2031, 2, 3));
        long id = submitted.getId();

        LearningAgreement first = write(id, "Përgatit mëngjesin për 80 mysafirë.", null, null);
        LearningAgreement changed = write(id, "Përgatit mëngjesin dhe drekën për 80 mysafirë.", first.getVersion(), null);

        LearningAgreement agreement = stored.of(id).orElseThrow();
        assertThat(agreement.getVersions()).singleElement().satisfies(version -> {
            assertThat(version.getNumber()).isEqualTo(1);
            assertThat(version.getContent().getLearningOutcomes()).isEqualTo("Përgatit mëngjesin dhe drekën për 80 mysafirë.");
            assertThat(version.getMadeBy().getUsername()).isEqualTo("school.kpt");
            assertThat(version.getReason()).isNull();
        });
        assertThat(changed.getVersion()).isGreaterThan(first.getVersion());
        assertThat(data.auditEvents(AuditEventType.LEARNING_AGREEMENT_CHANGED, "mobility " + id)).isEqualTo(2);
    }

    @Test
    void anotherSchoolNeitherReadsNorWritesIt() throws Exception {
        long id = data.submittedMobility(KPT, LocalDate.of(2031, 3, 3)).getId();
        write(id, "Përgatit mëngjesin për 80 mysafirë.", null, null);

        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> agreements.find(id)));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() -> agreements.versionPdf(id, 1)));
        assertThrows(NotFoundException.class, () -> schoolPljevlja.call(() ->
                agreements.save(id, draft("Ndryshuar nga një shkollë tjetër.", stored.of(id).orElseThrow().getVersion(), null))));
        assertThat(stored.of(id).orElseThrow().getCurrent().getContent().getLearningOutcomes())
                .isEqualTo("Përgatit mëngjesin për 80 mysafirë.");
    }

    @Test
    void invalidInputIsRefusedFieldByFieldAndNothingIsWritten() throws Exception {
        long id = data.submittedMobility(KPT, LocalDate.of(2031, 4, 7)).getId();
        LearningAgreementDraft invalid = draft("<script>alert(1)</script>", null, null);
        invalid.setHoursPerWeek(60);
        invalid.setMentorEmail("not an address");
        LearningAgreementDraft unknownLanguage = draft("Përgatit mëngjesin.", null, null);
        unknownLanguage.setWorkLanguage("xx");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> schoolKpt.call(() -> agreements.save(id, invalid)));
        InvalidInputException language = assertThrows(InvalidInputException.class,
                () -> schoolKpt.call(() -> agreements.save(id, unknownLanguage)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("hoursPerWeek", "learningOutcomes", "mentorEmail");
        assertThat(refused.getProblems()).allSatisfy(problem -> assertThat(problem.message()).isNotBlank().doesNotContain("{"));
        assertThat(language.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("workLanguage");
        assertThat(stored.of(id)).isEmpty();
    }


    @Test
    void aChangeNeedsAReasonAndMakesANewVersionWhileTheFirstStaysAsItWas() throws Exception {
        long id = data.approvedMobility(KPT, MINISTRY_AL, LocalDate.of(2031, 5, 5)).getId();
        LearningAgreement first = write(id, "Përgatit mëngjesin për 80 mysafirë.", null, null);

        RejectedException withoutReason = assertThrows(RejectedException.class,
                () -> write(id, "Përgatit mëngjesin dhe shërben në restorant.", first.getVersion(), " "));
        LearningAgreement amended = write(id, "Përgatit mëngjesin dhe shërben në restorant.", first.getVersion(),
                "Organizata pritëse shtoi shërbimin në restorant.");

        assertThat(withoutReason.getMessageKey()).isEqualTo("learning.rule.REASON_REQUIRED");
        assertThat(amended.getCurrent().getNumber()).isEqualTo(2);
        assertThat(stored.of(id).orElseThrow().getVersions())
                .extracting(LearningAgreementVersion::getNumber, v -> v.getContent().getLearningOutcomes(),
                        LearningAgreementVersion::getReason)
                .containsExactly(tuple(1, "Përgatit mëngjesin për 80 mysafirë.", null),
                        tuple(2, "Përgatit mëngjesin dhe shërben në restorant.", "Organizata pritëse shtoi shërbimin në restorant."));
    }

    @Test
    void eachVersionIsAPdfOfItsOwn() throws Exception {
        long id = data.approvedMobility(KPT, MINISTRY_AL, LocalDate.of(2031, 6, 2)).getId();
        LearningAgreement first = write(id, "Përgatit mëngjesin për 80 mysafirë.", null, null);
        write(id, "Përgatit mëngjesin dhe shërben në restorant.", first.getVersion(), "Shërbim në restorant.");

        Pdf one = schoolKpt.call(() -> agreements.versionPdf(id, 1));
        Pdf two = schoolKpt.call(() -> agreements.versionPdf(id, 2));

        assertThat(new String(Arrays.copyOf(one.content(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(one.fileName()).isEqualTo("learning-agreement-" + id + "-v1.pdf");
        assertThat(two.fileName()).isEqualTo("learning-agreement-" + id + "-v2.pdf");
        assertThat(one.content()).isNotEqualTo(two.content());
        assertThrows(NotFoundException.class, () -> schoolKpt.call(() -> agreements.versionPdf(id, 3)));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() throws Exception {
        long id = data.submittedMobility(KPT, LocalDate.of(2031, 7, 7)).getId();
        LearningAgreement first = write(id, "Përgatit mëngjesin për 80 mysafirë.", null, null);
        write(id, "Përgatit drekën për 80 mysafirë.", first.getVersion(), null);

        assertThrows(ConcurrentChangeException.class, () -> write(id, "Versioni i vjetër.", first.getVersion(), null));
        assertThrows(ConcurrentChangeException.class, () -> write(id, "Si i pari.", null, null));
        assertThat(stored.of(id).orElseThrow().getCurrent().getContent().getLearningOutcomes())
                .isEqualTo("Përgatit drekën për 80 mysafirë.");
    }

    @Test
    void theCertificateIsRefusedBeforeTheMobilityIsCompleted() {
        long id = data.approvedMobility(KPT, MINISTRY_AL, LocalDate.of(2031, 8, 4)).getId();

        RejectedException refused = assertThrows(RejectedException.class, () -> schoolKpt.call(() -> agreements.certificate(id)));

        assertThat(refused.getMessageKey()).isEqualTo("learning.certificate.not_completed");
    }
}
