package org.exportlicence.returns;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.audit.AuditEvent;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.customs.OutboxMessage;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceIssuer;
import org.exportlicence.licence.LicenceNumbers;
import org.exportlicence.licence.LicenceQueries;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.platform.Roles;
import org.exportlicence.quota.Quota;

/**
 * 许可证退换 — deletion and write-off requests from entry to decision: the enterprise reads a
 * licence in, saves a request (only when the licence allows it), modifies, deletes and submits it;
 * the licence's issuing authority approves it or returns it with a reason. The approval deletes or
 * writes off the licence under its row lock, gives the quota back under the quota's lock and puts
 * the message for customs in the outbox, all in one transaction. Every action checks the caller's
 * role and scope (an enterprise reaches only its own requests and licences, an officer only those
 * of their authority — anything else is "not found"), the state machine and the version the caller
 * saw; every change is audited in the same transaction.
 */
@Stateless
public class LicenceReturns {
    static final String QUOTA_AUDIT_TYPE = "Quota";
    static final int MAX_REMARKS = 200;
    private static final int QUANTITY_SCALE = 3;
    /** The states the lists show: every one but that of the requests the enterprise deleted. */
    public static final Set<RequestStatus> LISTED = Set.of(RequestStatus.SAVED, RequestStatus.SUBMITTED,
            RequestStatus.RETURNED, RequestStatus.APPROVED);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * 读入: the licence with that number if it is within the caller's data scope; otherwise the same
     * refusal as for a number that does not exist, so that guessing numbers reveals nothing.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public Licence licence(String licenceNo) {
        return ownLicence(licenceNo, users.caller());
    }

