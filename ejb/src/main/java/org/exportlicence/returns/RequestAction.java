package org.exportlicence.returns;

import static org.exportlicence.returns.RequestStatus.APPROVED;
import static org.exportlicence.returns.RequestStatus.DELETED;
import static org.exportlicence.returns.RequestStatus.RETURNED;
import static org.exportlicence.returns.RequestStatus.SAVED;
import static org.exportlicence.returns.RequestStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.Set;
import org.exportlicence.platform.Roles;

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
public enum RequestAction {
    //          from                                to         role               reason
    MODIFY(EnumSet.of(SAVED, RETURNED), SAVED, Roles.ENTERPRISE, false),
    SUBMIT(EnumSet.of(SAVED, RETURNED), SUBMITTED, Roles.ENTERPRISE, false),
    DELETE(EnumSet.of(SAVED, RETURNED), DELETED, Roles.ENTERPRISE, false),
    APPROVE(EnumSet.of(SUBMITTED), APPROVED, Roles.OFFICER_FIRST, false),
    RETURN(EnumSet.of(SUBMITTED), RETURNED, Roles.OFFICER_FIRST, true);

    private final Set<RequestStatus> from;
    private final RequestStatus to;
    private final String role;
    private final boolean reasonRequired;

    RequestAction(Set<RequestStatus> from, RequestStatus to, String role, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(RequestStatus status) {
        return from.contains(status);
    }

    public RequestStatus target() {
        return to;
    }

    public Set<RequestStatus> from() {
        return EnumSet.copyOf(from);
    }

    public String role() {
        return role;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public String labelKey() {
        return "returns.action." + name();
    }
}
