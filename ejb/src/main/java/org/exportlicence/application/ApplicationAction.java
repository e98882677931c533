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

import org.exportlicence.platform.Roles;
import org.exportlicence.platform.StateAction;
import org.exportlicence.platform.Transition;

/**
 * The application's state machine in one table: every action, the states it may start from, the
 * state it leads to, the role that may take it, and whether it needs a reason. Anything not listed
 * here is refused.
 */
public enum ApplicationAction implements StateAction<ApplicationStatus> {
    MODIFY(Transition.from(SAVED, RETURNED, WITHDRAWN).by(Roles.ENTERPRISE)),
    SUBMIT(Transition.from(SAVED, RETURNED, WITHDRAWN).to(SUBMITTED).by(Roles.ENTERPRISE)),
    DELETE(Transition.from(SAVED, RETURNED).to(DELETED).by(Roles.ENTERPRISE)),
    REQUEST_WITHDRAWAL(Transition.from(SUBMITTED).to(WITHDRAWAL_REQUESTED).by(Roles.ENTERPRISE)),
    APPROVE_FIRST(Transition.from(SUBMITTED).to(FIRST_APPROVED).by(Roles.OFFICER_FIRST)),
    RETURN_FIRST(Transition.from(SUBMITTED).to(RETURNED).by(Roles.OFFICER_FIRST).withReason()),
    APPROVE_SECOND(Transition.from(FIRST_APPROVED).to(APPROVED).by(Roles.OFFICER_SECOND)),
    REJECT_SECOND(Transition.from(FIRST_APPROVED)
            .to(REJECTED)
            .by(Roles.OFFICER_SECOND)
            .withReason()),
    APPROVE_WITHDRAWAL(Transition.from(WITHDRAWAL_REQUESTED).to(WITHDRAWN).by(Roles.OFFICER_FIRST)),
    REFUSE_WITHDRAWAL(Transition.from(WITHDRAWAL_REQUESTED)
            .to(SUBMITTED)
            .by(Roles.OFFICER_FIRST)
            .withReason()),
    ISSUE(Transition.from(APPROVED).to(ISSUED).by(Roles.ISSUER)),
    PRINT(Transition.from(APPROVED, ISSUED).by(Roles.ENTERPRISE));

    private final Transition<ApplicationStatus> transition;

    ApplicationAction(Transition<ApplicationStatus> transition) {
        this.transition = transition;
    }

    @Override
    public Transition<ApplicationStatus> transition() {
        return transition;
    }

    @Override
    public String labelKey() {
        return "application.action." + name();
    }
}
