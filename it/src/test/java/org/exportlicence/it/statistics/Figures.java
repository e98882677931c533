package org.exportlicence.it.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.exportlicence.application.Application;

/**
 * Licences, quantity and total USD of one statistic's row, as the tests compute them independently from
 * the applications they created, and compare with what a statistic reports (after minus before, since
 * the test database holds other classes' and demo licences too).
 */
record Figures(long licences, BigDecimal quantity, BigDecimal totalUsd) {
    static final Figures NONE = new Figures(0, BigDecimal.ZERO, BigDecimal.ZERO);

    static Figures of(Application application) {
        return new Figures(
                1, application.getGoods().getQuantity(), application.getGoods().getTotalUsd());
    }

    Figures plus(Figures other) {
        return new Figures(licences + other.licences, quantity.add(other.quantity), totalUsd.add(other.totalUsd));
    }

    Figures minus(Figures other) {
        return new Figures(
                licences - other.licences, quantity.subtract(other.quantity), totalUsd.subtract(other.totalUsd));
    }

    /** Equal figures, whatever the scale the database returned the sums in. */
    boolean sameAs(Figures other) {
        return licences == other.licences
                && quantity.compareTo(other.quantity) == 0
                && totalUsd.compareTo(other.totalUsd) == 0;
    }

    /** Rows of a statistic by key. */
    static <R> Map<String, Figures> byKey(List<R> rows, Function<R, String> key, Function<R, Figures> figures) {
        Map<String, Figures> map = new HashMap<>();
        rows.forEach(r -> map.merge(key.apply(r), figures.apply(r), Figures::plus));
        return map;
    }

    /** What a set of rows gained between two readings. */
    static Figures gained(Map<String, Figures> before, Map<String, Figures> after, String key) {
        return after.getOrDefault(key, NONE).minus(before.getOrDefault(key, NONE));
    }

    @Override
    public String toString() {
        return licences + " / " + quantity.toPlainString() + " / " + totalUsd.toPlainString();
    }
}
