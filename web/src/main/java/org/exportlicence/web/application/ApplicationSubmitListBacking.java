package org.exportlicence.web.application;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationStatus;

/**
 * application/submit-list.xhtml — 上报申请: saved applications, those returned at first review and
 * those whose withdrawal was approved; view, modify, delete (with confirmation), submit one or the
 * selected ones.
 */
@Named
@ViewScoped
public class ApplicationSubmitListBacking extends ApplicationListBacking {
    private static final long serialVersionUID = 1L;

    private List<Application> selected = new ArrayList<>();

    @Override
    protected Set<ApplicationStatus> statuses() {
        return EnumSet.of(ApplicationStatus.SAVED, ApplicationStatus.RETURNED, ApplicationStatus.WITHDRAWN);
    }

    public void delete(Application row) {
        act(() -> service.delete(row.getNumber(), row.getVersion()), "application.deleted", row.getNumber());
        selected.clear();
    }

    public void submit(Application row) {
        act(() -> service.submit(row.getNumber(), row.getVersion()), "application.submitted", row.getNumber());
        selected.clear();
    }

    /** 上报所选: all selected applications in one go, or none if any is refused. */
    public void submitSelected() {
        if (selected == null || selected.isEmpty()) {
            messages.error("application.noneSelected");
            return;
        }
        Map<String, Integer> versions = new LinkedHashMap<>();
        selected.stream().sorted(Comparator.comparing(Application::getNumber))
                .forEach(row -> versions.put(row.getNumber(), row.getVersion()));
        if (act(() -> service.submitAll(versions), "application.submittedAll", versions.size())) {
            selected.clear();
        }
    }

    public List<Application> getSelected() {
        return selected;
    }

    public void setSelected(List<Application> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }
}
