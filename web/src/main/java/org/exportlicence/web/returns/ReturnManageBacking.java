package org.exportlicence.web.returns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.EnumSet;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.returns.RequestKind;
import org.exportlicence.returns.RequestStatus;
import org.exportlicence.returns.ReturnFilter;
import org.exportlicence.returns.ReturnRequest;

/**
 * returns/manage.xhtml?kind=deletion|writeoff — 删除申请表管理 / 核销申请表管理: the enterprise's
 * saved requests and those the authority returned (with its reason), sortable by licence number;
 * view, modify, delete (with confirmation) and submit.
 */
@Named
@ViewScoped
public class ReturnManageBacking extends ReturnListBacking {
    private static final long serialVersionUID = 1L;

    @Override
    protected ResultPage<ReturnRequest> rows(RequestKind kind, PageRequest page) {
        return queries.listOwn(
                kind, EnumSet.of(RequestStatus.SAVED, RequestStatus.RETURNED), ReturnFilter.none(), page);
    }

    @Override
    protected String titleKey(RequestKind kind) {
        return "menu.returns." + kind.getParameter() + ".manage";
    }

    public void delete(ReturnRequest row) {
        actions.run(
                null,
                () -> commands.delete(row.getId(), row.getVersion()),
                "returns.deleted",
                row.getKind().labelKey(),
                row.getLicence().getNumber());
    }

    public void submit(ReturnRequest row) {
        actions.run(
                null,
                () -> commands.submit(row.getId(), row.getVersion()),
                "returns.submitted",
                row.getKind().labelKey(),
                row.getLicence().getNumber());
    }
}
