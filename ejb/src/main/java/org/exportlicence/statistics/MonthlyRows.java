package org.exportlicence.statistics;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 统计月报's rows from the live figures and the published months' snapshot: a published month's rows and
 * cumulative figures are the snapshot's; a live month's cumulative figures run on from the month before
 * as shown (published or live), so a correction to a published month never shows up in a later month.
 */
final class MonthlyRows {
    private MonthlyRows() {}

    private record Entry(int month, String unit, Object[] figures, boolean published) {}

    /**
     * live: {month, unit, licences, quantity, USD} of every month; published: {yyyy-MM, unit, the month's
     * three figures, the cumulative three} of the months in {@code publishedMonths}, whose live rows are dropped.
     */
    static List<MonthRow> merge(List<Object[]> live, List<Object[]> published, Set<Integer> publishedMonths) {
        List<Entry> entries = new ArrayList<>(live.size() + published.size());
        for (Object[] t : live) {
            int month = StatisticsChecks.decimal(t[0]).intValue();
            if (!publishedMonths.contains(month)) {
                entries.add(new Entry(month, (String) t[1], t, false));
            }
        }
        for (Object[] t : published) {
            entries.add(new Entry(YearMonth.parse((String) t[0]).getMonthValue(), (String) t[1], t, true));
        }
        entries.sort(Comparator.comparingInt(Entry::month).thenComparing(Entry::unit));
        Map<String, MonthRow> running = new HashMap<>();
        List<MonthRow> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Object[] t = e.figures();
            long count = StatisticsChecks.decimal(t[2]).longValue();
            BigDecimal quantity = StatisticsChecks.decimal(t[3]);
            BigDecimal usd = StatisticsChecks.decimal(t[4]);
            MonthRow before = running.get(e.unit());
            MonthRow row;
            if (e.published()) {
                row = new MonthRow(
                        e.month(),
                        e.unit(),
                        count,
                        quantity,
                        usd,
                        StatisticsChecks.decimal(t[5]).longValue(),
                        StatisticsChecks.decimal(t[6]),
                        StatisticsChecks.decimal(t[7]));
            } else if (before == null) {
                row = new MonthRow(e.month(), e.unit(), count, quantity, usd, count, quantity, usd);
            } else {
                row = new MonthRow(
                        e.month(),
                        e.unit(),
                        count,
                        quantity,
                        usd,
                        before.cumulativeLicences() + count,
                        before.cumulativeQuantity().add(quantity),
                        before.cumulativeUsd().add(usd));
            }
            running.put(e.unit(), row);
            // A published line with no licence in the month only carries the year's figures on.
            if (count > 0) {
                rows.add(row);
            }
        }
        return rows;
    }
}
