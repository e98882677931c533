package org.exportlicence.platform;

import java.util.List;

/** One page of a list read from the database, with the total count for the pager. */
public record ResultPage<T>(List<T> rows, long total) {
    public ResultPage {
        rows = List.copyOf(rows);
    }
}
