package org.exportlicence.web.platform;

import java.util.List;
import java.util.Map;
import org.exportlicence.platform.PageRequest;
import org.exportlicence.platform.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table model that reads one page at a time from a service: the database pages,
 * sorts and counts; nothing is loaded whole into memory.
 */
public class QueryLazyModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    private final SerializableLoader<T> loader;
    private final RowKey<T> rowKey;

    public QueryLazyModel(SerializableLoader<T> loader, RowKey<T> rowKey) {
        this.loader = loader;
        this.rowKey = rowKey;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) loader.load(PageRequest.countOnly()).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null || sortBy.isEmpty()
                ? null
                : sortBy.values().iterator().next();
        boolean sorted = sort != null && sort.getOrder() != SortOrder.UNSORTED;
        ResultPage<T> page = loader.load(new PageRequest(
                first, pageSize, sorted ? sort.getField() : null, !sorted || sort.getOrder() == SortOrder.ASCENDING));
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return rowKey.apply(row);
    }

    @Override
    public T getRowData(String key) {
        List<T> rows = getWrappedData();
        return rows == null
                ? null
                : rows.stream()
                        .filter(r -> rowKey.apply(r).equals(key))
                        .findFirst()
                        .orElse(null);
    }

    /** The key that identifies a row on the page. */
    @FunctionalInterface
    public interface RowKey<T> extends java.io.Serializable {
        String apply(T row);
    }

    /** Reads one page; implemented by the backing bean with a call to its service. */
    @FunctionalInterface
    public interface SerializableLoader<T> extends java.io.Serializable {
        ResultPage<T> load(PageRequest page);
    }
}
