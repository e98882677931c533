package org.exportlicence.web.platform;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.exportlicence.audit.CallerCertificate;
import org.exportlicence.web.ekey.ChosenEkey;

/**
 * Hands the e-key the session works under (chosen on 选择 CA, else the one it signed in with) to the
 * request's {@link CallerCertificate}, so that every audit event the request records names it.
 */
@WebFilter(filterName = "callerCertificate", urlPatterns = "/*")
public class CallerCertificateFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    private transient CallerCertificate callerCertificate;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        ChosenEkey chosen = ChosenEkey.in(session);
        if (chosen != null) {
            callerCertificate.setReference(chosen.reference()); // 选择 CA
        } else if (session != null
                && session.getAttribute(FormLoginMechanism.SIGNED_IN) instanceof FormLoginMechanism.SignedIn caller
                && caller.certificate() != null) {
            callerCertificate.setReference(caller.certificate());
        }
        chain.doFilter(request, response);
    }
}
