package org.exportlicence.officer;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.application.ReviewFilter;
import org.exportlicence.platform.QueryLazyModel;

/**
 * officer/queue.xhtml?kind=first|second|withdrawal — 初审, 复审 and 撤销审核: the authority's
 * applications waiting for that decision, searched by number, enterprise, commodity and submission
 * date, paged and sorted by the database.
 */
@Named
@ViewScoped
public class ReviewQueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService applications;

    private ReviewQueue queue = ReviewQueue.FIRST;
    private String number;
    private String enterprise;
    private String commodityCode;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;

    private final QueryLazyModel<Application> model = new QueryLazyModel<>(
            page -> applications.listForAuthority(queue.statuses(),
                    new ReviewFilter(number, enterprise, commodityCode, submittedFrom, submittedTo), page),
            Application::getNumber);

    public QueryLazyModel<Application> getModel() {
        return model;
    }

    public ReviewQueue getQueue() {
        return queue;
    }

    public String getKind() {
        return queue.name().toLowerCase(java.util.Locale.ROOT);
    }

    public void setKind(String kind) {
        queue = ReviewQueue.named(kind);
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getEnterprise() { return enterprise; }
    public void setEnterprise(String enterprise) { this.enterprise = enterprise; }
    public String getCommodityCode() { return commodityCode; }
    public void setCommodityCode(String commodityCode) { this.commodityCode = commodityCode; }
    public LocalDate getSubmittedFrom() { return submittedFrom; }
    public void setSubmittedFrom(LocalDate submittedFrom) { this.submittedFrom = submittedFrom; }
    public LocalDate getSubmittedTo() { return submittedTo; }
    public void setSubmittedTo(LocalDate submittedTo) { this.submittedTo = submittedTo; }
}
