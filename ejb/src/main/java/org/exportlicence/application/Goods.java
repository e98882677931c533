package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.exportlicence.reference.Commodity;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.UnitOfMeasure;

/**
 * 货物 — boxes 11–17 of the licence and what decides box 19: the commodity and its code, how much
 * at what price, the totals and the quota document. Name, unit and 一批一证 come from the catalogue's
 * commodity and the totals are computed (total = quantity × unit price to the cent, and its USD
 * value at the rate stored with it), never typed.
 */
@Embeddable
public class Goods implements Serializable {
    private static final long serialVersionUID = 1L;

    // Boxes 11–13
    @ManyToOne(optional = false)
    @JoinColumn(name = "commodity_id")
    private Commodity commodity;

    @Column(name = "commodity_code", nullable = false, length = 10)
    private String commodityCode;

    @Column(name = "commodity_name", nullable = false)
    private String commodityName;

    private String specification;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code")
    private UnitOfMeasure unit;

    // Boxes 14–17
    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal quantity;

    @Column(name = "unit_price", nullable = false, precision = 18, scale = 4)
    private BigDecimal unitPrice;

    @ManyToOne(optional = false)
    @JoinColumn(name = "currency_code")
    private Currency currency;

    @Column(name = "total_amount", nullable = false, precision = 22, scale = 2)
    private BigDecimal totalAmount;

    @Column(name = "usd_rate", nullable = false, precision = 18, scale = 8)
    private BigDecimal usdRate;

    @Column(name = "total_usd", nullable = false, precision = 22, scale = 2)
    private BigDecimal totalUsd;

    // Box 19 and what decides it
    @Column(name = "one_batch_one_licence", nullable = false)
    private boolean oneBatchOneLicence;

    @Column(name = "quota_document_no", length = 40)
    private String quotaDocumentNo;

    private String remarks;

    protected Goods() {}

    /** The goods as entered, {@code commodityCode} being the licence's 10-digit form of the catalogue entry's code. */
    Goods(
            Commodity commodity,
            String commodityCode,
            String specification,
            BigDecimal quantity,
            BigDecimal unitPrice,
            Currency currency,
            BigDecimal usdRate,
            String quotaDocumentNo,
            String remarks) {
        this.commodity = commodity;
        this.commodityCode = commodityCode;
        this.commodityName = commodity.getNameZh();
        this.specification = specification;
        this.unit = commodity.getUnit();
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.currency = currency;
        this.totalAmount = Amounts.total(quantity, unitPrice);
        this.usdRate = usdRate;
        this.totalUsd = Amounts.inUsd(totalAmount, usdRate);
        this.oneBatchOneLicence = commodity.isOneBatchOneLicence();
        this.quotaDocumentNo = quotaDocumentNo;
        this.remarks = remarks;
    }

    public Commodity getCommodity() {
        return commodity;
    }

    public String getCommodityCode() {
        return commodityCode;
    }

    public String getCommodityName() {
        return commodityName;
    }

    public String getSpecification() {
        return specification;
    }

    public UnitOfMeasure getUnit() {
        return unit;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Currency getCurrency() {
        return currency;
    }

    public BigDecimal getTotalAmount() {
        return totalAmount;
    }

    public BigDecimal getUsdRate() {
        return usdRate;
    }

    public BigDecimal getTotalUsd() {
        return totalUsd;
    }

    public boolean isOneBatchOneLicence() {
        return oneBatchOneLicence;
    }

    public String getQuotaDocumentNo() {
        return quotaDocumentNo;
    }

    public String getRemarks() {
        return remarks;
    }

    /** The USD total saved, while currency, quantity and unit price are still those saved; else null. */
    public BigDecimal savedTotalUsd(String currencyCode, BigDecimal newQuantity, BigDecimal newUnitPrice) {
        boolean same = currency != null
                && Objects.equals(currency.getCode(), currencyCode)
                && newQuantity != null
                && newUnitPrice != null
                && quantity.compareTo(newQuantity) == 0
                && unitPrice.compareTo(newUnitPrice) == 0;
        return same ? totalUsd : null;
    }
}
