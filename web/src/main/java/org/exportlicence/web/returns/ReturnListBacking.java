package org.exportlicence.web.returns;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.returns.RequestAction;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.RequestStatus;
import org.exportlicence.returns.ReturnCommands;
import org.exportlicence.returns.ReturnFilter;
import org.exportlicence.returns.ReturnQueries;
import org.exportlicence.returns.ReturnRequest;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.UserAction;

/**
 * What the request lists share (删除/核销申请表管理, 删除/核销申请表查询 and the officers' 审核
 * queues): the kind named by the page's "kind" parameter, the search conditions, a table paged and
 * sorted by the database (by licence number unless the user sorts another column), and actions that
 * show their outcome or their refusal as a message.
 */
public abstract class ReturnListBacking extends ListBacking<ReturnRequest> {
    private static final long serialVersionUID = 1L;

    @EJB
    protected ReturnQueries queries;

    @EJB
    protected ReturnCommands commands;

    @Inject
    protected Messages messages;

    @Inject
    protected UserAction actions;

    private String kindParameter;
    private String licenceNo;
    private String enterprise;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;
    private RequestStatus status;

    /** One page of the list's requests of that kind. */
    protected abstract ResultPage<ReturnRequest> rows(RequestKind kind, PageRequest page);

    @Override
    protected ResultPage<ReturnRequest> rows(PageRequest page) {
        return getKind() == null ? new ResultPage<>(List.of(), 0) : rows(getKind(), page);
    }

    @Override
    protected String rowKey(ReturnRequest row) {
        return String.valueOf(row.getId());
    }

    /** The message key of the page's title for a kind. */
    protected abstract String titleKey(RequestKind kind);

    /** The search conditions as they are on the page. */
    protected ReturnFilter filter() {
        return new ReturnFilter(licenceNo, enterprise, submittedFrom, submittedTo, issuedFrom, issuedTo, status);
    }

    /** The kind the page lists; null for an unknown "kind" parameter (the page then shows nothing). */
    public RequestKind getKind() {
        return RequestKind.named(kindParameter);
    }

    public String getTitle() {
        return getKind() == null ? messages.text("error.notFound.title") : messages.text(titleKey(getKind()));
    }

    /** Whether an action (a name of {@link RequestAction}) is open for the row, to show its button. */
    public boolean allowed(ReturnRequest row, String action) {
        return row != null && RequestAction.valueOf(action).allowedFrom(row.getStatus());
    }

    public String getKindParameter() {
        return kindParameter;
    }

    public void setKindParameter(String kindParameter) {
        this.kindParameter = kindParameter;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public void setLicenceNo(String licenceNo) {
        this.licenceNo = licenceNo;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public LocalDate getSubmittedFrom() {
        return submittedFrom;
    }

    public void setSubmittedFrom(LocalDate submittedFrom) {
        this.submittedFrom = submittedFrom;
    }

    public LocalDate getSubmittedTo() {
        return submittedTo;
    }

    public void setSubmittedTo(LocalDate submittedTo) {
        this.submittedTo = submittedTo;
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

    public RequestStatus getStatus() {
        return status;
    }

    public void setStatus(RequestStatus status) {
        this.status = status;
    }
}
