package org.exportlicence.web.reference;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import org.exportlicence.platform.BusinessException;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.web.platform.Messages;
import org.exportlicence.web.platform.QueryLazyModel;
import org.primefaces.PrimeFaces;

/**
 * What every 参数列表 code-table screen does: a lazily paged table, and for the administrator a
 * dialog that corrects a row's names (the service refuses everyone else).
 */
public abstract class CodeTableBacking<T extends CodeEntry> implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    protected ReferenceCatalogue catalogue;

    @Inject
    private Messages messages;

    private final Class<T> type;
    private final QueryLazyModel<T> model;

    private T editing;
    private String editNameZh;
    private String editNameEn;

    protected CodeTableBacking(Class<T> type) {
        this.type = type;
        this.model = new QueryLazyModel<>(this::loadPage, row -> String.valueOf(row.key()));
    }

    /** One page of rows; screens with search conditions override this. */
    protected ResultPage<T> loadPage(PageRequest page) {
        return catalogue.list(type, page);
    }

    public QueryLazyModel<T> getModel() {
        return model;
    }

    public void startEdit(T row) {
        editing = row;
        editNameZh = row.getNameZh();
        editNameEn = row.getNameEn();
    }

    public void saveEdit() {
        try {
            catalogue.rename(type, editing.key(), editing.getVersion(), editNameZh, editNameEn);
            messages.info("reference.renamed", String.valueOf(editing.key()));
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            editing = null;
        } catch (BusinessException e) {
            messages.refusal(e, "renameForm");
        }
    }

    public T getEditing() {
        return editing;
    }

    public String getEditNameZh() {
        return editNameZh;
    }

    public void setEditNameZh(String editNameZh) {
        this.editNameZh = editNameZh;
    }

    public String getEditNameEn() {
        return editNameEn;
    }

    public void setEditNameEn(String editNameEn) {
        this.editNameEn = editNameEn;
    }
}
