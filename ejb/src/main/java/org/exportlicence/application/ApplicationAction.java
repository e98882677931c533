package org.exportlicence.application;

import static org.exportlicence.application.ApplicationStatus.APPROVED;
import static org.exportlicence.application.ApplicationStatus.DELETED;
import static org.exportlicence.application.ApplicationStatus.FIRST_APPROVED;
import static org.exportlicence.application.ApplicationStatus.ISSUED;
import static org.exportlicence.application.ApplicationStatus.REJECTED;
import static org.exportlicence.application.ApplicationStatus.RETURNED;
import static org.exportlicence.application.ApplicationStatus.SAVED;
import static org.exportlicence.application.ApplicationStatus.SUBMITTED;
import static org.exportlicence.application.ApplicationStatus.WITHDRAWAL_REQUESTED;
import static org.exportlicence.application.ApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import org.exportlicence.platform.Roles;

/**
 * The application's state machine in one table: every action, the states it may start from, the
 * state it leads to, the role that may take it, and whether it needs a reason. Anything not listed
 * here is refused.
 */
public enum ApplicationAction {
    //            from                                       to                     role                   reason
    MODIFY(EnumSet.of(SAVED, RETURNED, WITHDRAWN), null, Roles.ENTERPRISE, false),
    SUBMIT(EnumSet.of(SAVED, RETURNED, WITHDRAWN), SUBMITTED, Roles.ENTERPRISE, false),
    DELETE(EnumSet.of(SAVED, RETURNED), DELETED, Roles.ENTERPRISE, false),
    REQUEST_WITHDRAWAL(EnumSet.of(SUBMITTED), WITHDRAWAL_REQUESTED, Roles.ENTERPRISE, false),
    APPROVE_FIRST(EnumSet.of(SUBMITTED), FIRST_APPROVED, Roles.OFFICER_FIRST, false),
    RETURN_FIRST(EnumSet.of(SUBMITTED), RETURNED, Roles.OFFICER_FIRST, true),
    APPROVE_SECOND(EnumSet.of(FIRST_APPROVED), APPROVED, Roles.OFFICER_SECOND, false),
    REJECT_SECOND(EnumSet.of(FIRST_APPROVED), REJECTED, Roles.OFFICER_SECOND, true),
    APPROVE_WITHDRAWAL(EnumSet.of(WITHDRAWAL_REQUESTED), WITHDRAWN, Roles.OFFICER_FIRST, false),
    REFUSE_WITHDRAWAL(EnumSet.of(WITHDRAWAL_REQUESTED), SUBMITTED, Roles.OFFICER_FIRST, true),
    ISSUE(EnumSet.of(APPROVED), ISSUED, Roles.ISSUER, false),
    PRINT(EnumSet.of(APPROVED, ISSUED), null, Roles.ENTERPRISE, false);

    private final Set<ApplicationStatus> from;
    private final ApplicationStatus to;
    private final String role;
    private final boolean reasonRequired;

    ApplicationAction(Set<ApplicationStatus> from, ApplicationStatus to, String role, boolean reasonRequired) {
        this.from = from;
        this.to = to;
        this.role = role;
        this.reasonRequired = reasonRequired;
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** The state after the action; an action without a target (modify, print) keeps the state. */
    public ApplicationStatus target(ApplicationStatus current) {
        return to == null ? current : to;
    }

    public Set<ApplicationStatus> from() {
        return EnumSet.copyOf(from);
    }

    public String role() {
        return role;
    }

    public boolean reasonRequired() {
        return reasonRequired;
    }

    public String labelKey() {
        return "application.action." + name();
    }
}
