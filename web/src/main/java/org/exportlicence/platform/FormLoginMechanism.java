package org.exportlicence.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Form sign-in. The login page hands the credentials over through SecurityContext.authenticate;
 * a request for a protected page without a signed-in user is sent to the login page, which
 * returns there afterwards.
 *
 * Written out instead of the built-in custom-form mechanism because that one's "continue to the
 * saved request" path left EJB calls unauthenticated on Payara 6.2025.9.
 *
 * The signed-in caller and their groups are kept in the HTTP session by this class and handed to
 * the container on every request. Not @AutoApplySession: that re-establishes only the principal and
 * lets Payara find the groups in the request thread's security context, which under concurrent
 * sessions is sometimes not this session's (Payara issue 6145): requests of a signed-in clerk were
 * answered 403, and pages were restored under another caller's roles. A new session id on sign-in
 * also keeps an id known before sign-in from being used after it (session fixation).
 */
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String SIGNED_IN = FormLoginMechanism.class.getName() + ".caller";

    /** Who signed in in this session, with the groups their roles map from. */
    record SignedIn(String name, Set<String> groups) implements Serializable {
    }

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            SignedIn caller = new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN, caller);
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN) instanceof SignedIn caller) {
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            String wanted = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }
}
