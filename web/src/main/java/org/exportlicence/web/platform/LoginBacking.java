package org.exportlicence.web.platform;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.ekey.EKeys;
import org.exportlicence.ekey.EkeyCheck;
import org.exportlicence.ekey.UserCertificate;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.web.ekey.ChooseEkeyBacking;
import org.exportlicence.web.ekey.ChosenEkey;

/**
 * login.xhtml: hands the typed credentials to the container and goes on where the user wanted to go.
 * When the browser presented an e-key, the page shows the user name read from it (not editable) and,
 * for a key that cannot sign in (unknown, revoked, expired, not yet valid), says why at once.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Messages messages;

    @EJB
    private EKeys ekeys;

    @Inject
    private Clock clock;

    private EkeyCheck ekey;
    private boolean ekeyChecked;

    private String username;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams()
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = ((HttpServletRequest) external.getRequest()).getSession(false);
            boolean mustChange = PasswordChangeRequired.isRequired(session);
            String then = mustChange ? PasswordChangeRequired.PAGE : safeNext();
            if (!mustChange && getEkey() != null && getEkey().valid() && chooseAmong(session)) {
                then = ChooseEkeyBacking.PAGE + "?next=" + URLEncoder.encode(then, StandardCharsets.UTF_8);
            }
            external.redirect(external.getRequestContextPath() + then);
        } else {
            Object refusal = external.getRequestMap().get(FormLoginMechanism.REFUSAL);
            messages.refusal(new BusinessException(refusal instanceof String key ? key : "login.failed"), null);
        }
        password = null;
    }

    /**
     * Signed in with an e-key: the session works under it; a user who holds more than one valid e-key
     * is asked to choose (选择 CA, the seed's step after signing in) — whether that is so.
     */
    private boolean chooseAmong(HttpSession session) {
        List<UserCertificate> mine = ekeys.mine();
        LocalDateTime now = LocalDateTime.now(clock);
        mine.stream()
                .filter(k -> k.reference().equals(getEkey().reference()))
                .findFirst()
                .ifPresent(k -> ChosenEkey.of(k).keepIn(session));
        return mine.stream().filter(k -> k.isValidAt(now)).count() > 1;
    }

    /** Only a page of this application, never another site (no open redirect). */
    private String safeNext() {
        boolean local = next != null
                && next.startsWith("/")
                && !next.startsWith("//")
                && !next.contains("\\")
                && !next.startsWith(FormLoginMechanism.LOGIN_PAGE);
        return local ? next : "/index.xhtml";
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }

    /** The e-key the browser presented on this request, checked; null without one. */
    public EkeyCheck getEkey() {
        if (!ekeyChecked) {
            ekeyChecked = true;
            HttpServletRequest request = (HttpServletRequest)
                    FacesContext.getCurrentInstance().getExternalContext().getRequest();
            X509Certificate certificate = FormLoginMechanism.presented(request);
            // On the sign-in POST the mechanism has checked it already.
            ekey = request.getAttribute(FormLoginMechanism.EKEY) instanceof EkeyCheck checked
                    ? checked
                    : certificate == null ? null : ekeys.check(certificate);
        }
        return ekey;
    }

    /** Why the presented e-key cannot sign in, in the user's language; null for none or a valid one. */
    public String getEkeyRefusal() {
        EkeyCheck presented = getEkey();
        return presented == null || presented.valid()
                ? null
                : messages.text("login.ekey." + presented.status().name());
    }

    /** The user name read from a valid e-key, else the one typed. */
    public String getUsername() {
        EkeyCheck presented = getEkey();
        return presented != null && presented.valid() ? presented.username() : username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
