package eu.cginternational.it.services;

import static eu.cginternational.it.services.CounsellingIT.assertRefusedByRole;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.guidance.Audience;
import eu.cginternational.domain.guidance.GuidanceResource;
import eu.cginternational.domain.guidance.ResourceKind;
import eu.cginternational.domain.guidance.ResourceStatus;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.service.error.RejectedException;
import eu.cginternational.service.guidance.ResourceDraft;
import eu.cginternational.service.guidance.ResourceLibrary;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.ejb.EJB;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The resource library in the service, inside the server: who adds and who publishes, what readers
 * see, script neutralised, files refused by size and by content with a clear message, https only,
 * and the portable search with its filters.
 */
@ExtendWith(ArquillianExtension.class)
class ResourceLibraryIT {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive deployment() {
        return ServiceDeployment.create();
    }

    @EJB
    ResourceLibrary library;

    @EJB
    AsTeacherKpt teacherKpt;

    @EJB
    AsStudentKpt studentKpt;

    @EJB
    AsCoordinator coordinator;

    private static ResourceDraft draft(String title) {
        ResourceDraft draft = new ResourceDraft();
        draft.setTitle(title);
        draft.setSummary("Made by a test of the library.");
        draft.setKind(ResourceKind.GUIDE);
        draft.setLanguage(Language.SQ);
        draft.setAudiences(EnumSet.of(Audience.STUDENT));
        draft.setTopics(List.of("Intervista", "CV"));
        draft.setBody("<p>Përgatitja për intervistën e punës</p>");
        return draft;
    }

    private static PageRequest search(Map<String, String> filters) {
        return new PageRequest(0, 50, null, true, filters);
    }

    // Publishing

