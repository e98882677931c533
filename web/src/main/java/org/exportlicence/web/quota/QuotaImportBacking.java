package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.exportlicence.quota.ImportReport;
import org.exportlicence.quota.QuotaImport;
import org.exportlicence.web.platform.LocaleSelection;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * quota/import.xhtml — 导入配额: upload an allocation list, 检查 (report only) or 导入 (imported only when
 * every row is good); the report lists every bad row with its reason in the reader's language.
 */
@Named
@ViewScoped
public class QuotaImportBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaImport imports;

    @Inject
    private UserAction actions;

    @Inject
    private Messages messages;

    @Inject
    private LocaleSelection locale;

    private transient UploadedFile file;
    private ImportReport report;

    /** A report line as the page shows it. */
    public record Line(int row, String column, String reason) implements Serializable {}

    public void check() {
        run(false);
    }

    public void importAll() {
        run(true);
    }

    private void run(boolean importing) {
        report = null;
        if (file == null || file.getSize() == 0) {
            messages.error("quota.import.noFile");
            return;
        }
        String name = file.getFileName();
        byte[] content = file.getContent();
        report =
                actions.result(null, () -> importing ? imports.importAll(name, content) : imports.check(name, content));
        if (report == null) {
            return;
        }
        if (!report.isGood()) {
            messages.error("quota.import.bad", report.rows(), report.problems().size());
        } else if (importing) {
            messages.info("quota.import.done", report.imported());
        } else {
            messages.info("quota.import.good", report.rows());
        }
    }

    public List<Line> getLines() {
        if (report == null) {
            return List.of();
        }
        return report.problems().stream()
                .map(p -> new Line(
                        p.row(),
                        p.column() == null ? "" : messages.text("quota.column." + p.column()),
                        messages.text(p.messageKey(), p.arguments())))
                .toList();
    }

    public StreamedContent template(String format) {
        byte[] content = imports.template(format, locale.getLocale());
        return DefaultStreamedContent.builder()
                .name("quota-allocations." + format)
                .contentType(
                        "csv".equals(format)
                                ? "text/csv; charset=UTF-8"
                                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
