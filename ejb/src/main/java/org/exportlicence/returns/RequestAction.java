package org.exportlicence.returns;

import static org.exportlicence.returns.RequestStatus.APPROVED;
import static org.exportlicence.returns.RequestStatus.DELETED;
import static org.exportlicence.returns.RequestStatus.RETURNED;
import static org.exportlicence.returns.RequestStatus.SAVED;
import static org.exportlicence.returns.RequestStatus.SUBMITTED;

import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StateAction;
import org.exportlicence.platform.Transition;

/**
 * The state machine of deletion and write-off requests in one table: every action, the states it
 * may start from, the state it leads to, the role that may take it, and whether it needs a reason.
 * Anything not listed here is refused.
 *
 * <p>The authority's decision belongs to the first reviewer (OFFICER_FIRST), as 撤销审核 does: like
 * a withdrawal, a deletion or write-off is a single decision on the enterprise's own request about
 * something the authority already decided (the licence), not a new grant that needs the second
 * review's four eyes; the issuer's role stays with generating licences.
 */
public enum RequestAction implements StateAction<RequestStatus> {
    MODIFY(Transition.from(SAVED, RETURNED).to(SAVED).by(Roles.ENTERPRISE)),
    SUBMIT(Transition.from(SAVED, RETURNED).to(SUBMITTED).by(Roles.ENTERPRISE)),
    DELETE(Transition.from(SAVED, RETURNED).to(DELETED).by(Roles.ENTERPRISE)),
    APPROVE(Transition.from(SUBMITTED).to(APPROVED).by(Roles.OFFICER_FIRST)),
    RETURN(Transition.from(SUBMITTED).to(RETURNED).by(Roles.OFFICER_FIRST).withReason());

    private final Transition<RequestStatus> transition;

    RequestAction(Transition<RequestStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<RequestStatus> transition() {
        return transition;
    }

    /** Every request action has a target state. */
    public RequestStatus target() {
        return transition.to();
    }

    @Override
    public String labelKey() {
        return "returns.action." + name();
    }
}
