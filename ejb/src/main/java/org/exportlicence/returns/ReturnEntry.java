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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.Licences;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.platform.ValidationException;

/**
 * 删除申请表录入 / 核销申请表录入 — the enterprise reads a licence in and saves a deletion or write-off
 * request for it (only when the licence allows it), or modifies a saved or returned one. Refused
 * forms change nothing; every save is audited.
 */
@Stateless
@RolesAllowed(Roles.ENTERPRISE)
public class ReturnEntry {
    static final int MAX_REMARKS = 200;
    private static final int QUANTITY_SCALE = 3;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ReturnRequests requests;

    @EJB
    private Licences licences;

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
    public Licence licence(String licenceNo) {
        return ownLicence(licenceNo, users.caller());
    }

    /**
     * 保存: a new request for the licence the form names, or the modification of a saved or returned
     * one (which is 待上报 again). Refused, beside the field concerned, when the form is invalid, the
     * licence does not allow the request (used, not cleared, a quantity other than customs recorded
     * …) or the licence already has an open request of the kind.
     */
    public ReturnRequest save(ReturnForm form) {
        Caller caller = users.caller();
        LocalDateTime now = LocalDateTime.now(clock);
        RequestKind kind = form.kind();
        String remarks = form.remarks() == null || form.remarks().isBlank()
                ? null
                : form.remarks().strip();
        BigDecimal quantity = kind == RequestKind.WRITE_OFF ? form.writeOffQuantity() : null;
        checkForm(form, remarks, quantity);
        ReturnRequest request;
        if (form.id() == null) {
            Licence licence = ownLicence(form.licenceNo(), caller);
            // Two saves for one licence wait for each other here, so the open-request check below
            // holds; the unique open key of the table stays the backstop.
            em.refresh(licence, LockModeType.PESSIMISTIC_WRITE);
            request = kind == RequestKind.DELETION
                    ? new DeletionRequest(licence, caller.username(), now, remarks)
                    : new WriteOffRequest(licence, caller.username(), now, remarks, quantity);
            checkLicenceAtField(request, now.toLocalDate());
            ReturnRequest open = openRequest(kind, licence);
            if (open != null) {
                throw BusinessException.atField(
                        "licenceNo",
                        "returns.error.openRequest",
                        licence.getNumber(),
                        kind.labelKey(),
                        open.getStatus().labelKey());
            }
            em.persist(request);
            audit.record(
                    request.auditSubject(), "CREATE", null, request.getStatus().name(), null);
        } else {
            request = requests.inScope(form.id(), kind);
            StaleData.check(request, form.version());
            RequestStatus from = request.apply(RequestAction.MODIFY, caller.username(), null, now);
            request.revise(remarks, quantity);
            checkLicenceAtField(request, now.toLocalDate());
            audit.record(
                    request.auditSubject(),
                    RequestAction.MODIFY.name(),
                    from.name(),
                    request.getStatus().name(),
                    null);
        }
        StaleData.flush(em);
        return request;
    }

    /** The licence's refusal of a request, placed beside the input of the entry form it concerns. */
    static void checkLicenceAtField(ReturnRequest request, LocalDate today) {
        try {
            request.checkLicence(today);
        } catch (BusinessException e) {
            String field = "licence.error.writeOffQuantity".equals(e.messageKey()) ? "writeOffQuantity" : "licenceNo";
            throw BusinessException.atField(field, e.messageKey(), e.arguments());
        }
    }

    private static void checkForm(ReturnForm form, String remarks, BigDecimal quantity) {
        List<FieldError> errors = new ArrayList<>();
        if (form.id() == null && (form.licenceNo() == null || form.licenceNo().isBlank())) {
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
        } else if (remarks != null
                && remarks.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            errors.add(new FieldError("remarks", "error.controlCharacters"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private ReturnRequest openRequest(RequestKind kind, Licence licence) {
        return em
                .createQuery(
                        "select r from " + kind.entityName() + " r where r.licence = :licence "
                                + "and r.status in :open",
                        ReturnRequest.class)
                .setParameter("licence", licence)
                .setParameter("open", EnumSet.of(RequestStatus.SAVED, RequestStatus.SUBMITTED, RequestStatus.RETURNED))
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The caller's data scope, as for opening the licence: a 本人 clerk cannot act on a colleague's. */
    private Licence ownLicence(String licenceNo, Caller caller) {
        if (!caller.isEnterpriseUser()) {
            throw new NotFoundException();
        }
        String number = licenceNo == null ? "" : licenceNo.strip();
        if (number.isEmpty()) {
            // Nothing entered: the page asks for the number, naming the field.
            throw BusinessException.atField("licenceNo", "error.required");
        }
        return licences.findInScope(number)
                .orElseThrow(() -> BusinessException.atField("licenceNo", "returns.error.licenceNotFound", number));
    }
}