    @Test
    void aTeachersDraftIsHiddenFromStudentsUntilACoordinatorPublishesIt() throws Exception {
        String title = TestData.unique("Draft guide");
        GuidanceResource created = teacherKpt.call(() -> library.create(draft(title)));
        long id = created.getId();

        assertThat(created.getStatus()).isEqualTo(ResourceStatus.DRAFT);
        assertThrows(NotFoundException.class, () -> studentKpt.call(() -> library.get(id)));
        assertRefusedByRole(() -> teacherKpt.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, null)));

        coordinator.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, created.getVersion()));

        assertThat(studentKpt.call(() -> library.get(id)).getStatus()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(studentKpt.call(() -> library.get(id)).getPublishedAt()).isNotNull();
    }

    @Test
    void aStepTheLifeOfAResourceDoesNotAllowIsRefused() throws Exception {
        GuidanceResource created = coordinator.call(() -> library.create(draft(TestData.unique("Life"))));
        long id = created.getId();
        long published = coordinator.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, created.getVersion())).getVersion();

        RejectedException twice = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, published)));
        RejectedException back = assertThrows(RejectedException.class,
                () -> coordinator.call(() -> library.moveTo(id, ResourceStatus.DRAFT, published)));

        assertThat(twice.getMessageKey()).isEqualTo("resource.status.illegal");
        assertThat(back.getMessageKey()).isEqualTo("resource.status.illegal");
    }

    @Test
    void aStepWithoutTheVersionLastReadIsRefusedNamingItAndChangesNothing() throws Exception {
        GuidanceResource created = coordinator.call(() -> library.create(draft(TestData.unique("Unversioned step"))));
        long id = created.getId();

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> coordinator.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, null)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("version");
        GuidanceResource after = coordinator.call(() -> library.get(id));
        assertThat(after.getStatus()).isEqualTo(ResourceStatus.DRAFT);
        assertThat(after.getVersion()).isEqualTo(created.getVersion());
        assertThrows(NotFoundException.class, () -> studentKpt.call(() -> library.get(id)));
    }

    @Test
    void aStepOnAResourceChangedSinceItWasReadIsRefused() throws Exception {
        GuidanceResource read = coordinator.call(() -> library.create(draft(TestData.unique("Changed meanwhile"))));
        long id = read.getId();
        ResourceDraft change = draft(TestData.unique("Changed meanwhile, corrected"));
        change.setVersion(read.getVersion());
        coordinator.call(() -> library.revise(id, change));

        assertThrows(ConcurrentChangeException.class,
                () -> coordinator.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, read.getVersion())));
        assertThat(coordinator.call(() -> library.get(id)).getStatus()).isEqualTo(ResourceStatus.DRAFT);
    }

    @Test
    void theAuthorChangesTheTextsOfTheirDraft() throws Exception {
        String title = TestData.unique("Draft to correct");
        GuidanceResource created = teacherKpt.call(() -> library.create(draft(title)));
        ResourceDraft change = draft(title + " corrected");
        change.setTopics(List.of("Intervista"));
        change.setVersion(created.getVersion());

        teacherKpt.call(() -> library.revise(created.getId(), change));

        GuidanceResource after = teacherKpt.call(() -> library.get(created.getId()));
        assertThat(after.getTitle()).isEqualTo(title + " corrected");
        assertThat(after.getTopics()).containsExactly("intervista");
    }

    @Test
    void aChangeWithoutTheVersionLastReadIsRefusedNamingIt() throws Exception {
        String title = TestData.unique("Unversioned change");
        long id = teacherKpt.call(() -> library.create(draft(title))).getId();
        ResourceDraft change = draft(title + " corrected");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> library.revise(id, change)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("version");
        assertThat(teacherKpt.call(() -> library.get(id)).getTitle()).isEqualTo(title);
    }

    @Test
    void studentsDoNotAddResources() {
        assertRefusedByRole(() -> studentKpt.call(() -> library.create(draft("Student's guide"))));
    }

    // Content

    @Test
    void scriptInTheBodyIsNeutralisedAndMarkupInTheTitleRefused() throws Exception {
        ResourceDraft withScript = draft(TestData.unique("Script"));
        withScript.setBody("<p onclick=\"x()\">Safe text</p><script>document.location='https://evil.example'</script>");
        GuidanceResource saved = teacherKpt.call(() -> library.create(withScript));
        String body = teacherKpt.call(() -> library.body(saved.getId()));

        assertThat(body).isEqualTo("<p>Safe text</p>");

        InvalidInputException title = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> library.create(draft("<script>alert(1)</script>"))));
        assertThat(title.getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("title");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedWithBothSizes() throws Exception {
        ResourceDraft large = draft(TestData.unique("Large"));
        large.setBody(null);
        byte[] bytes = new byte[(int) (long) teacherKpt.call(library::maxFileBytes) + 1];
        System.arraycopy(PDF, 0, bytes, 0, PDF.length);
        large.setFile("big.pdf", bytes);

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> library.create(large)));

        assertThat(refused.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.message()).contains("10.0 MB").contains("MB");
        });
    }

    @Test
    void aFileWhoseContentIsNotItsTypeIsRefusedByName() {
        ResourceDraft fake = draft(TestData.unique("Fake"));
        fake.setBody(null);
        fake.setFile("guide.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> library.create(fake)));

        assertThat(refused.getProblems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("file");
            assertThat(p.message()).contains("guide.pdf");
        });
    }

    @Test
    void aRealPdfIsStoredWithItsCheckedTypeAndReadBack() throws Exception {
        ResourceDraft pdf = draft(TestData.unique("Pdf"));
        pdf.setBody(null);
        pdf.setFile("C:\\Users\\me\\plan.pdf", PDF);
        long id = teacherKpt.call(() -> library.create(pdf)).getId();

        GuidanceResource.File file = teacherKpt.call(() -> library.file(id));

        assertThat(file.name()).isEqualTo("plan.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.bytes()).isEqualTo(PDF);
    }

    @Test
    void onlyOneContentAndOnlyHttpsLinks() {
        ResourceDraft two = draft(TestData.unique("Two"));
        two.setLink("https://europass.europa.eu");
        ResourceDraft http = draft(TestData.unique("Http"));
        http.setBody(null);
        http.setLink("http://example.org/guide");
        ResourceDraft script = draft(TestData.unique("Js"));
        script.setBody(null);
        script.setLink("javascript:alert(1)");
        ResourceDraft disguised = draft(TestData.unique("Disguised"));
        disguised.setBody(null);
        disguised.setLink("https://europass.europa.eu@other.example/guide");

        assertThat(assertThrows(InvalidInputException.class, () -> teacherKpt.call(() -> library.create(two)))
                .getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("content");
        assertThat(assertThrows(InvalidInputException.class, () -> teacherKpt.call(() -> library.create(http)))
                .getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("link");
        assertThat(assertThrows(InvalidInputException.class, () -> teacherKpt.call(() -> library.create(script)))
                .getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("link");
        assertThat(assertThrows(InvalidInputException.class, () -> teacherKpt.call(() -> library.create(disguised)))
                .getProblems()).extracting(InvalidInputException.Problem::field).containsExactly("link");
    }

    @Test
    void aDraftWithSeveralErrorsIsRefusedWithAllOfThemAtOnceAndNothingIsStored() throws Exception {
        String marker = TestData.unique("Many").replace(".", "");
        ResourceDraft wrong = draft(marker);
        wrong.setAudiences(EnumSet.noneOf(Audience.class));
        wrong.setSummary(null);
        wrong.setBody(null);
        wrong.setLink("http://example.org/" + marker);
        wrong.setFile("guide.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> library.create(wrong)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("audiences", "content", "file", "link", "summary");
        assertThat(coordinator.call(() -> library.search(search(Map.of("q", marker)))).total()).isZero();
    }

    @Test
    void aChangeWithSeveralErrorsIsRefusedWithAllOfThemAndChangesNothing() throws Exception {
        String title = TestData.unique("Kept as it was");
        GuidanceResource created = teacherKpt.call(() -> library.create(draft(title)));
        ResourceDraft change = draft(title + " changed");
        change.setAudiences(null);
        change.setBody(null);
        change.setLink("https://user:secret@example.org/guide");
        change.setVersion(created.getVersion());

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> teacherKpt.call(() -> library.revise(created.getId(), change)));

        assertThat(refused.getProblems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("audiences", "link");
        GuidanceResource after = teacherKpt.call(() -> library.get(created.getId()));
        assertThat(after.getTitle()).isEqualTo(title);
        assertThat(after.getAudiences()).containsExactly(Audience.STUDENT);
        assertThat(after.getVersion()).isEqualTo(created.getVersion());
    }

    // Search

    @Test
    void everyWordMustOccurWithoutRegardToAccentsAndCase() throws Exception {
        String marker = TestData.unique("zqx").replace(".", "");
        ResourceDraft draft = draft("Udhëzues " + marker);
        GuidanceResource created = coordinator.call(() -> library.create(draft));
        long id = created.getId();
        coordinator.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, created.getVersion()));

        Page<GuidanceResource> found = studentKpt.call(() -> library.search(search(Map.of("q", "UDHEZUES " + marker))));
        Page<GuidanceResource> prefix = studentKpt.call(() -> library.search(search(Map.of("q", "intervist " + marker))));
        Page<GuidanceResource> missing = studentKpt.call(() -> library.search(search(Map.of("q", "udhezues nothing" + marker))));

        assertThat(found.items()).extracting(GuidanceResource::getId).containsExactly(id);
        assertThat(prefix.items()).extracting(GuidanceResource::getId).containsExactly(id);
        assertThat(missing.total()).isZero();
    }

    @Test
    void filtersByAudienceTopicAndLanguage() throws Exception {
        String marker = TestData.unique("flt").replace(".", "");
        GuidanceResource created = coordinator.call(() -> library.create(draft("Filter " + marker)));
        long id = created.getId();
        coordinator.call(() -> library.moveTo(id, ResourceStatus.PUBLISHED, created.getVersion()));

        assertThat(studentKpt.call(() -> library.search(search(Map.of("q", marker, "audience", "STUDENT",
                "topic", "cv", "language", "SQ")))).total()).isEqualTo(1);
        assertThat(studentKpt.call(() -> library.search(search(Map.of("q", marker, "audience", "TEACHER")))).total()).isZero();
        assertThat(studentKpt.call(() -> library.search(search(Map.of("q", marker, "topic", "c")))).total()).isZero();
        assertThat(studentKpt.call(() -> library.search(search(Map.of("q", marker, "language", "EN")))).total()).isZero();
        assertThat(studentKpt.call(() -> library.search(search(Map.of("q", marker, "language", "XX")))).total()).isZero();
    }

    @Test
    void theDemoLibraryHasPublishedResourcesInTheThreeLanguages() throws Exception {
        for (String language : List.of("EN", "SQ", "CNR")) {
            assertThat(studentKpt.call(() -> library.search(search(Map.of("language", language, "status", "PUBLISHED"))))
                    .total()).as(language).isPositive();
        }
    }
}