    /**
     * 保存: a new request for the licence the form names, or the modification of a saved or returned
     * one (which is 待上报 again). Refused, beside the field concerned, when the form is invalid, the
     * licence does not allow the request (used, not cleared, a quantity other than customs recorded
     * …) or the licence already has an open request of the kind.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public ReturnRequest save(ReturnForm form) {
        Caller caller = users.caller();
        LocalDateTime now = LocalDateTime.now(clock);
        RequestKind kind = form.kind();
        String remarks = form.remarks() == null || form.remarks().isBlank() ? null : form.remarks().strip();
        BigDecimal quantity = kind == RequestKind.WRITE_OFF ? form.writeOffQuantity() : null;
        checkForm(form, remarks, quantity);
        ReturnRequest request;
        if (form.id() == null) {
            Licence licence = ownLicence(form.licenceNo(), caller);
            // Two saves for one licence wait for each other here, so the open-request check below
            // holds; the unique open key of the table stays the backstop.
            em.refresh(licence, LockModeType.PESSIMISTIC_WRITE);
            request = kind == RequestKind.DELETION ? new DeletionRequest(licence, caller.username(), now, remarks)
                    : new WriteOffRequest(licence, caller.username(), now, remarks, quantity);
            checkLicence(request, now.toLocalDate());
            ReturnRequest open = openRequest(kind, licence);
            if (open != null) {
                throw BusinessException.atField("licenceNo", "returns.error.openRequest", licence.getNumber(),
                        kind.labelKey(), open.getStatus().labelKey());
            }
            em.persist(request);
            audit.record(kind.entityName(), request.getId(), "CREATE", null, request.getStatus().name(), null);
        } else {
            request = scoped(form.id(), caller, kind);
            checkVersion(request, form.version());
            RequestStatus from = request.apply(RequestAction.MODIFY, caller.username(), null, now);
            request.revise(remarks, quantity);
            checkLicence(request, now.toLocalDate());
            audit.record(kind.entityName(), request.getId(), RequestAction.MODIFY.name(), from.name(),
                    request.getStatus().name(), null);
        }
        flush();
        return request;
    }

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
        Caller caller = users.caller();
        ReturnRequest request = scoped(id, caller, null);
        checkVersion(request, seenVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        RequestStatus from = request.apply(RequestAction.APPROVE, caller.username(), null, now);

        Licence licence = request.getLicence();
        em.refresh(licence, LockModeType.PESSIMISTIC_WRITE);
        LicenceStatus licenceFrom = licence.getStatus();
        BigDecimal unused = request.takeEffect(today);
        BigDecimal returned = returnQuota(licence, unused);
        request.recordReturned(returned);

        RequestKind kind = request.getKind();
        em.persist(new OutboxMessage(LicenceIssuer.AUDIT_TYPE, licence.getNumber(), kind.eventType(),
                request.customsMessage(today), now));
        audit.record(kind.entityName(), request.getId(), RequestAction.APPROVE.name(), from.name(),
                request.getStatus().name(), null);
        audit.record(LicenceIssuer.AUDIT_TYPE, licence.getNumber(), kind.name(), licenceFrom.name(),
                licence.getStatus().name(), kind.entityName() + " " + request.getId()
                        + (returned == null ? "" : ", quota returned " + returned.toPlainString()));
        flush();
        return request;
    }

    /** One request the caller may see; "not found" for anything else, whether it exists or not. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public ReturnRequest find(long id) {
        return scoped(id, users.caller(), null);
    }

    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public List<AuditEvent> history(long id) {
        ReturnRequest request = scoped(id, users.caller(), null);
        return audit.history(request.getKind().entityName(), request.getId());
    }

    /** The deletion and write-off requests of one licence within the caller's scope, oldest first. */
    @RolesAllowed({Roles.ENTERPRISE, Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public List<ReturnRequest> ofLicence(String licenceNo) {
        Map<String, Object> parameters = new HashMap<>();
        String where = users.caller().scopeCondition("r", parameters)
                + " and r.licence.number = :licenceNo and r.status in :statuses";
        parameters.put("licenceNo", licenceNo == null ? "" : licenceNo.strip());
        parameters.put("statuses", LISTED);
        TypedQuery<ReturnRequest> query = em.createQuery("select r from ReturnRequest r where " + where
                + " order by r.createdAt, r.id", ReturnRequest.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * 删除申请表管理 / 删除申请表查询 and their write-off twins: the caller's enterprise's requests of
     * one kind in the given states (within the caller's data scope), filtered, sorted by licence
     * number unless another column is asked for, one page at a time.
     */
    @RolesAllowed(Roles.ENTERPRISE)
    public ResultPage<ReturnRequest> listOwn(RequestKind kind, Set<RequestStatus> statuses, ReturnFilter filter,
            PageRequest page) {
        return list(kind, statuses, filter, page);
    }

    /** 删除申请审核 / 核销申请审核: the requests of the officer's authority in the given states. */
    @RolesAllowed({Roles.OFFICER_FIRST, Roles.OFFICER_SECOND, Roles.ISSUER})
    public ResultPage<ReturnRequest> listForAuthority(RequestKind kind, Set<RequestStatus> statuses,
            ReturnFilter filter, PageRequest page) {
        return list(kind, statuses, filter, page);
    }

    private ResultPage<ReturnRequest> list(RequestKind kind, Set<RequestStatus> statuses, ReturnFilter filter,
            PageRequest page) {
        Set<RequestStatus> shown = EnumSet.noneOf(RequestStatus.class);
        shown.addAll(statuses);
        shown.retainAll(LISTED);
        if (filter.status() != null) {
            shown.retainAll(EnumSet.of(filter.status()));
        }
        if (shown.isEmpty()) {
            return new ResultPage<>(List.of(), 0);
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(users.caller().scopeCondition("r", parameters));
        where.append(" and r.status in :statuses");
        parameters.put("statuses", shown);
        if (hasText(filter.licenceNo())) {
            where.append(" and l.number like :licenceNo");
            parameters.put("licenceNo", likeEscape(filter.licenceNo().strip()) + "%");
        }
        if (hasText(filter.enterprise())) {
            where.append(" and (r.enterprise.nameZh like :enterprise or r.enterprise.enterpriseCode like :enterprise)");
            parameters.put("enterprise", "%" + likeEscape(filter.enterprise().strip()) + "%");
        }
        if (filter.submittedFrom() != null) {
            where.append(" and r.submittedAt >= :submittedFrom");
            parameters.put("submittedFrom", filter.submittedFrom().atStartOfDay());
        }
        if (filter.submittedTo() != null) {
            where.append(" and r.submittedAt < :submittedTo");
            parameters.put("submittedTo", filter.submittedTo().plusDays(1).atStartOfDay());
        }
        if (filter.issuedFrom() != null) {
            where.append(" and l.issueDate >= :issuedFrom");
            parameters.put("issuedFrom", filter.issuedFrom());
        }
        if (filter.issuedTo() != null) {
            where.append(" and l.issueDate <= :issuedTo");
            parameters.put("issuedTo", filter.issuedTo());
        }
        String from = " from " + kind.entityName() + " r join r.licence l where " + where;
        TypedQuery<Long> count = em.createQuery("select count(r)" + from, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (page.isCountOnly() || total == 0) {
            return new ResultPage<>(List.of(), total);
        }
        String order = switch (page.sortField() == null ? "" : page.sortField()) {
            case "status" -> "r.status";
            case "updatedAt" -> "r.updatedAt";
            case "submittedAt" -> "r.submittedAt";
            case "reviewedAt" -> "r.reviewedAt";
            case "licence.issueDate" -> "l.issueDate";
            default -> "l.number";
        };
        TypedQuery<ReturnRequest> rows = em.createQuery("select r" + from + " order by " + order
                + (page.ascending() ? " asc" : " desc") + ", l.number asc, r.id asc", ReturnRequest.class);
        parameters.forEach(rows::setParameter);
        return new ResultPage<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(), total);
    }

    private void act(long id, int seenVersion, RequestAction action, String reason) {
        Caller caller = users.caller();
        ReturnRequest request = scoped(id, caller, null);
        checkVersion(request, seenVersion);
        LocalDateTime now = LocalDateTime.now(clock);
        RequestStatus from = request.apply(action, caller.username(), reason, now);
        if (action == RequestAction.SUBMIT) {
            checkLicence(request, now.toLocalDate());
        }
        audit.record(request.getKind().entityName(), request.getId(), action.name(), from.name(),
                request.getStatus().name(), reason == null || reason.isBlank() ? null : reason.strip());
        flush();
    }

    /** Gives back the quota of a deleted or written-off licence, under the quota's row lock; null without quota. */
    private BigDecimal returnQuota(Licence licence, BigDecimal quantity) {
        Quota quota = licence.getQuota();
        if (quota == null) {
            return null;
        }
        em.refresh(quota, LockModeType.PESSIMISTIC_WRITE);
        if (quantity.signum() > 0) {
            BigDecimal usedBefore = quota.getUsed();
            quota.release(quantity);
            audit.record(QUOTA_AUDIT_TYPE, quota.getDocumentNo(), "RETURN", usedBefore.toPlainString(),
                    quota.getUsed().toPlainString(), "licence " + licence.getNumber());
        }
        return quantity;
    }

    private static void checkForm(ReturnForm form, String remarks, BigDecimal quantity) {
        List<FieldError> errors = new ArrayList<>();
        if (form.id() == null && !hasText(form.licenceNo())) {
            errors.add(new FieldError("licenceNo", "error.required"));
        }
        if (form.kind() == RequestKind.WRITE_OFF) {
            if (quantity == null) {
                errors.add(new FieldError("writeOffQuantity", "error.required"));
            } else if (quantity.signum() <= 0) {
                errors.add(new FieldError("writeOffQuantity", "application.error.quantityPositive"));
            } else if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
                errors.add(new FieldError("writeOffQuantity", "application.error.decimalFormat", QUANTITY_SCALE));
            }
        }
        if (remarks != null && remarks.length() > MAX_REMARKS) {
            errors.add(new FieldError("remarks", "error.tooLong", MAX_REMARKS));
        } else if (remarks != null && remarks.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            errors.add(new FieldError("remarks", "error.controlCharacters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** The licence's refusal of the request, beside the input it concerns. */
    private static void checkLicence(ReturnRequest request, LocalDate today) {
        try {
            request.checkLicence(today);
        } catch (BusinessException e) {
            String field = "licence.error.writeOffQuantity".equals(e.messageKey()) ? "writeOffQuantity" : "licenceNo";
            throw BusinessException.atField(field, e.messageKey(), e.arguments());
        }
    }

    private ReturnRequest openRequest(RequestKind kind, Licence licence) {
        List<ReturnRequest> open = em.createQuery("select r from " + kind.entityName() + " r where r.licence = :licence "
                + "and r.status in :open", ReturnRequest.class)
                .setParameter("licence", licence)
                .setParameter("open", EnumSet.of(RequestStatus.SAVED, RequestStatus.SUBMITTED, RequestStatus.RETURNED))
                .getResultList();
        return open.isEmpty() ? null : open.get(0);
    }

    private Licence ownLicence(String licenceNo, Caller caller) {
        if (!caller.isEnterpriseUser()) {
            throw new NotFoundException();
        }
        String number = licenceNo == null ? "" : licenceNo.strip();
        if (number.isEmpty()) {
            // Nothing entered: the page asks for the number, naming the field.
            throw BusinessException.atField("licenceNo", "error.required");
        }
        List<Licence> found = List.of();
        if (LicenceNumbers.isWellFormed(number)) {
            // The caller's data scope, as for opening the licence: a 本人 clerk cannot act on a colleague's.
            Map<String, Object> parameters = new HashMap<>();
            String where = LicenceQueries.scopeCondition(caller, parameters) + " and l.number = :no";
            parameters.put("no", number);
            TypedQuery<Licence> query = em.createQuery("select l from Licence l where " + where, Licence.class);
            parameters.forEach(query::setParameter);
            found = query.getResultList();
        }
        if (found.isEmpty()) {
            throw BusinessException.atField("licenceNo", "returns.error.licenceNotFound", number);
        }
        return found.get(0);
    }

    /**
     * Loads a request within the caller's scope (of one kind, or of either when kind is null), locked
     * optimistically so that two people acting on it at once never both succeed.
     */
    private ReturnRequest scoped(long id, Caller caller, RequestKind kind) {
        Map<String, Object> parameters = new HashMap<>();
        String where = caller.scopeCondition("r", parameters) + " and r.id = :id and r.status <> :deleted";
        parameters.put("id", id);
        parameters.put("deleted", RequestStatus.DELETED);
        TypedQuery<ReturnRequest> query = em.createQuery("select r from "
                + (kind == null ? "ReturnRequest" : kind.entityName()) + " r where " + where, ReturnRequest.class);
        parameters.forEach(query::setParameter);
        List<ReturnRequest> found = query.setLockMode(LockModeType.OPTIMISTIC).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }

    private static void checkVersion(ReturnRequest request, Integer seenVersion) {
        if (seenVersion == null || request.getVersion() != seenVersion) {
            throw new BusinessException("error.staleData");
        }
    }

    /** Makes a concurrent change surface here, as a refusal the user understands. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("error.staleData");
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Wildcards a user types are taken literally (the queries declare no escape, so they are removed). */
    private static String likeEscape(String value) {
        return value.replace("%", "").replace("_", "");
    }
}
