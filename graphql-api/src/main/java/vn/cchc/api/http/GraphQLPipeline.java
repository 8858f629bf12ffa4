package vn.cchc.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.metrics.MetricRegistry;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.error.Messages;
import vn.cchc.api.error.RaisedErrors;
import vn.cchc.application.security.Visibility;
import vn.cchc.domain.shared.DataVersion;
import vn.cchc.domain.shared.VietnamCalendar;

/**
 * The steps from a request to its answer, after the response type is negotiated: read the request
 * ({@link RequestReader}), log in ({@link Authentication}), find a persisted document by its hash
 * ({@link PersistedQueries}), answer from the {@link ResponseCache} what was answered before, else check and cost
 * ({@link QueryCheck}), execute ({@link Execution}), shape the answer ({@link AnswerShaper}) and keep it when it is
 * data alone; send it ({@link HttpCaching}). The endpoint runs them for every request; the export runs them in-process
 * for the queries it turns into files, so that the same checks, limits and rights apply.
 */
public final class GraphQLPipeline {

    /** What was answered: the status and the body, a GraphQL response in JSON. */
    public record Answer(int status, String body) {
    }

    private final SchemaSource schema = new SchemaSource();
    private final QueryLimits limits;
    private final RequestReader reader;
    private final AnswerShaper shaper;
    private final PersistedQueries persisted;
    private final ResponseCache cache;
    private final HttpCaching caching;
    private final DataVersion version;
    private final Supplier<Visibility> visibility;

    /** @param visibility what the current request's caller may see */
    GraphQLPipeline(Config config, ServletContext context, DataVersion version, MetricRegistry metrics,
                    Supplier<Visibility> visibility) {
        limits = new QueryLimits(config.getValue("cchc.graphql.max-depth", Integer.class),
                config.getValue("cchc.graphql.max-cost", Long.class));
        reader = new RequestReader(config.getValue("cchc.graphql.max-body-bytes", Integer.class),
                config.getValue("cchc.graphql.max-json-depth", Integer.class));
        shaper = new AnswerShaper(limits.maxCost());
        persisted = PersistedQueries.load(context, config.getOptionalValue("cchc.graphql.trusted-documents-file", String.class),
                config.getValue("cchc.graphql.trusted-documents-only", Boolean.class));
        cache = new ResponseCache(config.getValue("cchc.graphql.cache.max-bytes", Long.class), metrics);
        caching = new HttpCaching(config.getValue("cchc.graphql.cache.public-max-age-seconds", Integer.class));
        this.version = version;
        this.visibility = visibility;
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
        Optional<RequestReader.Received> read = reader.read(request, response, type);
        if (read.isEmpty()) {
            return; // too large to read: answered
        }
        RequestReader.Received received = persisted.resolve(read.get(), type);
        // the same request, by a caller who sees the same, at the same data version and day: the same answer. Only a
        // query whose answer was data alone is ever kept, so a hit needs no check again.
        Optional<ResponseCache.Key> key = cache.enabled() ? Optional.of(key(received.request())) : Optional.empty();
        Optional<ResponseCache.Entry> kept = key.flatMap(cache::get);
        if (kept.isPresent()) {
            caching.send(request, response, type, kept.get(), HttpCaching.CacheStatus.HIT, received.get());
            return;
        }
        PublishedSchema published = schema.get(request, response);
        QueryCheck.Verdict verdict = QueryCheck.check(published.schema(), received.request(), limits);
        if (!verdict.accepted()) {
            HttpAnswers.write(response, type.notExecutedStatus(), type.mediaType(), GraphQLErrors.response(verdict.errors()));
            return;
        }
        if (received.get() && verdict.mutation()) { // GraphQL over HTTP: a GET never changes anything
            response.setHeader("Allow", "POST");
            throw new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "mutations are sent with POST");
        }
        RaisedErrors.open(); // what the engine raises, kept to shape its errors
        try {
            Answer answer = Execution.run(received, verdict, published, request, response, engine);
            AnswerShaper.Shaped shaped = shaper.shape(answer, verdict.cost(), type,
                    Messages.negotiate(request.getHeader("Accept-Language")));
            boolean keep = key.isPresent() && shaped.onlyData() && !verdict.mutation() && !verdict.introspection()
                    && verdict.roots().stream().noneMatch(ResponseCache.UNCACHED_ROOTS::contains);
            if (keep) {
                ResponseCache.Entry entry = ResponseCache.Entry.of(shaped.head());
                cache.put(key.get(), entry);
                caching.send(request, response, type, entry, HttpCaching.CacheStatus.MISS, received.get());
            } else {
                caching.send(response, type, shaped, received.get());
            }
        } finally {
            RaisedErrors.close();
        }
    }

    /** The version is read first: an answer is never labelled with a version newer than the data it was made from. */
    private ResponseCache.Key key(GraphQLRequest request) {
        return new ResponseCache.Key(request.query(), request.operationName(), request.variables().toString(), visibility.get(),
                version.current(), VietnamCalendar.today(Clock.systemUTC()));
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
