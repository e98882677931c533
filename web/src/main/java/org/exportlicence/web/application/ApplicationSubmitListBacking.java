package org.exportlicence.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationStatus;
import org.exportlicence.web.platform.Messages;

/**
 * application/submit-list.xhtml — 上报申请: saved applications, those returned at first review and
 * those whose withdrawal was approved; view, modify, delete (with confirmation), submit one or the
 * selected ones.
 */
@Named
@ViewScoped
public class ApplicationSubmitListBacking extends ApplicationListBacking {
    private static final long serialVersionUID = 1L;

    @Inject
    private Messages messages;

    @Override
    protected Set<ApplicationStatus> statuses() {
        return EnumSet.of(ApplicationStatus.SAVED, ApplicationStatus.RETURNED, ApplicationStatus.WITHDRAWN);
    }

    public void delete(Application row) {
        actions.run(
                null, () -> commands.delete(row.getNumber(), row.getVersion()), "application.deleted", row.getNumber());
        clearSelection();
    }

    public void submit(Application row) {
        actions.run(
                null,
                () -> commands.submit(row.getNumber(), row.getVersion()),
                "application.submitted",
                row.getNumber());
        clearSelection();
    }

    /** 上报所选: all selected applications in one go, or none if any is refused. */
    public void submitSelected() {
        if (getSelected().isEmpty()) {
            messages.error("application.noneSelected");
            return;
        }
        Map<String, Integer> versions = new LinkedHashMap<>();
        getSelected().stream()
                .sorted(Comparator.comparing(Application::getNumber))
                .forEach(row -> versions.put(row.getNumber(), row.getVersion()));
        if (actions.run(null, () -> commands.submitAll(versions), "application.submittedAll", versions.size())) {
            clearSelection();
        }
    }
}
