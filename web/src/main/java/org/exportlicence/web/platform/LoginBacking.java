package org.exportlicence.web.platform;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

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
import java.io.IOException;
import org.exportlicence.platform.BusinessException;

/** login.xhtml: hands the typed credentials to the container and goes on where the user wanted to go. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private Messages messages;

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
            boolean mustChange =
                    PasswordChangeRequired.isRequired(((HttpServletRequest) external.getRequest()).getSession(false));
            external.redirect(
                    external.getRequestContextPath() + (mustChange ? PasswordChangeRequired.PAGE : safeNext()));
        } else {
            messages.refusal(new BusinessException("login.failed"), null);
        }
        password = null;
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

    public String getUsername() {
        return username;
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
