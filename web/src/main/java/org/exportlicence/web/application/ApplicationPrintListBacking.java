package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.document.ApplicationPrinting;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * application/print-list.xhtml?printed=false|true — 打印申请表 (approved, not yet printed) and
 * 已打印申请表 (printed, may be printed again): the application form as a PDF.
 */
@Named
@ViewScoped
public class ApplicationPrintListBacking extends ListBacking<Application> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationQueries applicationQueries;

    @EJB
    private ApplicationPrinting printing;

    @Inject
    private UserAction actions;

    private boolean printed;

    @Override
    protected ResultPage<Application> rows(PageRequest page) {
        return applicationQueries.listPrintable(printed, page);
    }

    @Override
    protected String rowKey(Application row) {
        return row.getNumber();
    }

    /** The PDF of one application; printing marks it printed. */
    public StreamedContent download(Application row) {
        byte[] pdf = actions.result(null, () -> printing.print(row.getNumber(), row.getVersion()));
        if (pdf == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("application-" + row.getNumber() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public boolean isPrinted() {
        return printed;
    }

    public void setPrinted(boolean printed) {
        this.printed = printed;
    }
}
