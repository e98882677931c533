package org.exportlicence.application;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import org.exportlicence.reference.Country;
import org.exportlicence.reference.CustomsPort;
import org.exportlicence.reference.PaymentMethod;
import org.exportlicence.reference.TradeMode;
import org.exportlicence.reference.TransportMode;

/**
 * The trade terms — box 2 and boxes 5–10 of the licence: who ships the goods (发货人), under which
 * trade mode and contract, through which customs port, to which country, paid and carried how.
 * Boxes 5 and 10 hold the licence's own wordings ({@code CodeSystem.LICENCE}).
 */
@Embeddable
public class TradeTerms implements Serializable {
    private static final long serialVersionUID = 1L;

    // Box 2 发货人
    @Column(name = "consignor_name", nullable = false)
    private String consignorName;

    @Column(name = "consignor_code", nullable = false, length = 13)
    private String consignorCode;

    // Boxes 5–10
    @ManyToOne(optional = false)
    @JoinColumn(name = "trade_mode_id")
    private TradeMode tradeMode;

    @Column(name = "contract_no", nullable = false, length = 17)
    private String contractNo;

    @ManyToOne(optional = false)
    @JoinColumn(name = "port_code")
    private CustomsPort port;

    @ManyToOne(optional = false)
    @JoinColumn(name = "country_code")
    private Country country;

    @ManyToOne(optional = false)
    @JoinColumn(name = "payment_method_code")
    private PaymentMethod paymentMethod;

    @ManyToOne(optional = false)
    @JoinColumn(name = "transport_mode_id")
    private TransportMode transportMode;

    protected TradeTerms() {}

    TradeTerms(
            String consignorName,
            String consignorCode,
            TradeMode tradeMode,
            String contractNo,
            CustomsPort port,
            Country country,
            PaymentMethod paymentMethod,
            TransportMode transportMode) {
        this.consignorName = consignorName;
        this.consignorCode = consignorCode;
        this.tradeMode = tradeMode;
        this.contractNo = contractNo;
        this.port = port;
        this.country = country;
        this.paymentMethod = paymentMethod;
        this.transportMode = transportMode;
    }

    public String getConsignorName() {
        return consignorName;
    }

    public String getConsignorCode() {
        return consignorCode;
    }

    public TradeMode getTradeMode() {
        return tradeMode;
    }

    public String getContractNo() {
        return contractNo;
    }

    public CustomsPort getPort() {
        return port;
    }

    public Country getCountry() {
        return country;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public TransportMode getTransportMode() {
        return transportMode;
    }
}
