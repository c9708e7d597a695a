package eu.cginternational.web.api;

import eu.cginternational.service.guidance.AssessmentResult;
import eu.cginternational.service.guidance.InterestAssessments;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The interest self-assessment (RIASEC). */
@Path("assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentsResource {

    @Inject
    InterestAssessments assessments;

    @POST
    @Operation(summary = "Complete the questionnaire (students): {\"answers\": {\"1\": 4, …, \"36\": 2}} with every item"
            + " answered 1 to 5; 201 with the scores per type, the three-letter code and the best-fitting occupations;"
            + " 422 when an answer is missing or invalid")
    public Response complete(GuidanceViews.Answers answers) {
        AssessmentResult result = assessments.complete(answers == null ? Map.of() : answers.byItem());
        return Response.status(Response.Status.CREATED).entity(GuidanceViews.Assessment.of(result)).build();
    }

    @GET
    @Operation(summary = "Results, newest first: a student's own, or with studentId those of a student of the caller's"
            + " school (teachers and school administrators); 403 otherwise")
    public List<GuidanceViews.Assessment> list(@QueryParam("studentId") Long studentId) {
        List<AssessmentResult> results;
        if (studentId == null) {
            results = assessments.mine();
        } else if (studentId < 1) {
            throw new InvalidRequest("api.request.student_id");
        } else {
            results = assessments.resultsOf(studentId);
        }
        return results.stream().map(GuidanceViews.Assessment::of).toList();
    }
}
