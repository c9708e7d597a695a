package eu.cginternational.web.api;

import eu.cginternational.service.account.CallerAccounts;
import eu.cginternational.service.audit.AuditLog;
import eu.cginternational.service.error.AccessDeniedException;
import eu.cginternational.service.error.BusinessException;
import eu.cginternational.service.error.ConcurrentChangeException;
import eu.cginternational.service.error.InvalidInputException;
import eu.cginternational.service.error.NotFoundException;
import eu.cginternational.web.config.Bundle;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ParamException;

/** Every error of the API as an RFC 9457 problem with the fitting status, never a stack trace. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    static Response problem(int status, String title, String detail) {
        return problem(Problem.of(status, title, detail));
    }

    static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** Refusals of the services, with their message in the caller's language. */
    @Provider
    public static class Business implements ExceptionMapper<BusinessException> {

        @Inject
        CallerAccounts callers;

        @Override
        public Response toResponse(BusinessException e) {
            String detail = Bundle.text(callers.currentLocale(), callers.currentTimeZone(), e.getMessageKey(), e.getArguments());
            if (e instanceof InvalidInputException invalid) {
                return problem(new Problem("about:blank", "Unprocessable Content", 422, detail,
                        invalid.getProblems().stream()
                                .map(p -> new Problem.FieldError(p.field(), p.message()))
                                .toList()));
            }
            if (e instanceof NotFoundException) {
                return problem(404, "Not Found", detail);
            }
            if (e instanceof AccessDeniedException) {
                return problem(403, "Forbidden", detail);
            }
            if (e instanceof ConcurrentChangeException) {
                return problem(409, "Conflict", detail);
            }
            return problem(422, "Unprocessable Content", detail);
        }
    }

    /** A role that may not call the service. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

        @Inject
        CallerAccounts callers;

        @Inject
        AuditLog audit;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EJBAccessException e) {
            audit.recordAccessDenied("/api/" + uri.getPath());
            return problem(403, "Forbidden", Bundle.text(callers.currentLocale(), "error.access_denied"));
        }
    }

    /**
     * A request body that cannot be read as the resource's JSON. Where it is JSON, the property it cannot read or does
     * not know is named in the detail and, like a 422's fields, in {@code errors}.
     */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<ProcessingException> {

        @Inject
        CallerAccounts callers;

        @Override
        public Response toResponse(ProcessingException e) {
            Locale locale = callers.currentLocale();
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof UnreadableProperty unreadable) {
                    String detail = Bundle.text(locale, unreadable.getMessageKey(), unreadable.getArguments());
                    return problem(new Problem("about:blank", "Bad Request", 400, detail,
                            List.of(new Problem.FieldError(unreadable.getProperty(), detail))));
                }
            }
            return problem(400, "Bad Request", Bundle.text(locale, "api.bad_json"));
        }
    }

    /**
     * The resources' own refusals of a request ({@link InvalidRequest}), and the errors Jakarta REST raises itself
     * (unknown path, wrong method or media type, a path parameter that is not a number), told in the caller's language.
     * A query parameter that cannot be converted (such as {@code ?version=abc}) is bad input, answered 400 naming it as
     * a body's unreadable property is, not the 404 of Jakarta REST: the address exists; so is one a resource refuses
     * ({@link InvalidQueryParameter}). A path parameter keeps its 404.
     */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {

        @Inject
        CallerAccounts callers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException e) {
            Response.StatusType status = e.getResponse().getStatusInfo();
            Locale locale = callers.currentLocale();
            String name = e instanceof ParamException.QueryParamException query ? query.getParameterName()
                    : e instanceof InvalidQueryParameter refused ? refused.getParameterName() : null;
            if (name != null) {
                String detail = Bundle.text(locale, "api.request.query_parameter", name,
                        String.join(", ", uri.getQueryParameters().getOrDefault(name, List.of())));
                return problem(new Problem("about:blank", "Bad Request", 400, detail,
                        List.of(new Problem.FieldError(name, detail))));
            }
            String detail = e instanceof InvalidRequest invalid
                    ? Bundle.text(locale, invalid.getMessageKey(), invalid.getArguments())
                    : Bundle.text(locale, "api.status." + status.getStatusCode());
            if (detail.startsWith("api.status.")) {
                detail = status.getReasonPhrase();
            }
            return problem(status.getStatusCode(), status.getReasonPhrase(), detail);
        }
    }

    /** Anything else: a lost race is a 409; the rest is logged and answered 500 without details. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {

        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Inject
        CallerAccounts callers;

        @Override
        public Response toResponse(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof OptimisticLockException) {
                    return problem(409, "Conflict", Bundle.text(callers.currentLocale(), "error.changed_meanwhile"));
                }
                if (cause instanceof EJBAccessException) {
                    return problem(403, "Forbidden", Bundle.text(callers.currentLocale(), "error.access_denied"));
                }
            }
            if (e instanceof EJBTransactionRolledbackException) {
                LOG.log(Level.WARNING, "Transaction rolled back in an API call", e);
            } else {
                LOG.log(Level.SEVERE, "Unexpected error in an API call", e);
            }
            return problem(500, "Internal Server Error", Bundle.text(callers.currentLocale(), "api.server_error"));
        }
    }
}
