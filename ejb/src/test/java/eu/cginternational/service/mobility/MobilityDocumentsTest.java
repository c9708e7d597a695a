package eu.cginternational.service.mobility;

import static eu.cginternational.domain.PersistedAs.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.guidance.LocalizedText;
import eu.cginternational.domain.guidance.Occupation;
import eu.cginternational.domain.guidance.Sector;
import eu.cginternational.domain.institution.Country;
import eu.cginternational.domain.institution.CountryGroup;
import eu.cginternational.domain.institution.GeoPoint;
import eu.cginternational.domain.institution.Institution;
import eu.cginternational.domain.institution.InstitutionType;
import eu.cginternational.domain.learning.CefrLevel;
import eu.cginternational.domain.learning.LearningAgreement;
import eu.cginternational.domain.learning.LearningAgreementContent;
import eu.cginternational.domain.learning.LearningAgreementContent.Mentor;
import eu.cginternational.domain.learning.LearningAgreementVersion;
import eu.cginternational.domain.learning.Recognition;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityType;
import eu.cginternational.service.documents.Pdf;
import eu.cginternational.service.guidance.OccupationCatalogue;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The PDFs of a mobility, rendered and read back with PDFBox: the texts in the participant's
 * language with their own letters, the font embedded, and the same bytes for the same version.
 */
class MobilityDocumentsTest {

    private static final Country ALBANIA = new Country("AL", CountryGroup.REGION_1, false, true, ZoneId.of("Europe/Tirane"));
    private static final Country MONTENEGRO = new Country("ME", CountryGroup.REGION_1, false, true,
            ZoneId.of("Europe/Podgorica"));
    private static final Country ITALY = new Country("IT", CountryGroup.GROUP_2, true, false);
    private static final Instant T0 = Instant.parse("2026-06-02T08:00:00Z");

    private static final Occupation CNC_OPERATOR = new Occupation("7223", new Occupation.Content(Sector.MECHANICS_METAL, 4, "RC",
            new LocalizedText("CNC machine tool operator", "Operator makinash CNC", "Operater CNC mašina"),
            new LocalizedText("Sets up and operates CNC machine tools.", "Përgatit dhe operon makina CNC.",
                    "Podešava i upravlja CNC mašinama."),
            new LocalizedText("CNC programming", "programimi CNC", "CNC programiranje"), List.of()));

    private final MobilityDocuments documents = new MobilityDocuments();
    private final Institution italianHost = withId(new Institution("Officina Meccanica Romagnola S.r.l.",
            InstitutionType.COMPANY, ITALY, "Forlì", new GeoPoint(44.21, 12.05)), 30L);
    private final Institution ministry = withId(new Institution("Ministria", InstitutionType.MINISTRY, ALBANIA, "Tiranë",
            new GeoPoint(41.33, 19.82)), 31L);

    MobilityDocumentsTest() {
        documents.occupations = new OccupationCatalogue() {
            @Override
            public Occupation get(String iscoCode) {
                assertThat(iscoCode).isEqualTo(CNC_OPERATOR.getIscoCode());
                return CNC_OPERATOR;
            }
        };
    }

    private static UserAccount person(long id, String fullName, Institution institution, Role role, Language language) {
        return withId(new UserAccount("user" + id, "user" + id + "@example.org", fullName, institution, EnumSet.of(role),
                language, "hash"), id);
    }

