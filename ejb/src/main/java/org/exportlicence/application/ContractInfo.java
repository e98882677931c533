package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.exportlicence.reference.Currency;
import org.exportlicence.reference.PriceTerm;

/**
 * 合同信息表 — the sales contract behind box 6: when it was signed, the buyer, its amount, currency
 * and price term. Optional as a whole; an application without one stores no column of it and reads
 * back as {@link #NONE}.
 */
@Embeddable
public class ContractInfo implements Serializable {
    /** No contract information: every item empty. Shown, never stored. */
    static final ContractInfo NONE = new ContractInfo();

    private static final long serialVersionUID = 1L;

    @Column(name = "contract_date")
    private LocalDate contractDate;

    @Column(name = "buyer_name")
    private String buyerName;

    @Column(name = "buyer_address")
    private String buyerAddress;

    @Column(name = "contract_amount", precision = 22, scale = 2)
    private BigDecimal contractAmount;

    @ManyToOne
    @JoinColumn(name = "contract_currency_code")
    private Currency contractCurrency;

    @ManyToOne
    @JoinColumn(name = "price_term_code")
    private PriceTerm priceTerm;

    protected ContractInfo() {}

    ContractInfo(
            LocalDate contractDate,
            String buyerName,
            String buyerAddress,
            BigDecimal contractAmount,
            Currency contractCurrency,
            PriceTerm priceTerm) {
        this.contractDate = contractDate;
        this.buyerName = buyerName;
        this.buyerAddress = buyerAddress;
        this.contractAmount = contractAmount;
        this.contractCurrency = contractCurrency;
        this.priceTerm = priceTerm;
    }

    public LocalDate getContractDate() {
        return contractDate;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public String getBuyerAddress() {
        return buyerAddress;
    }

    public BigDecimal getContractAmount() {
        return contractAmount;
    }

    public Currency getContractCurrency() {
        return contractCurrency;
    }

    public PriceTerm getPriceTerm() {
        return priceTerm;
    }
}
