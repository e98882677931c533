package org.exportlicence.quota;

import java.io.Serializable;
import java.util.List;

/**
 * What an allocation list's check or import found: how many rows it has, how many were imported (none
 * while any row is bad) and every bad row's problems, each with the row number, the column and a
 * message key with its arguments (the screen shows it in the reader's language).
 */
public record ImportReport(int rows, int imported, List<Problem> problems) implements Serializable {
    public ImportReport {
        problems = List.copyOf(problems);
    }

    public boolean isGood() {
        return problems.isEmpty();
    }

    /** One refused input of one row. */
    public record Problem(int row, String column, String messageKey, Object... arguments) implements Serializable {}
}
