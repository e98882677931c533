package org.exportlicence.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationStatus;

/**
 * application/pending-list.xhtml — 待审申请: applications waiting for first review (待初审), second
 * review (待复审) or a decision on their withdrawal (待撤销), all or one kind; "撤销" asks for the
 * withdrawal of one waiting for first review.
 */
@Named
@ViewScoped
public class ApplicationPendingListBacking extends ApplicationListBacking {
    private static final long serialVersionUID = 1L;

    /** The kinds of the filter, in the order the select shows them. */
    public enum Kind {
        ALL(EnumSet.of(
                ApplicationStatus.SUBMITTED, ApplicationStatus.FIRST_APPROVED, ApplicationStatus.WITHDRAWAL_REQUESTED)),
        FIRST_REVIEW(EnumSet.of(ApplicationStatus.SUBMITTED)),
        SECOND_REVIEW(EnumSet.of(ApplicationStatus.FIRST_APPROVED)),
        WITHDRAWAL(EnumSet.of(ApplicationStatus.WITHDRAWAL_REQUESTED));

        private final Set<ApplicationStatus> statuses;

        Kind(Set<ApplicationStatus> statuses) {
            this.statuses = statuses;
        }

        public String getLabelKey() {
            return "application.kind." + name();
        }
    }

    private Kind kind = Kind.ALL;

    @Override
    protected Set<ApplicationStatus> statuses() {
        return EnumSet.copyOf(kind.statuses);
    }

    /** Another kind starts again on the first page. */
    public void kindChanged() {
        search();
    }

    public void requestWithdrawal(Application row) {
        actions.run(
                null,
                () -> commands.requestWithdrawal(row.getNumber(), row.getVersion()),
                "application.withdrawalRequested",
                row.getNumber());
    }

    public List<Kind> getKinds() {
        return List.of(Kind.values());
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind == null ? Kind.ALL : kind;
    }
}
