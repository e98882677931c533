package org.exportlicence.web.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A user who signed in with a temporary password (a new account's, or one an administrator set) is
 * sent to 修改密码 for every page until they change it. Open: the password page itself (whose header
 * also signs out), the login and error pages, the public verification page and resources. An Ajax
 * request gets the partial response that makes PrimeFaces follow a redirect.
 *
 * <p>What the session knew at sign-in: a password reset while the user is signed in applies from their
 * next sign-in.
 */
@WebFilter(
        filterName = "passwordChangeRequired",
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST})
public class PasswordChangeRequired extends HttpFilter {
    private static final long serialVersionUID = 1L;
    public static final String PAGE = "/user/password.xhtml";
    private static final String MUST_CHANGE = PasswordChangeRequired.class.getName() + ".mustChange";
    private static final List<String> OPEN = List.of(
            PAGE,
            FormLoginMechanism.LOGIN_PAGE,
            "/verify.xhtml",
            "/error/",
            "/jakarta.faces.resource/",
            "/resources/",
            "/health");

    /** Called at sign-in: whether this session must change its password first. */
    static void signedIn(HttpSession session, boolean mustChange) {
        if (mustChange) {
            session.setAttribute(MUST_CHANGE, Boolean.TRUE);
        } else {
            session.removeAttribute(MUST_CHANGE);
        }
    }

    /** The password was changed: the session's pages are open again. */
    public static void changed(HttpSession session) {
        if (session != null) {
            session.removeAttribute(MUST_CHANGE);
        }
    }

    public static boolean isRequired(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(MUST_CHANGE));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!isRequired(request.getSession(false)) || open(request)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + PAGE;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml;charset=UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"" + target
                            + "\"/></partial-response>")
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        response.sendRedirect(target);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
