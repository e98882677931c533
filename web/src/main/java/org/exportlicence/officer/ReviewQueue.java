package org.exportlicence.officer;

import java.util.EnumSet;
import java.util.Set;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.platform.Roles;

/** The officers' three queues: which applications each lists and which role works it. */
public enum ReviewQueue {
    /** 初审: submitted applications. */
    FIRST(EnumSet.of(ApplicationStatus.SUBMITTED), Roles.OFFICER_FIRST),
    /** 复审: applications approved at first review. */
    SECOND(EnumSet.of(ApplicationStatus.FIRST_APPROVED), Roles.OFFICER_SECOND),
    /** 撤销审核: withdrawal requests. */
    WITHDRAWAL(EnumSet.of(ApplicationStatus.WITHDRAWAL_REQUESTED), Roles.OFFICER_FIRST);

    private final Set<ApplicationStatus> statuses;
    private final String role;

    ReviewQueue(Set<ApplicationStatus> statuses, String role) {
        this.statuses = statuses;
        this.role = role;
    }

    public Set<ApplicationStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    public String role() {
        return role;
    }

    public String titleKey() {
        return "officer.queue." + name();
    }

    /** The queue named in a page parameter; the first-review queue when the name is unknown. */
    public static ReviewQueue named(String name) {
        for (ReviewQueue queue : values()) {
            if (queue.name().equalsIgnoreCase(name)) {
                return queue;
            }
        }
        return FIRST;
    }
}
