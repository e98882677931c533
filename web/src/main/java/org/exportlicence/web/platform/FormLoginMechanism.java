package org.exportlicence.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Set;
import org.exportlicence.ekey.EKeys;
import org.exportlicence.ekey.EkeyCheck;
import org.exportlicence.ekey.EkeyPolicy;
import org.exportlicence.enterprise.SignInAttempts;
import org.exportlicence.enterprise.SignInStatus;

/**
 * Form sign-in. The login page hands the credentials over through SecurityContext.authenticate;
 * a request for a protected page without a signed-in user is sent to the login page, which
 * returns there afterwards.
 *
 * Written out instead of the built-in custom-form mechanism because that one's "continue to the
 * saved request" path left EJB calls unauthenticated on Payara 6.2025.9.
 *
 * <p>Sign-in protection ({@link SignInAttempts}): a refused sign-in counts against the account and
 * the client address, its answer is held back a little longer each time, and after too many the
 * account or the address is locked for a while. A locked account is refused even with the right
 * password, with the same message and after the same password check as any refusal, so the visitor
 * cannot tell a lock, an unknown user or a wrong password apart. A successful sign-in is neither
 * slowed nor counted.
 *
 * <p>E-key (电子钥匙): over HTTPS the browser may present a client certificate (the listener asks for
 * one, "want"). Then the user is the one the certificate was issued to, not whatever was typed, and
 * the certificate must be valid ({@link EKeys#check}: the platform's e-key CA, recorded, not revoked,
 * within its dates); a refused certificate or a wrong password counts as a failure like any other. A
 * user whose role needs an e-key ({@link EkeyPolicy}) cannot sign in without one. Why a sign-in was
 * refused, when it is the certificate's fault or the missing e-key, is told to the login page by the
 * request attribute {@link #REFUSAL} (the message key); a wrong password stays "用户名或密码不正确".
 *
 * <p>The signed-in caller and their groups are kept in the HTTP session by this class and handed to
 * the container on every request. Not @AutoApplySession: that re-establishes only the principal and
 * lets Payara find the groups in the request thread's security context, which under concurrent
 * sessions is sometimes not this session's (Payara issue 6145): requests of signed-in clerks were
 * answered 403, and Ajax postbacks failed restoring their view. A new session id on sign-in also
 * keeps an id known before sign-in from being used after it (session fixation).
 */
@ApplicationScoped
public class FormLoginMechanism implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/login.xhtml";
    static final String SIGNED_IN = FormLoginMechanism.class.getName() + ".caller";
    static final String REFUSAL = FormLoginMechanism.class.getName() + ".refusal";
    static final String EKEY = FormLoginMechanism.class.getName() + ".ekey";
    static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";

    /** Who signed in in this session, with the groups their roles map from, and the e-key used (or null). */
    record SignedIn(String name, Set<String> groups, String certificate) implements Serializable {}

    @Inject
    private IdentityStoreHandler identityStores;

    @EJB
    private SignInAttempts attempts;

    @Inject
    private PlatformIdentityStore users;

    @EJB
    private EKeys ekeys;

    /** The client certificate of the request's TLS connection, or null (plain HTTP, or none presented). */
    static X509Certificate presented(HttpServletRequest request) {
        return request.getAttribute(CERTIFICATE_ATTRIBUTE) instanceof X509Certificate[] chain && chain.length > 0
                ? chain[0]
                : null;
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return signIn(typed, request, context);
        }
        if (credential != null) {
            return AuthenticationStatus.SEND_FAILURE;
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

    private AuthenticationStatus signIn(
            UsernamePasswordCredential credential, HttpServletRequest request, HttpMessageContext context) {
        X509Certificate certificate = presented(request);
        EkeyCheck ekey = certificate == null ? null : ekeys.check(certificate);
        request.setAttribute(EKEY, ekey); // the login page shows the same answer without checking again
        // With an e-key the user is the one it was issued to, whatever was typed.
        String username = ekey != null && ekey.valid() ? ekey.username() : credential.getCaller();
        String address = ClientAddress.of(request);
        SignInStatus before = attempts.status(username, address);
        // Checked even when locked: the same work for every refusal, so its timing tells nothing.
        CredentialValidationResult result =
                identityStores.validate(new UsernamePasswordCredential(username, credential.getPassword()));
        boolean valid = result.getStatus() == CredentialValidationResult.Status.VALID;
        String refusal = null;
        if (ekey != null && !ekey.valid()) {
            refusal = "login.ekey." + ekey.status().name();
        } else if (valid && !before.locked() && ekey == null && EkeyPolicy.requiredFor(result.getCallerGroups())) {
            refusal = "login.ekey.required";
        }
        if (refusal != null) {
            valid = false;
            request.setAttribute(REFUSAL, refusal);
        }
        if (valid && !before.locked() && (!before.accountFailuresCounted() || attempts.succeeded(username))) {
            SignedIn caller = new SignedIn(
                    result.getCallerPrincipal().getName(),
                    Set.copyOf(result.getCallerGroups()),
                    ekey == null ? null : ekey.reference());
            request.getSession(true);
            request.changeSessionId();
            request.getSession().setAttribute(SIGNED_IN, caller);
            // Read after the check, for a signed-in user only: refusals keep doing the same work.
            PasswordChangeRequired.signedIn(request.getSession(), users.mustChangePassword(caller.name()));
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        holdBack(attempts.failed(username, address));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Waits in the request's own thread, after the failure was committed: no transaction, no row lock. */
    private static void holdBack(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
