package vn.cchc.api.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.cchc.api.error.GraphQLErrors;

/**
 * The WAR's one error page (web.xml sends every error here): the status the container chose, with a short message in
 * Vietnamese and English and none of the container's own text, which names Java classes and server message codes.
 * A caller that asks for HTML (a browser on a page) gets a page; any other (scripts, exports, uploads) the API's
 * error shape in JSON.
 */
// *.jsp too: with no JSP engine, the container refuses them with a page of its own that no error page replaces
@WebServlet(urlPatterns = {ErrorPage.PATH, "*.jsp", "*.jspx"})
public class ErrorPage extends HttpServlet {

    static final String PATH = "/error";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer given ? given : HttpServletResponse.SC_NOT_FOUND; // asked for itself
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED; // a method no servlet knows (PATCH) is the client's mistake
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure) {
            LOG.log(Level.SEVERE, "request " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed", failure);
        }
        Problem problem = Problem.of(status);
        String accept = request.getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            HttpAnswers.write(response, status, "text/html", """
                    <!DOCTYPE html>
                    <html lang="vi"><head><meta charset="utf-8"><title>%1$d</title></head>
                    <body><h1>%1$d</h1><p lang="vi">%2$s</p><p lang="en">%3$s</p><p><a href="/">CCHC Monitor</a></p></body></html>
                    """.formatted(status, problem.vietnamese, problem.english));
        } else {
            HttpAnswers.error(response, status, HttpAnswers.JSON, problem.code, problem.vietnamese + " / " + problem.english);
        }
    }

    /** What a status tells the caller, in the API's codes. */
    private enum Problem {
        NOT_FOUND("NOT_FOUND", "Không tìm thấy địa chỉ này.", "There is nothing at this address."),
        METHOD_NOT_ALLOWED("METHOD_NOT_ALLOWED", "Địa chỉ này không nhận phương thức này.", "This address does not take this method."),
        UNAUTHENTICATED(GraphQLErrors.UNAUTHENTICATED, "Cần đăng nhập.", "Sign in first."),
        FORBIDDEN("FORBIDDEN", "Không có quyền.", "Not allowed."),
        BAD_REQUEST("BAD_REQUEST", "Yêu cầu không hợp lệ.", "The request is not valid."),
        SERVER_ERROR("INTERNAL_SERVER_ERROR", "Lỗi máy chủ.", "Server error.");

        private final String code;
        private final String vietnamese;
        private final String english;

        Problem(String code, String vietnamese, String english) {
            this.code = code;
            this.vietnamese = vietnamese;
            this.english = english;
        }

        static Problem of(int status) {
            return switch (status) {
                case HttpServletResponse.SC_NOT_FOUND -> NOT_FOUND;
                case HttpServletResponse.SC_METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
                case HttpServletResponse.SC_UNAUTHORIZED -> UNAUTHENTICATED;
                case HttpServletResponse.SC_FORBIDDEN -> FORBIDDEN;
                default -> status < HttpServletResponse.SC_INTERNAL_SERVER_ERROR ? BAD_REQUEST : SERVER_ERROR;
            };
        }
    }
}
