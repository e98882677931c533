package org.exportlicence.platform;

import java.util.Map;

/**
 * The columns a list may be sorted by: the screen's sort field names mapped to JPQL paths, a default
 * and a tie-break that makes paging stable. A sort field outside the map gets the default, so a
 * request parameter never reaches the query text.
 */
public record Sorting(Map<String, String> columns, String defaultPath, String tieBreak) {
    public Sorting {
        columns = Map.copyOf(columns);
    }

    public static Sorting by(String defaultPath, String tieBreak) {
        return new Sorting(Map.of(), defaultPath, tieBreak);
    }

    public Sorting and(String field, String path) {
        java.util.Map<String, String> more = new java.util.HashMap<>(columns);
        more.put(field, path);
        return new Sorting(more, defaultPath, tieBreak);
    }

    String orderBy(PageRequest page) {
        String path = page.sortField() == null ? defaultPath : columns.getOrDefault(page.sortField(), defaultPath);
        return path + (page.ascending() ? " asc" : " desc") + ", " + tieBreak;
    }
}
