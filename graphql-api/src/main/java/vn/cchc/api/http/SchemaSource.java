package vn.cchc.api.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The {@link PublishedSchema}, made once from the engine's own printout the first time a request needs it. */
final class SchemaSource {

    /** Where the engine prints its schema; the endpoint publishes the whole one at the same address. */
    static final String PATH = "/graphql/schema.graphql";

    private volatile PublishedSchema published;

    PublishedSchema get(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        PublishedSchema current = published;
        if (current == null) {
            synchronized (this) {
                current = published;
                if (current == null) {
                    CapturedResponse printout = new CapturedResponse(response);
                    request.getServletContext().getRequestDispatcher(PATH).include(new HttpServletRequestWrapper(request) {
                        @Override
                        public String getMethod() {
                            return "GET";
                        }
                    }, printout);
                    current = PublishedSchema.of(printout.body(), EnumDescriptions.in(request.getServletContext()));
                    published = current;
                }
            }
        }
        return current;
    }
}
