package org.exportlicence.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.primefaces.component.datatable.DataTable;

/**
 * What every list page shares: its table ("list:table") read a page at a time from a service, which
 * has the database page, sort and count; 查询, after which new conditions start again on the first
 * page; and the rows the user ticked, on a list with selection boxes.
 */
public abstract class ListBacking<T> implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TABLE = "list:table";

    private final QueryLazyModel<T> model = new QueryLazyModel<>(this::rows, this::rowKey);
    private List<T> selected = new ArrayList<>();

    /** One page of the list's rows under the page's conditions. */
    protected abstract ResultPage<T> rows(PageRequest page);

    /** What identifies a row on the page. */
    protected abstract String rowKey(T row);

    public QueryLazyModel<T> getModel() {
        return model;
    }

    /** 查询: new conditions start again on the first page. */
    public void search() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public List<T> getSelected() {
        return selected;
    }

    public void setSelected(List<T> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    protected void clearSelection() {
        selected.clear();
    }
}
