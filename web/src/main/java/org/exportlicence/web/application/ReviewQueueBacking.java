package org.exportlicence.web.application;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.time.LocalDate;
import org.exportlicence.application.Application;
import org.exportlicence.application.ApplicationService;
import org.exportlicence.application.ReviewFilter;
import org.exportlicence.web.platform.QueryLazyModel;
import org.primefaces.component.datatable.DataTable;

/**
 * What the officers' queues (初审, 复审, 撤销审核) share: the authority's applications waiting in the
 * queue, searched by 申请表号, enterprise, commodity code and submission date, paged and sorted by
 * the database; each opens application/review.xhtml for the decision.
 */
public abstract class ReviewQueueBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private ApplicationService service;

    private String number;
    private String enterprise;
    private String commodityCode;
    private LocalDate submittedFrom;
    private LocalDate submittedTo;

    private final QueryLazyModel<Application> model = new QueryLazyModel<>(
            page -> service.listForAuthority(queue().statuses(),
                    new ReviewFilter(number, enterprise, commodityCode, submittedFrom, submittedTo), page),
            Application::getNumber);

    /** The queue this page lists. */
    public abstract ReviewQueue queue();

    /** 查询: new conditions start again on the first page. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent("list:table");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public QueryLazyModel<Application> getModel() {
        return model;
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
