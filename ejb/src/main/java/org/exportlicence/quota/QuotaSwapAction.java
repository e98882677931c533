package org.exportlicence.quota;

import static org.exportlicence.quota.QuotaSwapStatus.APPROVED;
import static org.exportlicence.quota.QuotaSwapStatus.FILED;
import static org.exportlicence.quota.QuotaSwapStatus.RETURNED;
import static org.exportlicence.quota.QuotaSwapStatus.WITHDRAWN;

import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StateAction;
import org.exportlicence.platform.Transition;

/**
 * The state machine of quota swap requests in one table: the enterprise withdraws a filed request,
 * a quota officer of the authority (or the administrator, whom the services also let in) approves it
 * or returns it with a reason. Anything not listed here is refused.
 */
public enum QuotaSwapAction implements StateAction<QuotaSwapStatus> {
    WITHDRAW(Transition.from(FILED).to(WITHDRAWN).by(Roles.ENTERPRISE)),
    APPROVE(Transition.from(FILED).to(APPROVED).by(Roles.QUOTA_OFFICER)),
    RETURN(Transition.from(FILED).to(RETURNED).by(Roles.QUOTA_OFFICER).withReason());

    private final Transition<QuotaSwapStatus> transition;

    QuotaSwapAction(Transition<QuotaSwapStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<QuotaSwapStatus> transition() {
        return transition;
    }

    @Override
    public String labelKey() {
        return "quotaSwap.action." + name();
    }
}
