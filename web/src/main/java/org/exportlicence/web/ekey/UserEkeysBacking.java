package org.exportlicence.web.ekey;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.exportlicence.ekey.EKeys;
import org.exportlicence.ekey.IssuedEkey;
import org.exportlicence.ekey.UserCertificate;
import org.exportlicence.enterprise.UserAccountView;
import org.exportlicence.web.platform.CurrentUser;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * 电子钥匙 on the administrator's user account page (user/account.xhtml): the user's e-keys with their
 * state; 签发 (valid from, to, reason: the one-time password of the file is shown once), 下载 (once),
 * 更新 (a new key as long as the old one) and 吊销 (with the reason).
 */
@Named
@ViewScoped
public class UserEkeysBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    static final String FORM = "ekeys";

    @EJB
    private EKeys ekeys;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    @Inject
    private transient Clock clock;

    @Inject
    private CurrentUser currentUser;

    private String username;
    private List<UserCertificate> keys = List.of();
    private LocalDate validFrom;
    private LocalDate validTo;
    private String reason;
    private IssuedEkey issued;

    /**
     * For the account page's user; called by its view action after the account was loaded (nothing for
     * a new account, one that could not be loaded, or a caller who is not the administrator).
     */
    public void load(UserAccountView account) {
        if (account == null || !currentUser.isAdmin()) {
            return;
        }
        this.username = account.getUsername();
        if (validFrom == null) {
            proposeValidity();
        }
        refresh();
    }

    /** Today for a year: what the panel proposes, again after each e-key issued. */
    private void proposeValidity() {
        validFrom = LocalDate.now(clock);
        validTo = validFrom.plusYears(1).minusDays(1);
    }

    public void issue() {
        issued = actions.result(FORM, () -> ekeys.issue(username, validFrom, validTo, reason));
        if (issued != null) {
            messages.info("ekey.issued", issued.serialNumber());
            reason = null;
            proposeValidity();
        }
        refresh();
    }

    public void renew(UserCertificate key) {
        issued = actions.result(FORM, () -> ekeys.renew(key.getId(), reason));
        if (issued != null) {
            messages.info("ekey.issued", issued.serialNumber());
        }
        refresh();
    }

    public void revoke(UserCertificate key) {
        if (actions.run(FORM, () -> ekeys.revoke(key.getId(), reason), "ekey.revokedDone", key.getSerialNumber())) {
            reason = null;
        }
        refresh();
    }

    /** The PKCS#12 file, once. */
    public StreamedContent download(UserCertificate key) {
        byte[] file = actions.result(FORM, () -> ekeys.download(key.getId()));
        refresh();
        if (file == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("e-key-" + key.getUsername() + "-" + key.getSerialNumber() + ".p12")
                .contentType("application/x-pkcs12")
                .stream(() -> new ByteArrayInputStream(file))
                .build();
    }

    /** 有效, 已过期, 尚未生效 or 已吊销, as a message key. */
    public String stateOf(UserCertificate key) {
        return "ekey.state." + key.stateAt(LocalDateTime.now(clock));
    }

    private void refresh() {
        List<UserCertificate> found = actions.result(FORM, () -> ekeys.of(username));
        keys = found == null ? List.of() : found;
    }

    public List<UserCertificate> getKeys() {
        return keys;
    }

    public IssuedEkey getIssued() {
        return issued;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
