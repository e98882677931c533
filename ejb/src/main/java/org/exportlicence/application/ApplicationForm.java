package org.exportlicence.application;

import java.io.Serializable;

/**
 * The application form as the screens fill it in (录入申请 step 2 and 修改): codes and numbers as typed,
 * not yet checked. ApplicationEntry checks it (ApplicationChecks) and turns it into {@link ApplicationContent}.
 */
public class ApplicationForm implements Serializable {
    private static final long serialVersionUID = 1L;

    /** 申请表号 of the application being modified; null for a new one. */
    private String number;
    /** The version the user saw, for optimistic locking of a modification. */
    private Integer version;

    private String exporterName; // Box 1, from 申请企业信息 (not editable)
    private String exporterCode;
    private String consignorName; // Box 2; prefilled with the exporter
    private String consignorCode;
    private Long tradeModeId; // Box 5: a licence wording of trade_mode
    private String contractNo; // Box 6, at most 17 characters
    private String portCode; // Box 7, chosen in step 1
    private String countryCode; // Box 8
    private String paymentMethodCode; // Box 9
    private Long transportModeId; // Box 10: a licence wording of transport_mode
    private String commodityCode; // Box 11: the 8-digit HS line or the 10-digit code, chosen in step 1
    private String specification; // Box 12 规格、等级
    private java.math.BigDecimal quantity; // Box 14
    private java.math.BigDecimal unitPrice; // Box 15
    /** Currency of boxes 15–16. */
    private String currencyCode;
    /** 配额文号, for quota-managed goods. */
    private String quotaDocumentNo;

    private String remarks; // Box 19 备注
    /** 合同信息表. */
    private java.time.LocalDate contractDate;

    private String buyerName;
    private String buyerAddress;
    private java.math.BigDecimal contractAmount;
    private String contractCurrencyCode;
    private String priceTermCode;

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public String getExporterName() {
        return exporterName;
    }

    public void setExporterName(String exporterName) {
        this.exporterName = exporterName;
    }

    public String getExporterCode() {
        return exporterCode;
    }

    public void setExporterCode(String exporterCode) {
        this.exporterCode = exporterCode;
    }

    public String getConsignorName() {
        return consignorName;
    }

    public void setConsignorName(String consignorName) {
        this.consignorName = consignorName;
    }

    public String getConsignorCode() {
        return consignorCode;
    }

    public void setConsignorCode(String consignorCode) {
        this.consignorCode = consignorCode;
    }

    public Long getTradeModeId() {
        return tradeModeId;
    }

    public void setTradeModeId(Long tradeModeId) {
        this.tradeModeId = tradeModeId;
    }

    public String getContractNo() {
        return contractNo;
    }

    public void setContractNo(String contractNo) {
        this.contractNo = contractNo;
    }

    public String getPortCode() {
        return portCode;
    }

    public void setPortCode(String portCode) {
        this.portCode = portCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getPaymentMethodCode() {
        return paymentMethodCode;
    }

    public void setPaymentMethodCode(String paymentMethodCode) {
        this.paymentMethodCode = paymentMethodCode;
    }

    public Long getTransportModeId() {
        return transportModeId;
    }

    public void setTransportModeId(Long transportModeId) {
        this.transportModeId = transportModeId;
    }

    public String getCommodityCode() {
        return commodityCode;
    }

    public void setCommodityCode(String commodityCode) {
        this.commodityCode = commodityCode;
    }

    public String getSpecification() {
        return specification;
    }

    public void setSpecification(String specification) {
        this.specification = specification;
    }

    public java.math.BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(java.math.BigDecimal quantity) {
        this.quantity = quantity;
    }

    public java.math.BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(java.math.BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public void setCurrencyCode(String currencyCode) {
        this.currencyCode = currencyCode;
    }

    public String getQuotaDocumentNo() {
        return quotaDocumentNo;
    }

    public void setQuotaDocumentNo(String quotaDocumentNo) {
        this.quotaDocumentNo = quotaDocumentNo;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public java.time.LocalDate getContractDate() {
        return contractDate;
    }

    public void setContractDate(java.time.LocalDate contractDate) {
        this.contractDate = contractDate;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public void setBuyerName(String buyerName) {
        this.buyerName = buyerName;
    }

    public String getBuyerAddress() {
        return buyerAddress;
    }

    public void setBuyerAddress(String buyerAddress) {
        this.buyerAddress = buyerAddress;
    }

    public java.math.BigDecimal getContractAmount() {
        return contractAmount;
    }

    public void setContractAmount(java.math.BigDecimal contractAmount) {
        this.contractAmount = contractAmount;
    }

    public String getContractCurrencyCode() {
        return contractCurrencyCode;
    }

    public void setContractCurrencyCode(String contractCurrencyCode) {
        this.contractCurrencyCode = contractCurrencyCode;
    }

    public String getPriceTermCode() {
        return priceTermCode;
    }

    public void setPriceTermCode(String priceTermCode) {
        this.priceTermCode = priceTermCode;
    }
}
