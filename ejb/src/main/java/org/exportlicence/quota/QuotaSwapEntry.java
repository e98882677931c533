package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.Caller;
import org.exportlicence.enterprise.Ownership;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.FieldError;
import org.exportlicence.platform.NotFoundException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;
import org.exportlicence.platform.ValidationException;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.TradeMode;

/**
 * 申请调换 — the enterprise files a swap of unused tungsten, antimony or molybdenum quota between two
 * of its quotas of one year, or to a new quota line, and may withdraw it before the decision. Every
 * refusal is given at its field, and nothing is saved; the approval checks the quantity again, under
 * the quotas' locks.
 */
@Stateless
@RolesAllowed(Roles.ENTERPRISE)
public class QuotaSwapEntry {
    private static final int QUANTITY_SCALE = 3;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private QuotaSwaps swaps;

    @EJB
    private UserDirectory users;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** 申请调换: the filed request, 待审核 with the authority that administers the source quota. */
    public QuotaSwap file(QuotaSwapForm form) {
        Caller caller = users.caller();
        if (!caller.isEnterpriseUser()) {
            throw new NotFoundException();
        }
        List<FieldError> errors = new ArrayList<>();
        String reason = form.reason() == null ? "" : form.reason().strip();
        checkQuantityAndReason(form.quantity(), reason, errors);
        Quota from =
                swaps.swappableQuota(caller.enterpriseId(), form.fromQuotaId()).orElse(null);
        if (form.fromQuotaId() == null) {
            errors.add(new FieldError("fromQuota", "error.required"));
        } else if (from == null) {
            errors.add(new FieldError("fromQuota", "quotaSwap.error.notSwappable"));
        }
        QuotaSwap swap = null;
        if (from != null) {
            if (form.quantity() != null && form.quantity().signum() > 0 && !from.covers(form.quantity())) {
                errors.add(new FieldError(
                        "quantity",
                        "quotaSwap.error.exceedsUnused",
                        from.getDocumentNo(),
                        from.getUnused().toPlainString()));
            }
            Ownership owner = Ownership.of(from.getEnterprise(), from.getAuthority(), caller.username());
            LocalDateTime now = LocalDateTime.now(clock);
            swap = form.toQuotaId() != null
                    ? toQuota(form, from, errors, owner, reason, now)
                    : toNewLine(form, from, errors, owner, reason, now);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        em.persist(swap);
        StaleData.flush(em);
        audit.record(swap.auditSubject(), "FILE", null, swap.getStatus().name(), reason);
        return swap;
    }

    /** 撤回 of a filed request: it stays as a record, nothing moved. */
    public void withdraw(long id, int seenVersion) {
        QuotaSwap swap = swaps.inScope(id);
        StaleData.check(swap, seenVersion);
        QuotaSwapStatus from =
                swap.apply(QuotaSwapAction.WITHDRAW, users.caller().username(), null, LocalDateTime.now(clock));
        audit.record(
                swap.auditSubject(),
                QuotaSwapAction.WITHDRAW.name(),
                from.name(),
                swap.getStatus().name(),
                null);
        StaleData.flush(em);
    }

    private QuotaSwap toQuota(
            QuotaSwapForm form,
            Quota from,
            List<FieldError> errors,
            Ownership owner,
            String reason,
            LocalDateTime now) {
        Quota to = swaps.swappableQuota(from.getEnterprise().getId(), form.toQuotaId())
                .orElse(null);
        if (to == null) {
            errors.add(new FieldError("toQuota", "quotaSwap.error.notSwappable"));
        } else if (to.getId().equals(from.getId())) {
            errors.add(new FieldError("toQuota", "quotaSwap.error.sameQuota"));
        } else if (to.getYear() != from.getYear()) {
            errors.add(new FieldError("toQuota", "quotaSwap.error.otherYear", from.getYear()));
        } else if (!to.getUnit().getCode().equals(from.getUnit().getCode())) {
            errors.add(new FieldError("toQuota", "quotaSwap.error.otherUnit"));
        } else if (!to.getAuthority().getCode().equals(from.getAuthority().getCode())) {
            errors.add(new FieldError("toQuota", "quotaSwap.error.otherAuthority"));
        }
        return errors.isEmpty() ? new QuotaSwap(owner, from, to, null, null, null, form.quantity(), reason, now) : null;
    }

    private QuotaSwap toNewLine(
            QuotaSwapForm form,
            Quota from,
            List<FieldError> errors,
            Ownership owner,
            String reason,
            LocalDateTime now) {
        String category = form.categoryCode() == null ? "" : form.categoryCode().strip();
        TradeMode mode = form.tradeModeId() == null ? null : em.find(TradeMode.class, form.tradeModeId());
        String countryCode =
                form.countryCode() == null ? "" : form.countryCode().strip();
        Country country = countryCode.isEmpty() ? null : em.find(Country.class, countryCode);
        if (category.isEmpty()) {
            errors.add(new FieldError("toQuota", "quotaSwap.error.targetRequired"));
        } else if (!swaps.isSwappableCategory(from.getYear(), category)) {
            errors.add(new FieldError("categoryCode", "quotaSwap.error.notSwappableCategory", from.getYear()));
        }
        if (form.tradeModeId() != null && mode == null) {
            errors.add(new FieldError("tradeMode", "error.notFound"));
        }
        if (!countryCode.isEmpty() && country == null) {
            errors.add(new FieldError("country", "error.notFound"));
        }
        if (errors.isEmpty() && sameLine(from, category, mode, country)) {
            errors.add(new FieldError("categoryCode", "quotaSwap.error.sameLine"));
        }
        return errors.isEmpty()
                ? new QuotaSwap(owner, from, null, category, mode, country, form.quantity(), reason, now)
                : null;
    }

    /** A new line must differ from the source in product, trade mode or destination. */
    private static boolean sameLine(Quota from, String category, TradeMode mode, Country country) {
        return from.getCategoryCode().equals(category)
                && Objects.equals(
                        from.getTradeMode() == null ? null : from.getTradeMode().getId(),
                        mode == null ? null : mode.getId())
                && Objects.equals(
                        from.getCountry() == null ? null : from.getCountry().getCode(),
                        country == null ? null : country.getCode());
    }

    private static void checkQuantityAndReason(BigDecimal quantity, String reason, List<FieldError> errors) {
        if (quantity == null) {
            errors.add(new FieldError("quantity", "error.required"));
        } else if (quantity.signum() <= 0) {
            errors.add(new FieldError("quantity", "quota.error.quantityPositive"));
        } else if (quantity.stripTrailingZeros().scale() > QUANTITY_SCALE) {
            errors.add(new FieldError("quantity", "application.error.decimalFormat", QUANTITY_SCALE));
        }
        if (reason.isEmpty()) {
            errors.add(new FieldError("reason", "error.required"));
        } else if (reason.length() > QuotaSwap.MAX_REASON) {
            errors.add(new FieldError("reason", "error.tooLong", QuotaSwap.MAX_REASON));
        } else if (reason.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r')) {
            errors.add(new FieldError("reason", "error.controlCharacters"));
        }
    }
}
