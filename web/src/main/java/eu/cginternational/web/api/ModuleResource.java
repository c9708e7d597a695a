package eu.cginternational.web.api;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.training.Lesson;
import eu.cginternational.domain.training.LessonResource;
import eu.cginternational.domain.training.Quiz;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.training.LearningModules;
import eu.cginternational.service.training.LessonDraft;
import eu.cginternational.service.training.ModuleAuthoring;
import eu.cginternational.service.training.QuizDraft;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The self-paced module of a training: reading it with one's progress, marking lessons done, taking
 * quizzes; its authors add lessons and quizzes.
 */
@Path("trainings/{id}/module")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ModuleResource {

    @Inject
    LearningModules modules;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    CallerAccounts callers;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "The module in the caller's language: lessons, quizzes without the right answers, and the"
            + " caller's progress (participants hold a seat; authors read it too); 403 for anyone else, 404 when the"
            + " training is not self-paced")
    public ModuleViews.Module get(@PathParam("id") long id) {
        return ModuleViews.Module.of(modules.read(id), language());
    }

    @POST
    @Path("lessons/{lessonId}/done")
    @Operation(summary = "Mark a lesson done (again: no change); returns the progress. The last item completes the module")
    public ModuleViews.Progress done(@PathParam("id") long id, @PathParam("lessonId") long lessonId) {
        return ModuleViews.Progress.of(modules.markDone(id, lessonId));
    }

    @POST
    @Path("quizzes/{quizId}/attempts")
    @Operation(summary = "Answer a quiz ({\"answers\": {\"questionId\": [choiceId, ...]}}); 201 with the score scored by"
            + " the server, whether it passed, and the progress. Failed attempts are kept; a quiz can be taken again")
    public Response attempt(@PathParam("id") long id, @PathParam("quizId") long quizId, ModuleViews.AttemptRequest request) {
        Map<Long, Set<Long>> answers = request == null ? Map.of() : request.byQuestion();
        ModuleViews.AttemptResult result = ModuleViews.AttemptResult.of(modules.attempt(id, quizId, answers));
        return Response.created(uri.getAbsolutePathBuilder().path(result.attempt().id().toString()).build())
                .entity(result).build();
    }

    @POST
    @Path("lessons")
    @Operation(summary = "Add a lesson at the end (authors: coordinator, provider staff); the HTML body is sanitised on"
            + " save. Query parameter version: the module's version last read (409 when it moved; 422 naming version"
            + " without it, except for the first lesson or quiz, which creates the module)")
    public Response addLesson(@PathParam("id") long id, @QueryParam("version") Long version, LessonDraft draft) {
        Lesson lesson = authoring.addLesson(id, version, UsersResource.required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(lesson.getId().toString()).build())
                .entity(new ModuleViews.Created(lesson.getKey(), lesson.getId())).build();
    }

    @POST
    @Path("quizzes")
    @Operation(summary = "Add a quiz at the end (authors): title, pass mark in percent, questions with choices and"
            + " which are right. Query parameter version as for a lesson")
    public Response addQuiz(@PathParam("id") long id, @QueryParam("version") Long version, QuizDraft draft) {
        Quiz quiz = authoring.addQuiz(id, version, UsersResource.required(draft));
        return Response.created(uri.getAbsolutePathBuilder().path(quiz.getId().toString()).build())
                .entity(new ModuleViews.Created(quiz.getKey(), quiz.getId())).build();
    }

    @GET
    @Path("resources/{resourceId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of a lesson")
    public Response resource(@PathParam("id") long id, @PathParam("resourceId") long resourceId) {
        LessonResource resource = modules.resource(id, resourceId);
        return Response.ok(resource.getContent(), resource.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(resource.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Language language() {
        return Language.of(callers.currentLocale()).orElse(Language.EN);
    }
}
