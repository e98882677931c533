package org.exportlicence.application;

import java.math.BigDecimal;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * A bridge for one caller only: the getters {@link Application} had before its content moved into
 * {@link Goods} and {@link TradeTerms}, as {@code licence.Licence} still reads them. Licence is
 * being split on another branch at the same time; once it reads {@code getGoods()} and
 * {@code getTrade()}, delete this interface.
 */
public interface PreSplitGetters {
    TradeTerms getTrade();

    Goods getGoods();

    /** @deprecated read {@code getGoods().getQuantity()}. */
    @Deprecated
    default BigDecimal getQuantity() {
        return getGoods().getQuantity();
    }

    /** @deprecated read {@code getGoods().isOneBatchOneLicence()}. */
    @Deprecated
    default boolean isOneBatchOneLicence() {
        return getGoods().isOneBatchOneLicence();
    }

    /** @deprecated read {@code getGoods().getRemarks()}. */
    @Deprecated
    default String getRemarks() {
        return getGoods().getRemarks();
    }

    /** @deprecated read {@code getTrade().getPort()}. */
    @Deprecated
    default CustomsPort getPort() {
        return getTrade().getPort();
    }

    /** @deprecated read {@code getGoods().getUnit()}. */
    @Deprecated
    default UnitOfMeasure getUnit() {
        return getGoods().getUnit();
    }
}
