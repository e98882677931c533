package org.exportlicence.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import org.exportlicence.audit.AuditTrail;
import org.exportlicence.enterprise.UserDirectory;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StaleData;

/**
 * 钨锑钼配额调换审核 — a quota officer of the swap's authority (or the administrator) approves a filed
 * swap, which moves its quantity from the source quota to the receiving one (created on approval when
 * a new line was asked for), or returns it with a reason. Each decision is audited on the swap and on
 * both quotas (total before → after, why).
 */
@Stateless
@RolesAllowed({Roles.QUOTA_OFFICER, Roles.ADMIN})
public class QuotaSwapCommands {
    /** Document numbers of the lines swaps create: the source's number, "-TH" (调换) and the swap's id. */
    static final String NEW_LINE_MARK = "-TH";

    private static final int MAX_DOCUMENT_NO = 40;

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

    /**
     * 同意调换. The swap's row is locked first (a second approver waits, then finds it decided), then
     * both quotas in ascending id order — every approval locks in the same order, so two swaps between
     * the same two quotas never deadlock, and a licence issue (which locks only the quota, after its
     * licence) waits or is waited for. Under the locks the source's unused part is read anew: when it
     * no longer covers the quantity (a licence or another swap took it meanwhile) nothing changes.
     */
    public QuotaSwap approve(long id, int seenVersion) {
        QuotaSwap swap = lockedInScope(id, seenVersion);
        String officer = users.caller().username();
        LocalDateTime now = LocalDateTime.now(clock);
        Quota from = swap.getFromQuota();
        Stream.of(from, swap.getToQuota())
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(Quota::getId))
                .forEach(q -> em.refresh(q, LockModeType.PESSIMISTIC_WRITE));
        QuotaSwapStatus before = swap.apply(QuotaSwapAction.APPROVE, officer, null, now);
        BigDecimal quantity = swap.getQuantity();
        BigDecimal fromTotal = from.getTotal();
        from.decrease(quantity);
        Quota to = swap.getToQuota();
        BigDecimal toTotal = null;
        if (to == null) {
            to = newLine(swap, from, officer, now);
        } else {
            toTotal = to.getTotal();
            to.increase(quantity);
        }
        String why = "swap " + swap.getId() + ": " + quantity.toPlainString() + " " + from.getDocumentNo() + " → "
                + to.getDocumentNo();
        audit.record(
                swap.auditSubject(),
                QuotaSwapAction.APPROVE.name(),
                before.name(),
                swap.getStatus().name(),
                why);
        audit.record(from.auditSubject(), "SWAP_OUT", plain(fromTotal), plain(from.getTotal()), why);
        audit.record(
                to.auditSubject(),
                toTotal == null ? "SWAP_CREATE" : "SWAP_IN",
                toTotal == null ? null : plain(toTotal),
                plain(to.getTotal()),
                why);
        StaleData.flush(em);
        return swap;
    }

    /** 退回 with the reason; nothing moves. */
    public void returnToEnterprise(long id, int seenVersion, String reason) {
        QuotaSwap swap = lockedInScope(id, seenVersion);
        QuotaSwapStatus before =
                swap.apply(QuotaSwapAction.RETURN, users.caller().username(), reason, LocalDateTime.now(clock));
        audit.record(
                swap.auditSubject(),
                QuotaSwapAction.RETURN.name(),
                before.name(),
                swap.getStatus().name(),
                swap.getDecisionReason());
        StaleData.flush(em);
    }

    private QuotaSwap lockedInScope(long id, int seenVersion) {
        QuotaSwap swap = swaps.inScope(id);
        em.refresh(swap, LockModeType.PESSIMISTIC_WRITE);
        StaleData.check(swap, seenVersion);
        return swap;
    }

    /**
     * The new quota line the swap asked for: of the source's enterprise, year, unit and authority, with
     * the asked category, trade mode and destination, holding the swapped quantity.
     */
    private Quota newLine(QuotaSwap swap, Quota from, String officer, LocalDateTime now) {
        String documentNo = from.getDocumentNo() + NEW_LINE_MARK + swap.getId();
        if (documentNo.length() > MAX_DOCUMENT_NO) {
            throw new BusinessException("quotaSwap.error.documentNoTooLong", documentNo, MAX_DOCUMENT_NO);
        }
        Quota line = new Quota(
                        from.getEnterprise(),
                        from.getYear(),
                        swap.getCategoryCode(),
                        documentNo,
                        from.getUnit(),
                        swap.getQuantity())
                .allocatedBy(from.getAuthority(), swap.getTradeMode(), swap.getCountry(), officer, now);
        em.persist(line);
        swap.receivedBy(line);
        return line;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