    /**
     * A learner mobility of the school's student for the occupation (an ISCO code, or null for none), taken
     * through its steps up to the given action.
     */
    private Mobility mobility(Institution school, UserAccount student, String occupation, MobilityAction... steps) {
        UserAccount teacher = person(student.getId() + 1, "Teacher", school, Role.TEACHER, Language.EN);
        UserAccount admin = person(student.getId() + 2, "Administrator", school, Role.SCHOOL_ADMIN, Language.EN);
        UserAccount minister = person(student.getId() + 3, "Ministry", ministry, Role.MINISTRY_ADMIN, Language.EN);
        Mobility mobility = withId(new Mobility(student, MobilityType.LEARNER_SHORT_TERM, school, italianHost,
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 27), teacher), 4711L);
        mobility.trainFor(occupation);
        Instant at = T0;
        int approvals = 0;
        for (MobilityAction action : steps) {
            at = at.plusSeconds(3600);
            UserAccount actor = switch (action) {
                case SUBMIT -> teacher;
                case APPROVE -> approvals++ == 0 ? admin : minister;
                default -> admin;
            };
            if (action == MobilityAction.START) {
                // on its first day: no mobility starts before
                at = Instant.parse("2026-09-07T07:00:00Z");
            }
            if (action == MobilityAction.COMPLETE) {
                // the report and the completion after the last day
                mobility.report("Tre javë në punishte.", Instant.parse("2026-09-28T10:00:00Z"));
                at = Instant.parse("2026-09-29T14:30:00Z");
            }
            mobility.act(action, actor, null, at);
        }
        return mobility;
    }

    private static final MobilityAction[] TO_IN_PROGRESS = {MobilityAction.SUBMIT, MobilityAction.APPROVE,
            MobilityAction.APPROVE, MobilityAction.START};
    private static final MobilityAction[] TO_COMPLETED = {MobilityAction.SUBMIT, MobilityAction.APPROVE,
            MobilityAction.APPROVE, MobilityAction.START, MobilityAction.COMPLETE};

    private static LearningAgreementContent content(String outcomes, String tasks, String mentor, String language,
            CefrLevel level) {
        return new LearningAgreementContent(outcomes, tasks, 35, new Mentor(mentor, "Përgjegjës i punishtes",
                "mentor@officina.example.it"), "Çdo javë një bisedë me mentorin.", "Mentori vlerëson detyrat.",
                Recognition.ECVET, "Njësia 3, 10 pikë ECVET.", language, level);
    }

    private static String sha256(Pdf pdf) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.content()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Pdf pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Nested
    class LearningAgreementInAlbanian {

        private final Institution kpt = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
                ALBANIA, "Tiranë", new GeoPoint(41.33, 19.82)), 20L);
        private final UserAccount klea = person(100L, "Klea Shehu", kpt, Role.STUDENT, Language.SQ);
        private final Mobility mobility = mobility(kpt, klea, CNC_OPERATOR.getIscoCode(), TO_IN_PROGRESS);
        private final LearningAgreement agreement = new LearningAgreement(mobility,
                content("Përgatit dhe drejton një torno CNC në mënyrë të sigurt.", "Ndihmon në punishte.", "Giulia Bianchi",
                        "it", CefrLevel.A2),
                klea, T0.plusSeconds(86_400));

        LearningAgreementInAlbanian() {
            agreement.change(content("Përgatit, drejton dhe mirëmban një torno CNC.", "Ndihmon në punishte; çdo të premte mirëmbajtje.",
                    "Giulia Bianchi", "it", CefrLevel.B1), klea, "Organizata pritëse shtoi mirëmbajtjen e makinave.",
                    Instant.parse("2026-09-14T10:00:00Z"));
        }

        @Test
        void eachVersionSaysWhatItHeldInTheParticipantsLanguage() throws IOException {
            String first = text(documents.learningAgreement(agreement.findVersion(1).orElseThrow()));
            String second = text(documents.learningAgreement(agreement.getCurrent()));

            assertThat(first).contains("Marrëveshja e të nxënit").contains("Versioni 1, i datës 3 qershor 2026")
                    .contains("Përgatit dhe drejton një torno CNC në mënyrë të sigurt.")
                    .contains("Niveli A2 (elementar)".substring(1))
                    .doesNotContain("Ndryshimi i bërë në këtë version");
            assertThat(second).contains("Versioni 2, i datës 14 shtator 2026")
                    .contains("Klea Shehu").contains("Kolegji Profesional i Tiranës, Tiranë (Shqipëri)")
                    .contains("Officina Meccanica Romagnola S.r.l., Forlì").contains("Itali")
                    .contains("Lëvizshmëri afatshkurtër e nxënësve").contains("Profesioni 7223 – Operator makinash CNC")
                    .contains("nga 7 shtator 2026 deri më 27 shtator 2026").contains("21 ditë")
                    .contains("Përgatit, drejton dhe mirëmban një torno CNC.")
                    .contains("Ndihmon në punishte; çdo të premte mirëmbajtje.")
                    .contains("Orë në javë 35")
                    .contains("Giulia Bianchi").contains("Përgjegjës i punishtes").contains("mentor@officina.example.it")
                    .contains("Italisht, niveli B1 (i mesëm)")
                    .contains("Çdo javë një bisedë me mentorin.").contains("Mentori vlerëson detyrat.")
                    .contains("ECVET: njësi të rezultateve të të nxënit me pikë krediti").contains("Njësia 3, 10 pikë ECVET.")
                    .contains("Ndryshimi i bërë në këtë version")
                    .contains("Organizata pritëse shtoi mirëmbajtjen e makinave.")
                    .contains("lëvizshmërinë nr. 4711");
        }

        @Test
        void theFileNameNamesTheMobilityAndTheVersion() {
            assertThat(documents.learningAgreement(agreement.getCurrent()).fileName()).isEqualTo("learning-agreement-4711-v2.pdf");
        }

        @Test
        void theSameVersionGivesTheSameBytesSoThatItCanBeHashed() {
            Pdf once = documents.learningAgreement(agreement.getCurrent());
            Pdf again = documents.learningAgreement(agreement.getCurrent());
            Pdf other = documents.learningAgreement(agreement.findVersion(1).orElseThrow());

            assertThat(sha256(again)).isEqualTo(sha256(once));
            assertThat(sha256(other)).isNotEqualTo(sha256(once));
        }

        @Test
        void theFontIsEmbeddedOnEveryPage() throws IOException {
            try (PDDocument document = Loader.loadPDF(documents.learningAgreement(agreement.getCurrent()).content())) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        fonts.add(resources.getFont(name));
                    }
                }
                assertThat(document.getNumberOfPages()).isPositive();
                assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                });
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Marrëveshja e të nxënit");
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("sq");
            }
        }
    }

    @Nested
    class TermsChangedAndChangedBack {

        private final Institution kpt = withId(new Institution("Kolegji Profesional i Tiranës", InstitutionType.VET_SCHOOL,
                ALBANIA, "Tiranë", new GeoPoint(41.33, 19.82)), 20L);
        private final Institution otherHost = withId(new Institution("Hotel Adriatik", InstitutionType.COMPANY, MONTENEGRO,
                "Budva", new GeoPoint(42.29, 18.84)), 32L);
        private final UserAccount arta = person(300L, "Arta Hoxha", kpt, Role.STUDENT, Language.EN);
        private final Mobility mobility = mobility(kpt, arta, null);
        private final LearningAgreementVersion version = new LearningAgreement(mobility,
                content("Sets up and runs a CNC lathe safely.", "Assists in the workshop.", "Giulia Bianchi", "it", CefrLevel.A2),
                arta, T0).getCurrent();

        private void revise(Institution host, Instant at) {
            mobility.revise(mobility.getType(), host, mobility.getStartDate(), mobility.getEndDate(), false, false, null, at);
        }

        @Test
        void theSameTermsAgainAfterAChangeGiveAnotherDocumentThatSaysWhenTheTermsChanged() throws IOException {
            Pdf asAppliedFor = documents.learningAgreement(version);
            revise(otherHost, Instant.parse("2026-06-03T09:15:00Z"));
            Pdf changed = documents.learningAgreement(version);
            revise(italianHost, Instant.parse("2026-06-03T11:40:00Z"));
            Pdf changedBack = documents.learningAgreement(version);

            assertThat(text(asAppliedFor)).doesNotContain("Terms of the mobility");
            assertThat(text(changed)).contains("Hotel Adriatik")
                    .contains("Terms of the mobility as changed on June 3, 2026 at 11:15 (Europe/Tirane)");
            assertThat(text(changedBack)).contains("Officina Meccanica Romagnola S.r.l., Forlì")
                    .contains("Terms of the mobility as changed on June 3, 2026 at 13:40 (Europe/Tirane)");
            assertThat(List.of(sha256(asAppliedFor), sha256(changed), sha256(changedBack))).doesNotHaveDuplicates();
            assertThat(sha256(documents.learningAgreement(version))).isEqualTo(sha256(changedBack));
        }

        /**
         * A version made and terms changed in the last hour of a UTC day, in winter, are the next day at the sending
         * school in Tirana, where the agreement is written and sent: the PDF says that day and that clock's time.
         */
        @Test
        void momentsAreWrittenOnTheSendingSchoolsClockAcrossMidnight() throws IOException {
            LearningAgreementVersion lateVersion = new LearningAgreement(mobility,
                    content("Sets up and runs a CNC lathe safely.", "Assists in the workshop.", "Giulia Bianchi", "it",
                            CefrLevel.A2), arta, Instant.parse("2026-01-14T23:30:00Z")).getCurrent();
            revise(otherHost, Instant.parse("2026-01-20T23:10:00Z"));

            assertThat(text(documents.learningAgreement(lateVersion))).contains("Version 1 of January 15, 2026")
                    .contains("Terms of the mobility as changed on January 21, 2026 at 00:10 (Europe/Tirane)")
                    .contains("on January 15, 2026.").doesNotContain("January 14").doesNotContain("January 20");
        }
    }

    @Nested
    class InMontenegrin {

        private final Institution pljevlja = withId(new Institution("SVS-Pljevlja", InstitutionType.VET_SCHOOL,
                MONTENEGRO, "Pljevlja", new GeoPoint(43.36, 19.36)), 21L);
        private final UserAccount luka = person(200L, "Luka Knežević", pljevlja, Role.STUDENT, Language.CNR);

        @Test
        void theLearningAgreementKeepsEveryLetter() throws IOException {
            LearningAgreement agreement = new LearningAgreement(mobility(pljevlja, luka, null, TO_IN_PROGRESS),
                    content("Samostalno priprema đuveč i čorbu; poštuje higijenske standarde.", "Rad u kuhinji: šnicle, ćevapi, žganci.",
                            "Đorđe Šćekić", "cnr", CefrLevel.C1), luka, T0);

            String text = text(documents.learningAgreement(agreement.getCurrent()));

            assertThat(text).contains("Ugovor o učenju").contains("Verzija 1, 02. jun 2026.")
                    .contains("Luka Knežević").contains("SVS-Pljevlja, Pljevlja (Crna Gora)")
                    .contains("Samostalno priprema đuveč i čorbu; poštuje higijenske standarde.")
                    .contains("Rad u kuhinji: šnicle, ćevapi, žganci.")
                    .contains("Đorđe Šćekić").contains("Crnogorski, nivo C1 (napredni)")
                    .contains("Kratkoročna mobilnost učenika").contains("21 dana")
                    .doesNotContain("Zanimanje");
        }

        @Test
        void theCertificateOfACompletedMobilityCarriesTheOutcomesOfTheLatestVersion() throws IOException {
            Mobility completed = mobility(pljevlja, luka, CNC_OPERATOR.getIscoCode(), TO_COMPLETED);
            LearningAgreementVersion latest = new LearningAgreement(withId(mobility(pljevlja, luka, null, TO_IN_PROGRESS), 4711L),
                    content("Priprema tradicionalna jela: kačamak, đuveč, čorba.", "Kuhinja", "Željko Đurović", "it", CefrLevel.B1),
                    luka, T0).getCurrent();

            Pdf certificate = documents.certificate(completed, Optional.of(latest));
            String text = text(certificate);

            assertThat(certificate.fileName()).isEqualTo("certificate-of-mobility-4711.pdf");
            assertThat(text).contains("Potvrda o mobilnosti")
                    .contains("SVS-Pljevlja potvrđuje da je Luka Knežević završio/la sljedeću mobilnost u inostranstvu.")
                    .contains("Officina Meccanica Romagnola S.r.l., Forlì").contains("Italija")
                    .contains("Zanimanje 7223 – Operater CNC mašina")
                    .contains("07. septembar 2026. – 27. septembar 2026.").contains("21 dana")
                    .contains("Priprema tradicionalna jela: kačamak, đuveč, čorba.")
                    .contains("SVS-Pljevlja, Pljevlja, 29. septembar 2026.")
                    .contains("br. 4711");
        }

        /** Completed at 22:30 UTC in September, half past midnight in Pljevlja: the school issues it on its next day. */
        @Test
        void theCertificateIsIssuedOnTheSendingSchoolsDay() throws IOException {
            Mobility completed = mobility(pljevlja, luka, null, TO_IN_PROGRESS);
            completed.report("Tri nedjelje u radionici.", Instant.parse("2026-09-28T10:00:00Z"));
            completed.act(MobilityAction.COMPLETE, person(luka.getId() + 2, "Administrator", pljevlja, Role.SCHOOL_ADMIN,
                    Language.EN), null, Instant.parse("2026-09-29T22:30:00Z"));

            assertThat(text(documents.certificate(completed, Optional.empty())))
                    .contains("SVS-Pljevlja, Pljevlja, 30. septembar 2026.");
        }

        @Test
        void aCertificateIsTheSameWhenIssuedAgain() {
            Mobility completed = mobility(pljevlja, luka, null, TO_COMPLETED);

            assertThat(sha256(documents.certificate(completed, Optional.empty())))
                    .isEqualTo(sha256(documents.certificate(completed, Optional.empty())));
        }

        @Test
        void thereIsNoCertificateBeforeCompletion() {
            Mobility running = mobility(pljevlja, luka, null, TO_IN_PROGRESS);

            assertThrows(IllegalStateException.class, () -> documents.certificate(running, Optional.empty()));
        }
    }
}
