package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.document.ApplicationPrinting;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.QueryLazyModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * application/print-list.xhtml?printed=false|true — 打印申请表 (approved, not yet printed) and
 * 已打印申请表 (printed, may be printed again): the application form as a PDF.
 */
@Named
@ViewScoped
public class ApplicationPrintListBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    @EJB
    private ApplicationPrinting printing;

    @Inject
    private Messages messages;

    private boolean printed;

    private final QueryLazyModel<Application> model = new QueryLazyModel<>(
            page -> applications.listPrintable(printed, page), Application::getNumber);

    /** The PDF of one application; printing marks it printed. */
    public StreamedContent download(Application row) {
        try {
            byte[] pdf = printing.print(row.getNumber(), row.getVersion());
            return DefaultStreamedContent.builder().name("application-" + row.getNumber() + ".pdf")
                    .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
        } catch (BusinessException e) {
            messages.refusal(e, null);
            return null;
        }
    }

    public QueryLazyModel<Application> getModel() {
        return model;
    }

    public boolean isPrinted() {
        return printed;
    }

    public void setPrinted(boolean printed) {
        this.printed = printed;
    }
}
