package vn.cchc.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.RaisedErrors;

/**
 * The steps from a request to its answer, after the response type is negotiated: read the request
 * ({@link RequestReader}), log in ({@link Authentication}), check and cost ({@link QueryCheck}), execute
 * ({@link Execution}), shape the answer ({@link AnswerShaper}). The endpoint runs them for every request; the export
 * runs them in-process for the queries it turns into files, so that the same checks, limits and rights apply.
 */
public final class GraphQLPipeline {

    /** What was answered: the status and the body, a GraphQL response in JSON. */
    public record Answer(int status, String body) {
    }

    private final SchemaSource schema = new SchemaSource();
    private final QueryLimits limits;
    private final RequestReader reader;
    private final AnswerShaper shaper;

    GraphQLPipeline(Config config) {
        limits = new QueryLimits(config.getValue("cchc.graphql.max-depth", Integer.class),
                config.getValue("cchc.graphql.max-cost", Long.class));
        reader = new RequestReader(config.getValue("cchc.graphql.max-body-bytes", Integer.class),
                config.getValue("cchc.graphql.max-json-depth", Integer.class));
        shaper = new AnswerShaper(limits.maxCost());
    }

    /** The application's pipeline, which the endpoint made when it started. */
    static GraphQLPipeline of(ServletContext context) {
        return (GraphQLPipeline) context.getAttribute(GraphQLPipeline.class.getName());
    }

    void publish(ServletContext context) {
        context.setAttribute(GraphQLPipeline.class.getName(), this);
    }

    PublishedSchema schema(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        return schema.get(request, response);
    }

    /** Answers the request through every step; {@code engine} leads to Liberty's GraphQL servlet. */
    void answer(HttpServletRequest request, HttpServletResponse response, FilterChain engine, ResponseType type)
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
            Answer answer = Execution.run(received.get(), verdict, published, request, response, engine);
            shaper.write(answer, verdict.cost(), type, Messages.negotiate(request.getHeader("Accept-Language")), response);
        } finally {
            RaisedErrors.close();
        }
    }

    /**
     * Answers a query in-process, as the caller of {@code request}, with the body a client would post to
     * {@code /graphql}: the status and the JSON GraphQL over HTTP gives for {@code application/graphql-response+json}.
     */
    public static Answer ask(HttpServletRequest request, HttpServletResponse response, byte[] body)
            throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        EngineRequest posted = new EngineRequest(request, body);
        FilterChain engine = (req, res) -> request.getServletContext().getRequestDispatcher("/graphql").include(req, res);
        try {
            of(request.getServletContext()).answer(posted, captured, engine, ResponseType.GRAPHQL_RESPONSE);
        } catch (Refusal refusal) {
            HttpAnswers.refuse(captured, ResponseType.GRAPHQL_RESPONSE.mediaType(), refusal);
        }
        return new Answer(captured.getStatus(), captured.body());
    }
}
