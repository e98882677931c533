package org.exportlicence.web.reference;

import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.exportlicence.reference.CodeEntry;
import org.exportlicence.reference.CodeNameQuery;

/** A 参数列表 screen searched by code and/or name (国别（地区）代码, 口岸代码). */
public abstract class CodeNameSearchBacking<T extends CodeEntry> extends CodeTableBacking<T> {
    private static final long serialVersionUID = 1L;

    private String code;
    private String name;

    protected CodeNameSearchBacking(Class<T> type) {
        super(type);
    }

    /** The service's search for this table. */
    protected abstract ResultPage<T> find(CodeNameQuery query, PageRequest page);

    @Override
    protected ResultPage<T> rows(PageRequest page) {
        return find(new CodeNameQuery(code, name), page);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
