package org.exportlicence.statistics;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statistic's total line for one unit of measure (quantities of different units are never added):
 * the sum of the few aggregated rows the database returned, in the order the units first appear.
 */
public record UnitTotal(String unitCode, long licences, BigDecimal quantity, BigDecimal totalUsd)
        implements Serializable {

    public static List<UnitTotal> ofMonths(List<MonthRow> rows) {
        Map<String, UnitTotal> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.merge(
                r.unitCode(), new UnitTotal(r.unitCode(), r.licences(), r.quantity(), r.totalUsd()), UnitTotal::plus));
        return new ArrayList<>(totals.values());
    }

    public static List<UnitTotal> ofGroups(List<SummaryRow> rows) {
        Map<String, UnitTotal> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.merge(
                r.unitCode(), new UnitTotal(r.unitCode(), r.licences(), r.quantity(), r.totalUsd()), UnitTotal::plus));
        return new ArrayList<>(totals.values());
    }

    private UnitTotal plus(UnitTotal other) {
        return new UnitTotal(
                unitCode, licences + other.licences, quantity.add(other.quantity), totalUsd.add(other.totalUsd));
    }
}
