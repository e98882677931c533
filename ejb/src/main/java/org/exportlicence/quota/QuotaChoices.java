package org.exportlicence.quota;

import java.io.Serializable;
import java.util.List;
import org.exportlicence.reference.CommodityCategory;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.IssuingAuthority;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * What the allocation form offers: the catalogue years, the quota-managed categories of each, the
 * units, the customs trade modes, the countries and regions and the issuing authorities.
 */
public record QuotaChoices(
        List<Integer> years,
        List<CommodityCategory> categories,
        List<UnitOfMeasure> units,
        List<TradeMode> tradeModes,
        List<Country> countries,
        List<IssuingAuthority> authorities)
        implements Serializable {

    /** The quota-managed categories of one year. */
    public List<CommodityCategory> categoriesOf(Integer year) {
        return categories.stream()
                .filter(c -> year != null && c.getCatalogueYear() == year)
                .toList();
    }
}
