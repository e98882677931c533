package org.exportlicence.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;

/**
 * 申请表 — the steps an application takes after it is saved: the enterprise's 上报, 删除 and 撤销, the
 * officers' first and second review and their decisions on withdrawals, and the marks that issuing and
 * printing leave. Each step checks the caller's scope, the state table ({@link ApplicationAction}) and
 * the version the caller saw, and is audited in the same transaction.
 */
@Stateless
public class ApplicationCommands {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private Applications applications;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @RolesAllowed(Roles.ENTERPRISE)
    public void submit(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.SUBMIT, null);
    }

    /** 上报 of several selected applications at once: all of them, or — if any is refused — none. */
    @RolesAllowed(Roles.ENTERPRISE)
    public void submitAll(Map<String, Integer> seenVersions) {
        seenVersions.forEach((number, version) -> act(number, version, ApplicationAction.SUBMIT, null));
    }

    @RolesAllowed(Roles.ENTERPRISE)
    public void delete(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.DELETE, null);
    }

    /** 撤销 on a 待初审 application: asks the authority to withdraw it. */
    @RolesAllowed(Roles.ENTERPRISE)
    public void requestWithdrawal(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.REQUEST_WITHDRAWAL, null);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void approveFirstReview(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.APPROVE_FIRST, null);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void returnAtFirstReview(String number, int seenVersion, String reason) {
        act(number, seenVersion, ApplicationAction.RETURN_FIRST, reason);
    }

    @RolesAllowed(Roles.OFFICER_SECOND)
    public void approveSecondReview(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.APPROVE_SECOND, null);
    }

    @RolesAllowed(Roles.OFFICER_SECOND)
    public void rejectAtSecondReview(String number, int seenVersion, String reason) {
        act(number, seenVersion, ApplicationAction.REJECT_SECOND, reason);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void approveWithdrawal(String number, int seenVersion) {
        act(number, seenVersion, ApplicationAction.APPROVE_WITHDRAWAL, null);
    }

    @RolesAllowed(Roles.OFFICER_FIRST)
    public void refuseWithdrawal(String number, int seenVersion, String reason) {
        act(number, seenVersion, ApplicationAction.REFUSE_WITHDRAWAL, reason);
    }

    /**
     * 生成电子许可证, the application's side: an approved application becomes ISSUED, in the
     * caller's transaction (the licence issuer's), at the version the issuer saw.
     */
    @RolesAllowed(Roles.ISSUER)
    public Application markIssued(String number, int seenVersion) {
        return act(number, seenVersion, ApplicationAction.ISSUE, null);
    }

    /** 打印申请表: marks an approved application printed (again, for 已打印申请表) and returns it. */
    @RolesAllowed(Roles.ENTERPRISE)
    public Application markPrinted(String number, int seenVersion) {
        return act(number, seenVersion, ApplicationAction.PRINT, null);
    }

    private Application act(String number, Integer seenVersion, ApplicationAction action, String reason) {
        Application application = applications.inScope(number);
        StaleData.check(application, seenVersion);
        if (action == ApplicationAction.SUBMIT) {
            // A suspended enterprise (企业登记) submits nothing until its authority reinstates it.
            application.getEnterprise().requireActive();
        }
        ApplicationStatus from = application.apply(action, users.caller().username(), reason, LocalDateTime.now(clock));
        audit.record(
                application.auditSubject(),
                action.name(),
                from.name(),
                application.getStatus().name(),
                reason == null || reason.isBlank() ? null : reason.strip());
        StaleData.flush(em);
        return application;
    }
}
