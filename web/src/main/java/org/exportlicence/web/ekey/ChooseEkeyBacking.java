package org.exportlicence.web.ekey;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.ekey.EKeys;
import org.exportlicence.ekey.UserCertificate;
import org.exportlicence.web.platform.UserAction;

/**
 * ekey/choose.xhtml — 选择 CA (图 1.3): after signing in, a user holding several e-keys chooses the CA
 * certificate to work under; every key is listed, only one within its validity and not revoked can be
 * chosen. The choice is kept in the session ({@link ChosenEkey}), shown in the header, recorded with
 * every audit event; then the page the user wanted opens.
 */
@Named
@ViewScoped
public class ChooseEkeyBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String PAGE = "/ekey/choose.xhtml";

    @EJB
    private EKeys ekeys;

    @Inject
    private UserAction actions;

    @Inject
    private transient Clock clock;

    private List<UserCertificate> keys = List.of();
    private String next;

    public void load() {
        List<UserCertificate> mine = actions.result(null, ekeys::mine);
        keys = mine == null ? List.of() : mine;
    }

    public void choose(UserCertificate key) throws IOException {
        UserCertificate chosen = actions.result(null, () -> ekeys.choose(key.getId()));
        if (chosen == null) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ChosenEkey.of(chosen).keepIn(((HttpServletRequest) external.getRequest()).getSession());
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
        external.redirect(external.getRequestContextPath() + (local ? next : "/index.xhtml"));
    }

    public boolean choosable(UserCertificate key) {
        return key.isValidAt(LocalDateTime.now(clock));
    }

    /** Whether the session works under this key now. */
    public boolean current(UserCertificate key) {
        ChosenEkey chosen = ChosenEkey.in(((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession(false));
        return chosen != null && chosen.reference().equals(key.reference());
    }

    public String stateOf(UserCertificate key) {
        return "ekey.state." + key.stateAt(LocalDateTime.now(clock));
    }

    public List<UserCertificate> getKeys() {
        return keys;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
