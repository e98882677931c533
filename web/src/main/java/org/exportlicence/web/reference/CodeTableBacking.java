package org.exportlicence.web.reference;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.ReferenceCatalogue;
import org.exportlicence.web.platform.ListBacking;
import org.exportlicence.web.platform.UserAction;
import org.primefaces.PrimeFaces;

/**
 * What every 参数列表 code-table screen does: a lazily paged table, and for the administrator a
 * dialog that corrects a row's names (the service refuses everyone else).
 */
public abstract class CodeTableBacking<T extends CodeEntry> extends ListBacking<T> {
    private static final long serialVersionUID = 1L;

    @EJB
    protected ReferenceCatalogue catalogue;

    @Inject
    private UserAction actions;

    private final Class<T> type;

    private T editing;
    private String editNameZh;
    private String editNameEn;

    protected CodeTableBacking(Class<T> type) {
        this.type = type;
    }

    /** One page of rows; screens with search conditions override this. */
    @Override
    protected ResultPage<T> rows(PageRequest page) {
        return catalogue.list(type, page);
    }

    @Override
    protected String rowKey(T row) {
        return String.valueOf(row.key());
    }

    public void startEdit(T row) {
        editing = row;
        editNameZh = row.getNameZh();
        editNameEn = row.getNameEn();
    }

    public void saveEdit() {
        boolean renamed = actions.run(
                "renameForm",
                () -> catalogue.rename(type, editing.key(), editing.getVersion(), editNameZh, editNameEn),
                "reference.renamed",
                String.valueOf(editing.key()));
        if (renamed) {
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            editing = null;
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
