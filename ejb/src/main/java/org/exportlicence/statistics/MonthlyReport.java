package org.exportlicence.statistics;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * 统计月报 as the screen shows it: the months' rows (published months from their snapshot, the others
 * computed live), the months of the year that are published, and — when the snapshot could not answer
 * the conditions (a trade mode or country chosen, a clerk of 本人/本部门 scope) — the message key saying
 * why every month was computed live.
 */
public record MonthlyReport(List<MonthRow> rows, List<Publication> publications, String liveReasonKey)
        implements Serializable {

    /** A month of the year that is published, and when. */
    public record Publication(int month, LocalDateTime publishedAt) implements Serializable {}

    /** Whether the published months' rows come from their snapshot. */
    public boolean snapshotUsed() {
        return liveReasonKey == null;
    }

    /** When the month's rows were published, if they come from its snapshot; null when they are live. */
    public LocalDateTime publishedAt(int month) {
        if (!snapshotUsed()) {
            return null;
        }
        return publications.stream()
                .filter(p -> p.month() == month)
                .map(Publication::publishedAt)
                .findFirst()
                .orElse(null);
    }
}
