package vn.cchc.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.cchc.api.paging.Batches;

/**
 * The step that runs a checked request: a request for the schema alone is answered by the {@link PublishedSchema},
 * any other by Liberty's engine, the next in the filter chain, whose answer is captured to be shaped.
 */
final class Execution {

    private Execution() {
    }

    static GraphQLPipeline.Answer run(RequestReader.Received received, QueryCheck.Verdict verdict, PublishedSchema schema,
                      HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (verdict.introspection()) {
            return new GraphQLPipeline.Answer(HttpServletResponse.SC_OK, schema.introspect(received.request()));
        }
        CapturedResponse capture = new CapturedResponse(response);
        Batches.open(); // the engine resolves the query on this thread: nested lists load per page, not per parent
        try {
            chain.doFilter(new EngineRequest(request, received.engineBody()), capture);
        } finally {
            Batches.close();
        }
        return new GraphQLPipeline.Answer(capture.getStatus(), capture.body());
    }
}
