package vn.cchc.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.RaisedErrors;

/**
 * Sits in front of the GraphQL endpoint and speaks GraphQL over HTTP for it
 * (https://graphql.github.io/graphql-over-http/draft/), as a pipeline of steps with one job each:
 * <ol>
 * <li>negotiate the response type ({@link ResponseType});</li>
 * <li>read the request: a POST of JSON or a GET, anything else refused with a 4xx ({@link RequestReader});</li>
 * <li>log in a caller that brings credentials ({@link Authentication});</li>
 * <li>check the query against the published schema and measure its cost against the {@link QueryLimits} before
 * anything runs ({@link QueryCheck});</li>
 * <li>execute it: the schema alone from the {@link PublishedSchema}, anything else by Liberty's engine ({@link Execution});</li>
 * <li>shape the answer: the API's error model, the status, the cost ({@link AnswerShaper}).</li>
 * </ol>
 * It also publishes the whole schema ({@link SchemaSource}) as UTF-8.
 */
@WebFilter(urlPatterns = "/graphql/*") // matches /graphql itself too
public class GraphQLEndpointFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(GraphQLEndpointFilter.class.getName());

    private final transient SchemaSource schema = new SchemaSource();
    private transient QueryLimits limits;
    private transient RequestReader reader;
    private transient AnswerShaper shaper;
    private transient String serverError;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        limits = new QueryLimits(config.getValue("cchc.graphql.max-depth", Integer.class),
                config.getValue("cchc.graphql.max-cost", Long.class));
        reader = new RequestReader(config.getValue("cchc.graphql.max-body-bytes", Integer.class),
                config.getValue("cchc.graphql.max-json-depth", Integer.class));
        shaper = new AnswerShaper(limits.maxCost());
        serverError = config.getValue("mp.graphql.defaultErrorMessage", String.class); // the engine's own words
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getCharacterEncoding() == null) {
            // JSON is UTF-8 (RFC 8259); without this the container would read Vietnamese text as ISO-8859-1
            request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        }
        if (SchemaSource.PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            publishSchema(request, response);
            return;
        }
        Optional<ResponseType> negotiated = ResponseType.negotiate(request.getHeader("Accept"));
        if (negotiated.isEmpty()) {
            HttpAnswers.refuse(response, ResponseType.JSON.mediaType(), new Refusal(HttpServletResponse.SC_NOT_ACCEPTABLE,
                    "the response can only be application/json or application/graphql-response+json"));
            return;
        }
        ResponseType type = negotiated.get();
        try {
            answer(request, response, chain, type);
        } catch (Refusal refusal) {
            HttpAnswers.refuse(response, type.mediaType(), refusal);
        } catch (ServletException | RuntimeException | LinkageError e) {
            // the last guard of "no stack trace, no class name": the container's error page would show both, and the
            // engine fails with a NoSuchMethodError on queries its older graphql-java rejects
            LOG.log(Level.SEVERE, "GraphQL request failed", e);
            HttpAnswers.error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, type.mediaType(),
                    GraphQLErrors.INTERNAL_SERVER_ERROR, serverError);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ResponseType type)
            throws IOException, ServletException, Refusal {
        reader.requireGraphQL(request, response);
        Authentication.logIn(request, response);
        Optional<RequestReader.Received> received = reader.read(request, response, type);
        if (received.isEmpty()) {
            return; // too large to read: answered
        }
        PublishedSchema published = schema.get(request, response);
        QueryCheck.Verdict verdict = QueryCheck.check(published.schema(), received.get().request(), limits);
        if (!verdict.accepted()) {
            HttpAnswers.write(response, type.notExecutedStatus(), type.mediaType(), GraphQLErrors.response(verdict.errors()));
            return;
        }
        if (received.get().get() && verdict.mutation()) { // GraphQL over HTTP: a GET never changes anything
            response.setHeader("Allow", "POST");
            throw new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "mutations are sent with POST");
        }
        RaisedErrors.open(); // what the engine raises, kept to shape its errors
        try {
            Execution.Answer answer = Execution.run(received.get(), verdict, published, request, response, chain);
            shaper.write(answer, verdict.cost(), type, Messages.negotiate(request.getHeader("Accept-Language")), response);
        } finally {
            RaisedErrors.close();
        }
    }

    private void publishSchema(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            HttpAnswers.write(response, HttpServletResponse.SC_OK, "text/plain", schema.get(request, response).sdl());
        } else {
            response.setHeader("Allow", "GET");
            HttpAnswers.refuse(response, HttpAnswers.JSON, new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the schema is read with GET"));
        }
    }
}
