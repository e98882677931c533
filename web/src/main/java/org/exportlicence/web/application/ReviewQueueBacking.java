package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationQueries;
import org.exportlicence.application.ReviewFilter;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.web.platform.ListBacking;

/**
 * What the officers' queues (初审, 复审, 撤销审核) share: the authority's applications waiting in the
 * queue, searched by 申请表号, enterprise, commodity code and submission date, paged and sorted by
 * the database; each opens application/review.xhtml for the decision.
 */
public abstract class ReviewQueueBacking extends ListBacking<Application> {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationQueries applicationQueries;

    private String number;
    private String enterprise;
    private String commodityCode;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;

    /** The queue this page lists. */
    public abstract ReviewQueue queue();

    @Override
    protected ResultPage<Application> rows(PageRequest page) {
        return applicationQueries.listForAuthority(
                queue().statuses(),
                new ReviewFilter(number, enterprise, commodityCode, submittedFrom, submittedTo),
                page);
    }

    @Override
    protected String rowKey(Application row) {
        return row.getNumber();
    }

    /** The value of the "queue" parameter of the links to the application page. */
    public String getQueueParameter() {
        return queue().parameter();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getCommodityCode() {
        return commodityCode;
    }

    public void setCommodityCode(String commodityCode) {
        this.commodityCode = commodityCode;
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
}
