package org.exportlicence.web.root;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Everything the server is asked outside the platform's context root: "/" is sent to the platform,
 * anything else is "not found" in the platform's words (never the server's default page, which names
 * the product and its version), other methods than GET, HEAD and POST are refused. Mapped in web.xml.
 */
public class RootServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PLATFORM = "/licence/";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        headers(response);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            page(request, response, status instanceof Integer code ? code : HttpServletResponse.SC_NOT_FOUND);
        } else if (!METHODS.contains(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD, POST");
            page(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if ("/".equals(request.getRequestURI())) {
            response.sendRedirect(PLATFORM);
        } else {
            page(request, response, HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void headers(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
    }

    private static void page(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
        boolean notFound = status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_FORBIDDEN;
        String zh = notFound ? "页面不存在" : status == HttpServletResponse.SC_METHOD_NOT_ALLOWED ? "不支持的请求" : "系统错误";
        String en = notFound
                ? "Page not found"
                : status == HttpServletResponse.SC_METHOD_NOT_ALLOWED ? "Method not allowed" : "System error";
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>" + zh
                        + " — 出口许可证统一管理平台</title>"
                        + "<style>body{font-family:sans-serif;margin:4em auto;max-width:40em;color:#333}</style></head><body>"
                        + "<h1 id=\"error-title\">" + zh + "</h1><p>" + en + "</p>"
                        + "<p><a href=\"" + PLATFORM + "\">出口许可证统一管理平台 / Export Licence Platform</a></p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
