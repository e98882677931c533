package org.exportlicence.web.quota;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.quota.QuotaSwap;
import org.exportlicence.quota.QuotaSwapAction;
import org.exportlicence.quota.QuotaSwapEntry;
import org.exportlicence.quota.QuotaSwapQueries;
import org.exportlicence.quota.QuotaSwapStatus;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.UserAction;

/**
 * quota/swaps.xhtml — 有色金属钨锑钼配额调换: the enterprise's swap records, newest first, one row
 * per swap with its 调出 and 调入 lines (see {@link QuotaSwapLinesBacking}), by year and status;
 * 申请调换 opens the form, a filed swap may be withdrawn (with confirmation).
 */
@Named
@ViewScoped
public class QuotaSwapListBacking extends ListBacking<QuotaSwap> {
    private static final long serialVersionUID = 1L;

    @EJB
    private QuotaSwapQueries queries;

    @EJB
    private QuotaSwapEntry entry;

    @Inject
    private UserAction actions;

    private Integer year;
    private QuotaSwapStatus status;

    @Override
    protected ResultPage<QuotaSwap> rows(PageRequest page) {
        return queries.records(year, status, page);
    }

    @Override
    protected String rowKey(QuotaSwap row) {
        return String.valueOf(row.getId());
    }

    /** 撤回 of a filed swap. */
    public void withdraw(QuotaSwap row) {
        actions.run(null, () -> entry.withdraw(row.getId(), row.getVersion()), "quotaSwap.withdrawn", row.getId());
    }

    public boolean isWithdrawable(QuotaSwap row) {
        return row != null && QuotaSwapAction.WITHDRAW.allowedFrom(row.getStatus());
    }

    public QuotaSwapStatus[] getStatuses() {
        return QuotaSwapStatus.values();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public QuotaSwapStatus getStatus() {
        return status;
    }

    public void setStatus(QuotaSwapStatus status) {
        this.status = status;
    }
}
