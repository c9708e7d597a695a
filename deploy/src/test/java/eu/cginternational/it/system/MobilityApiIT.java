package eu.cginternational.it.system;

import static eu.cginternational.it.system.Platform.asDemo;
import static eu.cginternational.it.system.Platform.json;
import static eu.cginternational.it.system.Platform.quoted;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Mobility applications through the REST API: the workflow, scope by school and country, four eyes, races, bad input. */
class MobilityApiIT {

    /** Each test plans its own dates, so that tests never share a mobility. */
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger();

    @Nested
    class Workflow {

        @Test
        void aLearnerMobilityIsSubmittedThenApprovedByTheSchoolAndTheMinistry() {
            long id = submittedByStudent();

            JsonObject schoolApproved = act(id, "school.kpt", "APPROVE", null, 2);
            JsonObject ministryApproved = act(id, "ministry.al", "APPROVE", "Good luck in Valencia", 3);

            assertThat(schoolApproved.getString("status")).isEqualTo("SCHOOL_APPROVED");
            assertThat(ministryApproved.getString("status")).isEqualTo("MINISTRY_APPROVED");
            assertThat(ministryApproved.getJsonArray("history").getValuesAs(JsonObject.class))
                    .extracting(step -> step.getString("action") + " by " + step.getString("actor") + " " + step.getString("to"))
                    .containsExactly("SUBMIT by student.kpt SUBMITTED", "APPROVE by school.kpt SCHOOL_APPROVED",
                            "APPROVE by ministry.al MINISTRY_APPROVED");
            assertThat(ministryApproved.getJsonArray("history").getJsonObject(2).getString("comment")).isEqualTo("Good luck in Valencia");
            assertThat(ministryApproved.getJsonArray("history").getJsonObject(0).getString("occurredAt")).isNotBlank();
        }

        @Test
        void theApproversAreToldThroughTheOutboxAndTheParticipantOfTheDecision() {
            long id = submittedByStudent();
            act(id, "school.kpt", "RETURN", "Please add the dates of travel", 2);

            JsonObject toSchool = json(asDemo("GET", "/api/outbox?recipient=school.kpt@&size=200", "coordinator", null));
            JsonObject toStudent = json(asDemo("GET", "/api/outbox?recipient=student.kpt@&size=200", "coordinator", null));

            assertThat(toSchool.getJsonNumber("total").longValue()).isPositive();
            assertThat(toStudent.getJsonArray("items").getValuesAs(JsonObject.class))
                    .anySatisfy(mail -> assertThat(mail.getString("subject")).isNotBlank());
        }

        @Test
        void whoeverSubmittedForTheParticipantIsToldOfTheDecisionToo() {
            LocalDate start = nextStart();
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "teacher.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(20), userId("student.kpt")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json(created).getJsonNumber("id").longValue();
            act(id, "teacher.kpt", "SUBMIT", null, 1);

            act(id, "school.kpt", "RETURN", "Add the mentor at the host", 2);

            String participant = json(asDemo("GET", "/api/mobilities/" + id, "coordinator", null))
                    .getJsonObject("participant").getString("fullName");
            String returned = Platform.serviceText("_sq", "mobility.decision.RETURN");
            assertThat(noticesAbout(id, "teacher.kpt"))
                    .contains(Platform.serviceText("_sq", "notice.mobility.decided_for.title", participant, returned));
            assertThat(noticesAbout(id, "student.kpt"))
                    .contains(Platform.serviceText("_sq", "notice.mobility.decided.title", returned));
        }

