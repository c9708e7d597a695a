package eu.cginternational.service.training;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.training.Registration;
import eu.cginternational.domain.training.RegistrationStatus;
import eu.cginternational.domain.training.Training;
import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.query.Listing;
import eu.cginternational.service.query.Page;
import eu.cginternational.service.query.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.JoinType;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The lists a training's provider reads: the people holding a seat with their marks (the rows of the
 * attendance sheet), every registration with its outcome (for the export), and the participants'
 * comments. A training may seat thousands, so each list is read a page at a time, sorted and
 * filtered in the database. Only the training's providers (see {@link TrainingProviders}) read them.
 */
@Stateless
@RolesAllowed({Role.Names.COORDINATOR, Role.Names.SCHOOL_ADMIN, Role.Names.TEACHER, Role.Names.PARTNER})
public class TrainingRoster {

    /** One registration of a training with the sessions its holder attended and the training's number of sessions. */
    public record RegistrationRow(Registration registration, long attended, int sessions) implements Serializable {
    }

    /** A participant's comment on the training, with their rating; the id is the registration's, for paging. */
    public record FeedbackComment(long id, String comment, Integer rating, Instant givenAt) implements Serializable {
    }

    private static final Listing<Registration> SEATS = Listing.of(Registration.class)
            .textFilter("participant", root -> root.get("participant").get("fullName"))
            .sort("participant", root -> root.get("participant").get("fullName"))
            .fetch(root -> root.fetch("participant", JoinType.INNER))
            .batchRead("attendance")
            .defaultSort("participant", true);

    private static final Listing<Registration> REGISTRATIONS = Listing.of(Registration.class)
            .textFilter("participant", root -> root.get("participant").get("fullName"))
            .textFilter("school", root -> root.get("participant").get("institution").get("name"))
            .filter("status", (cb, root, value) -> cb.equal(root.get("status"), RegistrationStatus.valueOf(value)))
            .sort("participant", root -> root.get("participant").get("fullName"))
            .sort("school", root -> root.get("participant").get("institution").get("name"))
            .sort("status", root -> root.get("status"))
            .fetch(root -> root.fetch("participant", JoinType.INNER).fetch("institution", JoinType.INNER))
            .batchRead("attendance")
            .defaultSort("participant", true);

    private static final Listing<Registration> COMMENTS = Listing.of(Registration.class)
            .sort("givenAt", root -> root.get("feedbackAt"))
            .sort("rating", root -> root.get("feedbackRating"))
            .defaultSort("givenAt", false);

    private static final Listing.Projection<Registration, FeedbackComment> COMMENT = new Listing.Projection<>(
            root -> List.of(root.get("feedbackComment").alias("comment"), root.get("feedbackRating").alias("rating"),
                    root.get("feedbackAt").alias("givenAt")),
            row -> new FeedbackComment(row.get("id", Long.class), row.get("comment", String.class),
                    row.get("rating", Integer.class), row.get("givenAt", Instant.class)));

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerAccounts callers;

    /** A page of the attendance sheet's rows: the people holding a seat, by name unless sorted otherwise, with their marks. */
    public Page<Registration> seats(long trainingId, PageRequest request) {
        return SEATS.page(em, request, seatsOf(provided(trainingId)));
    }

    public List<Registration> seatItems(long trainingId, PageRequest request) {
        return SEATS.items(em, request, seatsOf(provided(trainingId)));
    }

    public long seatCount(long trainingId, Map<String, String> filters) {
        return SEATS.count(em, filters, seatsOf(provided(trainingId)));
    }

    /** A page of the training's registrations in every status, by name unless sorted otherwise, with the sessions attended. */
    public Page<RegistrationRow> registrations(long trainingId, PageRequest request) {
        Training training = provided(trainingId);
        Page<Registration> page = REGISTRATIONS.page(em, request, registrationsOf(training));
        return new Page<>(rows(training, page.items()), page.total());
    }

    public List<RegistrationRow> registrationItems(long trainingId, PageRequest request) {
        Training training = provided(trainingId);
        return rows(training, REGISTRATIONS.items(em, request, registrationsOf(training)));
    }

    public long registrationCount(long trainingId, Map<String, String> filters) {
        return REGISTRATIONS.count(em, filters, registrationsOf(provided(trainingId)));
    }

    /** A page of the participants' comments, newest first unless sorted otherwise. */
    public Page<FeedbackComment> comments(long trainingId, PageRequest request) {
        return COMMENTS.page(em, request, commentsOn(provided(trainingId)), COMMENT);
    }

    public List<FeedbackComment> commentItems(long trainingId, PageRequest request) {
        return COMMENTS.rows(em, request, commentsOn(provided(trainingId)), COMMENT);
    }

    public long commentCount(long trainingId, Map<String, String> filters) {
        return COMMENTS.count(em, filters, commentsOn(provided(trainingId)));
    }

    private Training provided(long trainingId) {
        return TrainingProviders.provided(em, callers.getCurrent(), trainingId, false);
    }

    private static Listing.Scope<Registration> seatsOf(Training training) {
        return (cb, root) -> cb.and(cb.equal(root.get("training"), training),
                cb.equal(root.get("status"), RegistrationStatus.REGISTERED));
    }

    private static Listing.Scope<Registration> registrationsOf(Training training) {
        return (cb, root) -> cb.equal(root.get("training"), training);
    }

    private static Listing.Scope<Registration> commentsOn(Training training) {
        return (cb, root) -> cb.and(cb.equal(root.get("training"), training), cb.isNotNull(root.get("feedbackComment")));
    }

    private static List<RegistrationRow> rows(Training training, List<Registration> registrations) {
        int sessions = training.getSessions().size();
        return registrations.stream().map(r -> new RegistrationRow(r, r.getSessionsAttended(), sessions)).toList();
    }
}
