package org.exportlicence.web.licence;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.document.LicenceDocument;
import org.exportlicence.licence.Licence;
import org.exportlicence.licence.LicenceQueries;
import org.exportlicence.licence.LicenceStatus;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * licence/list.xhtml — 查看电子许可证 for an enterprise, the licence list of an authority for its
 * officers (the service scopes by the caller): filtered by number, issue date and status.
 */
@Named
@ViewScoped
public class LicenceListBacking extends ListBacking<Licence> {
    private static final long serialVersionUID = 1L;

    @EJB
    private LicenceQueries licences;

    @EJB
    private LicenceDocument documents;

    @Inject
    private UserAction actions;

    private String number;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;
    private LicenceStatus status;

    @Override
    protected ResultPage<Licence> rows(PageRequest page) {
        return licences.list(new LicenceQueries.LicenceFilter(number, issuedFrom, issuedTo, status), page);
    }

    @Override
    protected String rowKey(Licence row) {
        return row.getNumber();
    }

    /** The licence as a signed PDF with its verification QR code. */
    public StreamedContent download(Licence row) {
        byte[] pdf = actions.result(null, () -> documents.pdf(row.getNumber()));
        if (pdf == null) {
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("licence-" + row.getNumber() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public List<LicenceStatus> getStatuses() {
        return List.of(LicenceStatus.values());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }

    public LicenceStatus getStatus() {
        return status;
    }

    public void setStatus(LicenceStatus status) {
        this.status = status;
    }
}
