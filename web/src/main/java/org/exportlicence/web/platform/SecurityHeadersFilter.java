package org.exportlicence.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Headers every answer of the application carries, and the HTTP methods it answers at all.
 *
 * The Content-Security-Policy is the one in web.xml (primefaces.CSP_POLICY). On Faces pages
 * PrimeFaces adds its own header, that policy with the page's script nonce; two CSP headers would
 * both be enforced (the nonce-less one would block every inline script), so PrimeFaces' header
 * replaces the default one set here.
 */
@WebFilter(
        filterName = "securityHeaders",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    /** The pages are plain forms: nothing else (PUT, DELETE, OPTIONS, TRACE, WebDAV...) is answered. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");

    private static final String ALLOW = "GET, HEAD, POST";

    private String policy;

    @Override
    public void init() {
        policy = getServletContext().getInitParameter("primefaces.CSP_POLICY");
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (policy != null) {
            response.setHeader(CSP, policy);
        }
        if (!METHODS.contains(request.getMethod())) {
            refuseMethod(response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void addHeader(String name, String value) {
                if (CSP.equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                } else {
                    super.addHeader(name, value);
                }
            }
        });
    }

    /**
     * Written here rather than through sendError: an error page dispatched with the refused method
     * would go back through the Faces servlet with that method.
     */
    private static void refuseMethod(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        response.setHeader("Allow", ALLOW);
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = ("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>不支持的请求</title></head>"
                        + "<body><h1>不支持的请求 / Method not allowed</h1><p>" + ALLOW + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