        @Test
        void aReturnedApplicationIsChangedAndSubmittedAgain() {
            long id = submittedByStudent();
            act(id, "school.kpt", "RETURN", "Shorter, please", 2);
            LocalDate start = nextStart();

            HttpResponse<String> revised = asDemo("PUT", "/api/mobilities/" + id, "student.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(13), null).replace("}", ", \"version\": 3}"));
            JsonObject resubmitted = act(id, "student.kpt", "SUBMIT", null, 4);

            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
            assertThat(json(revised).getInt("days")).isEqualTo(14);
            assertThat(resubmitted.getString("status")).isEqualTo("SUBMITTED");
        }
    }

    @Nested
    class Report {

        @Test
        void theSchoolCompletesAMobilityOnceTheParticipantHasHandedInTheReport() {
            JsonObject running = json(asDemo("GET", "/api/mobilities?status=IN_PROGRESS&size=50", "student.kpt", null))
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> json(asDemo("GET", "/api/mobilities/" + item.getJsonNumber("id"), "student.kpt", null)))
                    .filter(detail -> !detail.containsKey("report"))
                    // a report tells what happened: it waits for the last day (other tests start mobilities that run on)
                    .filter(detail -> LocalDate.parse(detail.getString("endDate")).isBefore(LocalDate.now(java.time.ZoneOffset.UTC)))
                    .findFirst().orElseThrow();
            long id = running.getJsonNumber("id").longValue();
            int version = running.getInt("version");

            List<String> actionsBefore = actions(id, "school.kpt");
            HttpResponse<String> tooEarly = transition(id, "school.kpt", "COMPLETE", null, version);
            HttpResponse<String> notTheParticipant = asDemo("PUT", "/api/mobilities/" + id + "/report", "school.kpt",
                    "{\"text\": \"Written by someone else\", \"version\": " + version + "}");
            HttpResponse<String> markup = asDemo("PUT", "/api/mobilities/" + id + "/report", "student.kpt",
                    "{\"text\": \"<b>bold</b>\", \"version\": " + version + "}");
            HttpResponse<String> reported = asDemo("PUT", "/api/mobilities/" + id + "/report", "student.kpt",
                    "{\"text\": \"Four weeks at the reception desk.\", \"version\": " + version + "}");
            HttpResponse<String> again = asDemo("PUT", "/api/mobilities/" + id + "/report", "student.kpt",
                    "{\"text\": \"Written again, and longer.\", \"version\": " + json(reported).getInt("version") + "}");
            JsonObject afterAgain = json(asDemo("GET", "/api/mobilities/" + id, "student.kpt", null));
            List<String> actionsAfter = actions(id, "school.kpt");
            List<String> unreadBeforeCompletion = noticesAbout(id, "school.kpt", "&unread=true");
            JsonObject completed = act(id, "school.kpt", "COMPLETE", null, afterAgain.getInt("version"));

            assertThat(actionsBefore).as("no completion offered before the report").doesNotContain("COMPLETE");
            assertThat(actionsAfter).contains("COMPLETE");
            assertThat(noticesAbout(id, "school.kpt")).as("the school is told once that the report is in")
                    .containsOnlyOnce(Platform.serviceText("_sq", "notice.mobility.report_in.title"));
            assertThat(noticesAbout(id, "student.kpt")).as("the participant is told of the completion")
                    .contains(Platform.serviceText("_sq", "notice.mobility.completed.title"));
            assertThat(tooEarly.statusCode()).isEqualTo(422);
            assertThat(notTheParticipant.statusCode()).isEqualTo(403);
            assertThat(markup.statusCode()).isEqualTo(422);
            assertThat(reported.statusCode()).as(reported.body()).isEqualTo(200);
            assertThat(json(reported).getString("report")).isEqualTo("Four weeks at the reception desk.");
            // student.kpt reads the platform in Albanian
            assertThat(again.statusCode()).as(again.body()).isEqualTo(422);
            assertThat(json(again).getString("detail")).matches(ruleWithMoment("_sq", "REPORT_ALREADY_IN"));
            assertThat(afterAgain.getString("report")).isEqualTo("Four weeks at the reception desk.");
            assertThat(completed.getString("status")).isEqualTo("COMPLETED");
            // Completed by one administrator, the mobility no longer asks any of them to complete it.
            assertThat(unreadBeforeCompletion).contains(Platform.serviceText("_sq", "notice.mobility.report_in.title"));
            assertThat(noticesAbout(id, "school.kpt", "&unread=true"))
                    .doesNotContain(Platform.serviceText("_sq", "notice.mobility.report_in.title"));
        }
    }

    @Nested
    class Scope {

        @Test
        void anotherSchoolNeitherSeesNorDecidesIt() {
            long id = submittedByStudent();

            assertThat(asDemo("GET", "/api/mobilities/" + id, "school.pljevlja", null).statusCode()).isEqualTo(404);
            assertThat(transition(id, "school.pljevlja", "APPROVE", null, 2).statusCode()).isEqualTo(404);
            assertThat(json(asDemo("GET", "/api/mobilities?size=200", "school.pljevlja", null)).getJsonArray("items")
                    .getValuesAs(JsonObject.class)).noneMatch(m -> m.getJsonNumber("id").longValue() == id);
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }

        @Test
        void aReaderWhoNeverEditsIsRefusedAsSuchAndTheApplicantIsToldTheStatus() {
            long id = submittedByStudent();
            LocalDate start = nextStart();
            String change = draft("LEARNER_SHORT_TERM", start, start.plusDays(13), null).replace("}", ", \"version\": 2}");

            HttpResponse<String> byTheMinistry = asDemo("PUT", "/api/mobilities/" + id, "ministry.al", change);
            HttpResponse<String> byTheApplicant = asDemo("PUT", "/api/mobilities/" + id, "student.kpt", change);

            assertThat(byTheMinistry.statusCode()).as(byTheMinistry.body()).isEqualTo(403);
            assertThat(byTheApplicant.statusCode()).as(byTheApplicant.body()).isEqualTo(422);
            assertThat(json(asDemo("GET", "/api/mobilities/" + id, "coordinator", null)).getInt("version")).isEqualTo(2);
        }

        @Test
        void theMinistryOfAnotherCountryCannotDecideIt() {
            long id = submittedByStudent();
            act(id, "school.kpt", "APPROVE", null, 2);

            assertThat(transition(id, "ministry.me", "APPROVE", null, 3).statusCode()).isEqualTo(404);
            assertThat(status(id)).isEqualTo("SCHOOL_APPROVED");
        }

        @Test
        void aStudentCannotApproveEvenTheirOwnApplication() {
            long id = submittedByStudent();

            assertThat(transition(id, "student.kpt", "APPROVE", null, 2).statusCode()).isEqualTo(403);
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }

        @Test
        void theHostSeesTheMobilitiesItHosts() {
            long id = submittedByStudent();

            assertThat(asDemo("GET", "/api/mobilities/" + id, "partner.es", null).statusCode()).isEqualTo(200);
            assertThat(asDemo("GET", "/api/mobilities/" + id, "partner.al", null).statusCode()).isEqualTo(404);
        }

        @Test
        void theHostSeesAnApplicationFromItsSubmissionUntilItIsWithdrawn() {
            long hosted = mobilitiesOf("partner.es");
            long id = draftedByStudent();

            assertThat(asDemo("GET", "/api/mobilities/" + id, "partner.es", null).statusCode()).isEqualTo(404);
            assertThat(mobilitiesOf("partner.es")).isEqualTo(hosted);

            act(id, "student.kpt", "SUBMIT", null, 1);
            assertThat(asDemo("GET", "/api/mobilities/" + id, "partner.es", null).statusCode()).isEqualTo(200);
            assertThat(mobilitiesOf("partner.es")).isEqualTo(hosted + 1);

            act(id, "student.kpt", "WITHDRAW", null, 2);
            assertThat(asDemo("GET", "/api/mobilities/" + id, "partner.es", null).statusCode()).isEqualTo(404);
            assertThat(mobilitiesOf("partner.es")).isEqualTo(hosted);
        }
    }

    @Nested
    class Withdrawal {

        @Test
        void aTeacherCannotWithdrawAStudentsOwnApplication() {
            long id = submittedByStudent();

            assertThat(transition(id, "teacher.kpt", "WITHDRAW", null, 2).statusCode()).isEqualTo(403);
            assertThat(transition(id, "school.kpt", "WITHDRAW", null, 2).statusCode()).isEqualTo(403);
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }

        @Test
        void whoeverSubmittedWithdrawsAndTheParticipantAndTheWaitingSchoolAreTold() {
            long id = draftedByTeacherKptForStudentKpt();
            act(id, "teacher.kpt", "SUBMIT", null, 1);

            JsonObject withdrawn = act(id, "teacher.kpt", "WITHDRAW", null, 2);

            assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
            assertThat(noticesAbout(id, "student.kpt")).extracting(n -> n.getString("kind")).containsExactly("DECISION");
            assertThat(noticesAbout(id, "school.kpt")).extracting(n -> n.getString("kind"))
                    .containsExactly("INFORMATION", "ACTION_REQUIRED");
            assertThat(noticesAbout(id, "school.kpt").get(0).getString("text")).contains("Klea Shehu").contains("Elira Dervishi");
        }

        @Test
        void theSchoolsAdministratorDiscardsADraftNobodySubmittedAndTheParticipantIsTold() {
            long id = draftedByTeacherKptForStudentKpt();

            assertThat(transition(id, "school.pljevlja", "WITHDRAW", null, 1).statusCode()).isIn(403, 404);
            JsonObject withdrawn = act(id, "school.kpt", "WITHDRAW", null, 1);

            assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
            assertThat(noticesAbout(id, "student.kpt")).extracting(n -> n.getString("kind")).containsExactly("DECISION");
        }

        @Test
        void theTeacherWhoDraftedItByMistakeDiscardsItAColleagueMayNotAndTheParticipantIsTold() {
            long id = draftedByTeacherKptForStudentKpt();
            String colleague = Platform.newAccount("TEACHER", "Kolegji Profesional", "EN");
            String password = Mailbox.setPasswordFromWelcomeMail(colleague + "@school.example");

            JsonObject asCreator = json(asDemo("GET", "/api/mobilities/" + id, "teacher.kpt", null));
            JsonObject asColleague = json(Platform.call("GET", "/api/mobilities/" + id, colleague, password, null));
            String page = "/mobilities/mobility.xhtml?id=" + id;
            String creatorsPage = Pages.get(page, Pages.sessionOf("teacher.kpt", Platform.DEMO_PASSWORD)).body();
            String colleaguesPage = Pages.get(page, Pages.sessionOf(colleague, password)).body();
            HttpResponse<String> byColleague = transition(id, colleague, password, "WITHDRAW", null, 1);
            JsonObject withdrawn = act(id, "teacher.kpt", "WITHDRAW", null, 1);

            assertThat(asCreator.getJsonObject("createdBy").getString("username")).isEqualTo("teacher.kpt");
            assertThat(asCreator.getJsonArray("actions").getValuesAs(JsonString::getString)).contains("SUBMIT", "WITHDRAW");
            assertThat(asColleague.getJsonArray("actions").getValuesAs(JsonString::getString)).containsExactly("SUBMIT");
            // teacher.kpt reads the platform in Albanian, the colleague in English
            assertThat(creatorsPage).contains(Platform.text("_sq", "mobility.discard_draft"))
                    .contains("<dd id=\"created-by\">Elira Dervishi</dd>");
            assertThat(colleaguesPage).contains(Platform.text("", "MobilityAction.SUBMIT"))
                    .doesNotContain(Platform.text("", "mobility.discard_draft"));
            assertThat(byColleague.statusCode()).as(byColleague.body()).isEqualTo(403);
            assertThat(withdrawn.getString("status")).isEqualTo("WITHDRAWN");
            assertThat(withdrawn.getJsonArray("history").getValuesAs(JsonObject.class))
                    .extracting(step -> step.getString("action") + " by " + step.getString("actor") + " "
                            + step.getString("from") + " -> " + step.getString("to"))
                    .containsExactly("WITHDRAW by teacher.kpt DRAFT -> WITHDRAWN");
            assertThat(noticesAbout(id, "student.kpt")).extracting(n -> n.getString("kind")).containsExactly("DECISION");
        }

        @Test
        void aTeacherMayNotDiscardADraftTheStudentMade() {
            long id = draftedByStudent();

            assertThat(transition(id, "teacher.kpt", "WITHDRAW", null, 1).statusCode()).isEqualTo(403);
            assertThat(status(id)).isEqualTo("DRAFT");
        }

        @Test
        void onceTheParticipantSubmittedItTheTeacherWhoDraftedItNoLongerDiscardsIt() {
            long id = draftedByTeacherKptForStudentKpt();
            act(id, "student.kpt", "SUBMIT", null, 1);

            assertThat(transition(id, "teacher.kpt", "WITHDRAW", null, 2).statusCode()).isEqualTo(403);
            assertThat(act(id, "student.kpt", "WITHDRAW", null, 2).getString("status")).isEqualTo("WITHDRAWN");
        }

        @Test
        void theParticipantWhoWithdrawsIsNotToldWhatTheyDid() {
            long id = submittedByStudent();

            act(id, "student.kpt", "WITHDRAW", null, 2);

            assertThat(noticesAbout(id, "student.kpt")).isEmpty();
            assertThat(noticesAbout(id, "school.kpt")).extracting(n -> n.getString("kind"))
                    .containsExactly("INFORMATION", "ACTION_REQUIRED");
        }

        private long draftedByTeacherKptForStudentKpt() {
            LocalDate start = nextStart();
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "teacher.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(20), userId("student.kpt")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return json(created).getJsonNumber("id").longValue();
        }

        /** The person's notifications about the mobility, newest first. */
        private List<JsonObject> noticesAbout(long id, String username) {
            return json(asDemo("GET", "/api/notifications?size=100", username, null)).getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream()
                    .filter(n -> n.containsKey("link") && n.getString("link").endsWith("mobility.xhtml?id=" + id))
                    .toList();
        }
    }

    @Nested
    class Host {

        @Test
        void theHostReadsNeitherTheInclusionSupportNorWhoDecidedNorTheirComments() {
            LocalDate start = nextStart();
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(20), null).replace("}", ", \"inclusionSupport\": true}"));
            long id = json(created).getJsonNumber("id").longValue();
            act(id, "student.kpt", "SUBMIT", null, 1);
            act(id, "school.kpt", "RETURN", "Internal: check the family situation first", 2);

            JsonObject asSchool = json(asDemo("GET", "/api/mobilities/" + id, "school.kpt", null));
            JsonObject asHost = json(asDemo("GET", "/api/mobilities/" + id, "partner.es", null));

            assertThat(asSchool.getBoolean("inclusionSupport")).isTrue();
            assertThat(asSchool.getJsonObject("createdBy").getString("username")).isEqualTo("student.kpt");
            assertThat(asSchool.getJsonArray("history").getJsonObject(1).getString("comment")).startsWith("Internal");
            assertThat(asHost.containsKey("inclusionSupport")).isFalse();
            assertThat(asHost.containsKey("createdBy")).isFalse();
            assertThat(asHost.getString("status")).isEqualTo("RETURNED");
            assertThat(asHost.getJsonObject("participant").getString("fullName")).isEqualTo("Klea Shehu");
            assertThat(asHost.getString("startDate")).isEqualTo(start.toString());
            assertThat(asHost.getJsonArray("history").getValuesAs(JsonObject.class))
                    .hasSize(2)
                    .allSatisfy(step -> assertThat(step.keySet()).doesNotContain("actor", "comment"))
                    .extracting(step -> step.getString("action")).containsExactly("SUBMIT", "RETURN");
            assertThat(asHost.toString()).doesNotContain("Internal", "school.kpt");
            String page = "/mobilities/mobility.xhtml?id=" + id;
            assertThat(Pages.get(page, Pages.sessionOf("school.kpt", Platform.DEMO_PASSWORD)).body()).contains("id=\"created-by\"");
            assertThat(Pages.get(page, Pages.sessionOf("partner.es", Platform.DEMO_PASSWORD)).body())
                    .contains("Klea Shehu").doesNotContain("id=\"created-by\"");
        }

        @Test
        void theHostsGrantEstimateLeavesOutTheInclusionSupport() {
            LocalDate start = nextStart();
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(20), null).replace("}", ", \"inclusionSupport\": true}"));
            long id = json(created).getJsonNumber("id").longValue();
            act(id, "student.kpt", "SUBMIT", null, 1);

            JsonObject asSchool = json(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "school.kpt", null));
            JsonObject asHost = json(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "partner.es", null));

            assertThat(asSchool.getJsonObject("inclusionSupport").getString("status")).isNotEqualTo("WITHHELD");
            assertThat(asHost.getJsonObject("inclusionSupport").getString("status")).isEqualTo("WITHHELD");
            assertThat(asHost.getJsonObject("inclusionSupport").containsKey("amount")).isFalse();
            assertThat(asHost.getJsonObject("travel")).isEqualTo(asSchool.getJsonObject("travel"));
        }

        @Test
        void aVetSchoolAbroadHostsThroughItsAdministratorWhoReadsItAsAHostFromTheSubmissionOn() {
            LocalDate start = nextStart();
            long sentBefore = mobilitiesOf("school.pljevlja");
            long hostedBefore = hostedBy("school.pljevlja");
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "teacher.kpt", """
                    {"type": "STAFF_JOB_SHADOWING", "hostId": %d, "startDate": "%s", "endDate": "%s", "inclusionSupport": true}"""
                    .formatted(institutionId("SVS-Pljevlja"), start, start.plusDays(9)));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            long id = json(created).getJsonNumber("id").longValue();
            assertThat(asDemo("GET", "/api/mobilities/" + id, "school.pljevlja", null).statusCode()).isEqualTo(404);

            act(id, "teacher.kpt", "SUBMIT", null, 1);
            act(id, "school.kpt", "APPROVE", "Internal: the kitchen workshop only", 2);
            act(id, "ministry.al", "APPROVE", null, 3);
            JsonObject asHost = json(asDemo("GET", "/api/mobilities/" + id, "school.pljevlja", null));

            assertThat(asHost.getString("status")).isEqualTo("MINISTRY_APPROVED");
            assertThat(asHost.containsKey("inclusionSupport")).isFalse();
            assertThat(asHost.getJsonArray("actions")).isEmpty();
            assertThat(asHost.getJsonArray("history").getValuesAs(JsonObject.class))
                    .hasSize(3)
                    .allSatisfy(step -> assertThat(step.keySet()).doesNotContain("actor", "comment"));
            assertThat(asHost.toString()).doesNotContain("Internal", "school.kpt");
            // Its list of what the school hosts holds it; the list of what the school sends does not.
            assertThat(hostedBy("school.pljevlja")).isEqualTo(hostedBefore + 1);
            assertThat(mobilitiesOf("school.pljevlja")).isEqualTo(sentBefore);
            String hostedPage = Pages.get("/mobilities/index.xhtml?hosted=true&size=100",
                    Pages.sessionOf("school.pljevlja", Platform.DEMO_PASSWORD)).body();
            assertThat(hostedPage).contains("id=\"list-hosted\"", "mobility.xhtml?id=" + id + "\"");
            // The school's figures are those of what it sends, and say so.
            String dashboard = Pages.get("/mobilities/dashboard.xhtml", Pages.sessionOf("school.pljevlja", Platform.DEMO_PASSWORD))
                    .body();
            assertThat(dashboard).contains(new MessageFormat(Platform.text("_sr_Latn_ME", "dashboard.intro_sent"),
                    Locale.forLanguageTag("sr-Latn-ME")).format(new Object[] {sentBefore}));
            assertThat(json(asDemo("GET", "/api/mobilities/" + id + "/grant-estimate", "school.pljevlja", null))
                    .getJsonObject("inclusionSupport").getString("status")).isEqualTo("WITHHELD");
            // The host school's teachers do not act for it.
            assertThat(asDemo("GET", "/api/mobilities/" + id, "teacher.pljevlja", null).statusCode()).isEqualTo(404);
        }

        @Test
        void aMinistryIsNoHostAndIsRefusedNamingTheHost() {
            LocalDate start = nextStart();
            long before = mobilitiesOf("teacher.kpt");

            HttpResponse<String> refused = asDemo("POST", "/api/mobilities", "teacher.kpt", """
                    {"type": "STAFF_JOB_SHADOWING", "hostId": %d, "startDate": "%s", "endDate": "%s"}"""
                    .formatted(institutionId("Ministarstvo prosvjete"), start, start.plusDays(9)));

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            JsonObject error = json(refused).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("hostId");
            assertThat(error.getString("message")).contains("Ministarstvo prosvjete, nauke i inovacija")
                    .doesNotContain("{0}");
            assertThat(mobilitiesOf("teacher.kpt")).isEqualTo(before);
        }

        @Test
        void theHostDoesNotReadTheParticipantsReport() {
            long completed = json(asDemo("GET", "/api/mobilities?status=COMPLETED&size=50", "partner.es", null))
                    .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .map(item -> item.getJsonNumber("id").longValue())
                    .filter(id -> json(asDemo("GET", "/api/mobilities/" + id, "coordinator", null)).containsKey("report"))
                    .findFirst().orElseThrow();

            assertThat(json(asDemo("GET", "/api/mobilities/" + completed, "partner.es", null)).containsKey("report")).isFalse();
        }
    }

    @Nested
    class Rules {

        @Test
        void whoeverSubmittedCannotApprove() {
            long teacher = json(asDemo("GET", "/api/users?username=teacher.kpt", "coordinator", null))
                    .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            LocalDate start = nextStart();
            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "school.kpt",
                    draft("STAFF_JOB_SHADOWING", start, start.plusDays(9), teacher));
            long id = json(created).getJsonNumber("id").longValue();
            JsonObject submitted = act(id, "school.kpt", "SUBMIT", null, 1);

            HttpResponse<String> ownApproval = transition(id, "school.kpt", "APPROVE", null, 2);

            assertThat(submitted.getJsonArray("actions").getValuesAs(JsonString::getString)).doesNotContain("APPROVE");
            assertThat(ownApproval.statusCode()).isEqualTo(422);
            assertThat(json(ownApproval).getString("detail")).isNotBlank();
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }

        @Test
        void twoApprovalsAtTheSameMomentCannotBothWin() throws Exception {
            long id = submittedByStudent();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Callable<Integer>> approvals = List.of(
                    () -> transition(id, "school.kpt", "APPROVE", "first", 2).statusCode(),
                    () -> transition(id, "school.kpt", "APPROVE", "second", 2).statusCode());
            List<Integer> answers;
            try {
                answers = pool.invokeAll(approvals).stream().map(MobilityApiIT::result).toList();
            } finally {
                pool.shutdown();
            }

            assertThat(answers).containsExactlyInAnyOrder(200, 409);
            JsonObject mobility = json(asDemo("GET", "/api/mobilities/" + id, "school.kpt", null));
            assertThat(mobility.getString("status")).isEqualTo("SCHOOL_APPROVED");
            assertThat(mobility.getJsonArray("history")).hasSize(2);
        }

        @Test
        void anIllegalTransitionIsRefusedAndChangesNothing() {
            long id = submittedByStudent();

            HttpResponse<String> complete = transition(id, "school.kpt", "COMPLETE", null, 2);
            HttpResponse<String> returnWithoutReason = transition(id, "school.kpt", "RETURN", " ", 2);

            assertThat(complete.statusCode()).isEqualTo(422);
            assertThat(returnWithoutReason.statusCode()).isEqualTo(422);
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }

        @Test
        void aDurationOutsideTheTypesRangeIsRefusedAndSavesNothing() {
            long before = mobilitiesOf("student.kpt");
            LocalDate start = nextStart();

            HttpResponse<String> tooShort = asDemo("POST", "/api/mobilities", "student.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(5), null));
            HttpResponse<String> tooLong = asDemo("POST", "/api/mobilities", "student.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(100), null));
            HttpResponse<String> staffTypeForAStudent = asDemo("POST", "/api/mobilities", "student.kpt",
                    draft("STAFF_COURSE", start, start.plusDays(5), null));

            assertThat(List.of(tooShort.statusCode(), tooLong.statusCode(), staffTypeForAStudent.statusCode()))
                    .containsOnly(422);
            assertThat(json(tooShort).getString("detail")).contains("6").contains("10").contains("89");
            assertThat(mobilitiesOf("student.kpt")).isEqualTo(before);
        }

        @Test
        void scriptInACommentIsRefused() {
            long id = submittedByStudent();

            HttpResponse<String> answer = transition(id, "school.kpt", "RETURN", "<script>alert(1)</script>", 2);

            assertThat(answer.statusCode()).isEqualTo(422);
            assertThat(json(answer).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("comment");
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }

        @Test
        void aChangeWithoutTheVersionAnswers422LikeAStepWithoutIt() {
            long id = draftedByStudent();
            LocalDate start = nextStart();

            HttpResponse<String> change = asDemo("PUT", "/api/mobilities/" + id, "student.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(13), null));
            HttpResponse<String> step = asDemo("POST", "/api/mobilities/" + id + "/transitions", "student.kpt",
                    "{\"action\": \"SUBMIT\", \"version\": null}");

            assertThat(change.statusCode()).as(change.body()).isEqualTo(422);
            assertThat(step.statusCode()).isEqualTo(422);
            JsonObject changeError = json(change).getJsonArray("errors").getJsonObject(0);
            JsonObject stepError = json(step).getJsonArray("errors").getJsonObject(0);
            assertThat(changeError.getString("field")).isEqualTo("version");
            assertThat(changeError).isEqualTo(stepError);
            assertThat(status(id)).isEqualTo("DRAFT");
        }

        @Test
        void applyingForSomeoneOfAnotherSchoolAnswersLikeAnUnknownPerson() {
            LocalDate start = nextStart();

            HttpResponse<String> otherSchool = asDemo("POST", "/api/mobilities", "teacher.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(20), userId("student.pljevlja")));
            HttpResponse<String> unknown = asDemo("POST", "/api/mobilities", "teacher.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(20), 987_654_321L));

            assertThat(otherSchool.statusCode()).as(otherSchool.body()).isEqualTo(422);
            assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(422);
            assertThat(json(otherSchool).getJsonArray("errors")).isEqualTo(json(unknown).getJsonArray("errors"));
            assertThat(json(otherSchool).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("participantId");
        }

        @Test
        void theParticipantOfAnApplicationDoesNotChangeAnotherIsRefusedNotDropped() {
            long id = draftedByStudent();
            long classmate = userId(Platform.newAccount("STUDENT", "Kolegji Profesional", "SQ"));
            LocalDate start = nextStart();

            HttpResponse<String> otherParticipant = asDemo("PUT", "/api/mobilities/" + id, "teacher.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(13), classmate).replace("}", ", \"version\": 1}"));
            JsonObject afterRefusal = json(asDemo("GET", "/api/mobilities/" + id, "coordinator", null));
            // what the edit form sends: the participant it read
            HttpResponse<String> sameParticipant = asDemo("PUT", "/api/mobilities/" + id, "teacher.kpt",
                    draft("LEARNER_SHORT_TERM", start, start.plusDays(13), userId("student.kpt")).replace("}", ", \"version\": 1}"));

            assertThat(otherParticipant.statusCode()).as(otherParticipant.body()).isEqualTo(422);
            JsonObject error = json(otherParticipant).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("participantId");
            // teacher.kpt reads the platform in Albanian
            assertThat(error.getString("message")).isEqualTo(Platform.serviceText("_sq", "mobility.participant.fixed"));
            assertThat(afterRefusal.getJsonObject("participant").getString("username")).isEqualTo("student.kpt");
            assertThat(afterRefusal.getInt("version")).isEqualTo(1);
            assertThat(sameParticipant.statusCode()).as(sameParticipant.body()).isEqualTo(200);
            assertThat(json(sameParticipant).getJsonObject("participant").getString("username")).isEqualTo("student.kpt");
            assertThat(json(sameParticipant).getInt("days")).isEqualTo(14);
        }

        @Test
        void aFirstDayInThePastIsRefusedNamingIt() {
            LocalDate yesterday = LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1);
            long before = mobilitiesOf("student.kpt");

            HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt",
                    draft("LEARNER_SHORT_TERM", yesterday, yesterday.plusDays(20), null));

            assertThat(created.statusCode()).as(created.body()).isEqualTo(422);
            JsonObject error = json(created).getJsonArray("errors").getJsonObject(0);
            assertThat(error.getString("field")).isEqualTo("startDate");
            assertThat(error.getString("message")).isEqualTo(Platform.serviceText("_sq", "mobility.start.past"));
            assertThat(mobilitiesOf("student.kpt")).isEqualTo(before);
        }

        @Test
        void aStaleVersionAnswers409() {
            long id = submittedByStudent();

            assertThat(transition(id, "school.kpt", "APPROVE", null, 1).statusCode()).isEqualTo(409);
            assertThat(status(id)).isEqualTo("SUBMITTED");
        }
    }

    static long submittedByStudent() {
        long id = draftedByStudent();
        act(id, "student.kpt", "SUBMIT", null, 1);
        return id;
    }

    private static long draftedByStudent() {
        LocalDate start = nextStart();
        HttpResponse<String> created = asDemo("POST", "/api/mobilities", "student.kpt",
                draft("LEARNER_SHORT_TERM", start, start.plusDays(27), null));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).getJsonNumber("id").longValue();
    }

    static JsonObject act(long id, String username, String action, String comment, long version) {
        HttpResponse<String> answer = transition(id, username, action, comment, version);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json(answer);
    }

    private static HttpResponse<String> transition(long id, String username, String action, String comment, long version) {
        return transition(id, username, Platform.DEMO_PASSWORD, action, comment, version);
    }

    private static HttpResponse<String> transition(long id, String username, String password, String action,
            String comment, long version) {
        String body = "{\"action\": %s, \"comment\": %s, \"version\": %d}"
                .formatted(quoted(action), comment == null ? "null" : quoted(comment), version);
        return Platform.call("POST", "/api/mobilities/" + id + "/transitions", username, password, body);
    }

    private static List<String> actions(long id, String username) {
        return json(asDemo("GET", "/api/mobilities/" + id, username, null)).getJsonArray("actions")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /** The titles of the person's notifications that link to the mobility. */
    private static List<String> noticesAbout(long id, String username) {
        return noticesAbout(id, username, "");
    }

    /** The titles of the person's notices about the mobility, with the list's filters given as a query's tail. */
    private static List<String> noticesAbout(long id, String username, String filters) {
        return json(asDemo("GET", "/api/notifications?size=100" + filters, username, null)).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .filter(notice -> notice.getString("link", "").endsWith("/mobilities/mobility.xhtml?id=" + id))
                .map(notice -> notice.getString("title"))
                .toList();
    }

    /** The message of a mobility's rule in the language, the moment it names written as the pages write moments. */
    private static String ruleWithMoment(String languageSuffix, String rule) {
        String[] around = Platform.text(languageSuffix, "mobility.rule." + rule).split(Pattern.quote("{0}"), -1);
        return Pattern.quote(around[0]) + PageDates.momentPattern(languageSuffix) + Pattern.quote(around[1]);
    }

    private static long userId(String username) {
        return json(asDemo("GET", "/api/users?username=" + username, "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String status(long id) {
        return json(asDemo("GET", "/api/mobilities/" + id, "coordinator", null)).getString("status");
    }

    private static long hostedBy(String username) {
        return json(asDemo("GET", "/api/mobilities?size=1&hosted=true", username, null)).getJsonNumber("total").longValue();
    }

    private static long mobilitiesOf(String username) {
        return json(asDemo("GET", "/api/mobilities?size=1", username, null)).getJsonNumber("total").longValue();
    }

    private static String draft(String type, LocalDate start, LocalDate end, Long participantId) {
        return """
                {"type": %s, "hostId": %d, "startDate": "%s", "endDate": "%s", "participantId": %s}"""
                .formatted(quoted(type), hostInSpain(), start, end, participantId == null ? "null" : participantId.toString());
    }

    private static long hostInSpain() {
        return institutionId("Costa Azul");
    }

    private static long institutionId(String name) {
        return json(asDemo("GET", "/api/institutions?name=" + name.replace(" ", "%20"), "coordinator", null))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static LocalDate nextStart() {
        return Platform.mondayInMonths(2).plusWeeks(NEXT_WEEK.incrementAndGet());
    }

    private static Integer result(Future<Integer> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
