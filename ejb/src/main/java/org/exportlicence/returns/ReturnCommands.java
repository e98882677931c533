package org.exportlicence.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.licence.CustomsGateway;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.quota.Quotas;

/**
 * 许可证退换 — the steps of a saved deletion or write-off request: the enterprise's 上报 and 删除, the
 * issuing authority's 退回 and 审核通过. The approval deletes or writes off the licence under its row
 * lock, gives the quota back under the quota's lock and tells customs, all in one transaction. Each
 * step checks the caller's scope, the state table ({@link RequestAction}) and the version the caller
 * saw, and is audited in the same transaction.
 */
@Stateless
public class ReturnCommands {
    @PersistenceContext
    private EntityManager em;

    @EJB
    private ReturnRequests requests;

    @EJB
    private Quotas quotas;

    @EJB
    private CustomsGateway customs;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** 上报: refused when the licence no longer allows the request (the approval checks again, under lock). */
    @RolesAllowed(Roles.ENTERPRISE)
    public void submit(long id, int seenVersion) {
        act(id, seenVersion, RequestAction.SUBMIT, null);
    }

    /** 删除 of a saved or returned request (not the licence: the request leaves the lists, its history stays). */
    @RolesAllowed(Roles.ENTERPRISE)
    public void delete(long id, int seenVersion) {
        act(id, seenVersion, RequestAction.DELETE, null);
    }

    /** 退回: back to the enterprise with the reason, to be corrected and submitted again. */
    @RolesAllowed(Roles.OFFICER_FIRST)
    public void returnToEnterprise(long id, int seenVersion, String reason) {
        act(id, seenVersion, RequestAction.RETURN, reason);
    }

    /**
     * 审核通过: the licence is deleted or written off, the quota it took and did not use is given
     * back, and customs is told — or, if anything refuses, none of it. The licence's row is locked
     * (and read anew) before it is checked, as the customs usage recorder locks it before recording a
     * declaration: whichever commits first decides, and the other sees its result. The quota's row is
     * locked after the licence's, as the issuer locks it.
     */
    @RolesAllowed(Roles.OFFICER_FIRST)
    public ReturnRequest approve(long id, int seenVersion) {
        ReturnRequest request = requests.inScope(id, null);
        StaleData.check(request, seenVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        RequestStatus from = request.apply(RequestAction.APPROVE, users.caller().username(), null, now);

        Licence licence = request.getLicence();
        em.refresh(licence, LockModeType.PESSIMISTIC_WRITE);
        LicenceStatus licenceFrom = licence.getStatus();
        BigDecimal unused = request.takeEffect(today);
        BigDecimal returned = null;
        if (licence.getQuota() != null) {
            quotas.giveBack(licence.getQuota(), unused, licence.getNumber());
            returned = unused;
        }
        request.recordReturned(returned);

        RequestKind kind = request.getKind();
        request.tellCustoms(customs, today);
        audit.record(
                request.auditSubject(),
                RequestAction.APPROVE.name(),
                from.name(),
                request.getStatus().name(),
                null);
        audit.record(
                licence.auditSubject(),
                kind.name(),
                licenceFrom.name(),
                licence.getStatus().name(),
                kind.entityName() + " " + request.getId()
                        + (returned == null ? "" : ", quota returned " + returned.toPlainString()));
        StaleData.flush(em);
        return request;
    }

    private void act(long id, int seenVersion, RequestAction action, String reason) {
        ReturnRequest request = requests.inScope(id, null);
        StaleData.check(request, seenVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        RequestStatus from = request.apply(action, users.caller().username(), reason, now);
        if (action == RequestAction.SUBMIT) {
            ReturnEntry.checkLicenceAtField(request, now.toLocalDate());
        }
        audit.record(
                request.auditSubject(),
                action.name(),
                from.name(),
                request.getStatus().name(),
                reason == null || reason.isBlank() ? null : reason.strip());
        StaleData.flush(em);
    }
}
