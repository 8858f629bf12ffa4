package vn.cchc.api.http;

import jakarta.inject.Inject;
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
import org.eclipse.microprofile.metrics.MetricRegistry;
import vn.cchc.api.error.GraphQLErrors;
import vn.cchc.api.security.CurrentCaller;
import vn.cchc.application.security.AccessPolicy;
import vn.cchc.domain.shared.DataVersion;

/**
 * Sits in front of the GraphQL endpoint and speaks GraphQL over HTTP for it
 * (https://graphql.github.io/graphql-over-http/draft/): it negotiates the response type ({@link ResponseType}), then
 * runs the {@link GraphQLPipeline} (read, log in, check and cost, execute, shape), the engine being the next in the
 * chain, and answers what fails on the way without a stack trace. It also publishes the whole schema
 * ({@link SchemaSource}) as UTF-8.
 */
@WebFilter(urlPatterns = "/graphql/*") // matches /graphql itself too
public class GraphQLEndpointFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(GraphQLEndpointFilter.class.getName());

    @Inject
    transient DataVersion version;
    @Inject
    transient MetricRegistry metrics;
    @Inject
    transient CurrentCaller caller;

    private transient GraphQLPipeline pipeline;
    private transient String serverError;

    @Override
    public void init() {
        Config config = ConfigProvider.getConfig();
        pipeline = new GraphQLPipeline(config, getServletContext(), version, metrics, () -> AccessPolicy.visibility(caller.get()));
        pipeline.publish(getServletContext()); // for the export, which asks its queries in-process
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
            pipeline.answer(request, response, chain, type);
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

    private void publishSchema(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            HttpAnswers.write(response, HttpServletResponse.SC_OK, "text/plain", pipeline.schema(request, response).sdl());
        } else {
            response.setHeader("Allow", "GET");
            HttpAnswers.refuse(response, HttpAnswers.JSON, new Refusal(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "the schema is read with GET"));
        }
    }
}
