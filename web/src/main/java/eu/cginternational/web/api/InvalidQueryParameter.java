package eu.cginternational.web.api;

/**
 * A query parameter whose value the resource cannot take (a list filter that can name nothing, say): 400 naming the
 * parameter and the value given, as Jakarta REST's own refusal of a parameter it cannot convert is
 * ({@link ProblemMappers.Web}).
 */
public class InvalidQueryParameter extends InvalidRequest {

    private static final long serialVersionUID = 1L;

    private final String parameterName;

    public InvalidQueryParameter(String parameterName) {
        super("api.request.query_parameter", parameterName);
        this.parameterName = parameterName;
    }

    public String getParameterName() {
        return parameterName;
    }
}
