package org.exportlicence.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 统计月报's rows from live figures and published months (MonthlyRows.merge). */
class MonthlyRowsTest {
    private static final String KG = "035";
    private static final String T = "036";

    private static Object[] live(int month, String unit, long licences, String quantity, String usd) {
        return new Object[] {month, unit, licences, new BigDecimal(quantity), new BigDecimal(usd)};
    }

    private static Object[] published(
            String month,
            String unit,
            long licences,
            String quantity,
            String usd,
            long cumulative,
            String cq,
            String cu) {
        return new Object[] {
            month,
            unit,
            licences,
            new BigDecimal(quantity),
            new BigDecimal(usd),
            cumulative,
            new BigDecimal(cq),
            new BigDecimal(cu)
        };
    }

    @Test
    void withNothingPublishedTheCumulativeFiguresAreRunningSums() {
        List<MonthRow> rows = MonthlyRows.merge(
                List.of(live(1, KG, 2, "10", "5.00"), live(3, KG, 1, "4", "2.00")), List.of(), Set.of());
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(1).cumulativeLicences());
        assertEquals(0, new BigDecimal("14").compareTo(rows.get(1).cumulativeQuantity()));
        assertEquals(0, new BigDecimal("7.00").compareTo(rows.get(1).cumulativeUsd()));
    }

    @Test
    void aPublishedMonthReplacesItsLiveRowsAndLaterMonthsRunOnFromIt() {
        // Live, month 2 now holds 5 licences (a correction after publication); published, it held 3.
        List<Object[]> live =
                List.of(live(1, KG, 1, "1", "1.00"), live(2, KG, 5, "50", "50.00"), live(3, KG, 2, "20", "20.00"));
        List<Object[]> snapshot = List.<Object[]>of(published("2026-02", KG, 3, "30", "30.00", 4, "31", "31.00"));
        List<MonthRow> rows = MonthlyRows.merge(live, snapshot, Set.of(2));
        assertEquals(List.of(1, 2, 3), rows.stream().map(MonthRow::month).toList());
        assertEquals(3, rows.get(1).licences());
        assertEquals(4, rows.get(1).cumulativeLicences());
        assertEquals(6, rows.get(2).cumulativeLicences(), "month 3 runs on from the published month 2");
        assertEquals(0, new BigDecimal("51").compareTo(rows.get(2).cumulativeQuantity()));
    }

    @Test
    void aPublishedLineWithoutLicencesInTheMonthIsNotShownButCarriesTheYearOn() {
        List<Object[]> live = List.of(live(1, T, 1, "7", "7.00"), live(3, T, 1, "1", "1.00"));
        List<Object[]> snapshot = List.of(
                published("2026-02", KG, 1, "2", "2.00", 1, "2", "2.00"),
                published("2026-02", T, 0, "0", "0.00", 2, "9", "9.00"));
        List<MonthRow> rows = MonthlyRows.merge(live, snapshot, Set.of(2));
        assertFalse(rows.stream().anyMatch(r -> r.month() == 2 && r.unitCode().equals(T)));
        assertTrue(rows.stream().anyMatch(r -> r.month() == 2 && r.unitCode().equals(KG)));
        MonthRow march = rows.stream().filter(r -> r.month() == 3).findFirst().orElseThrow();
        assertEquals(3, march.cumulativeLicences(), "the year as published (2) and March's licence");
        assertEquals(0, new BigDecimal("10").compareTo(march.cumulativeQuantity()));
    }

    @Test
    void publicationsMoveForwardOnly() {
        assertTrue(PublicationStatus.PREPARING.canBecome(PublicationStatus.PUBLISHED));
        assertTrue(PublicationStatus.PUBLISHED.canBecome(PublicationStatus.REPLACED));
        assertFalse(PublicationStatus.REPLACED.canBecome(PublicationStatus.PUBLISHED));
        assertFalse(PublicationStatus.ABANDONED.canBecome(PublicationStatus.PUBLISHED));
    }
}
