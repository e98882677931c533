package org.exportlicence.web.statistics;

import java.io.Serializable;
import java.time.LocalDate;
import org.exportlicence.statistics.SearchFilter;

/** 综合查询's search form as the user fills it in; {@link #filter()} is what 查询 asks for. */
public class SearchConditions implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer licenceYear;
    private String commodityCode;
    private String applicationNo;
    private String licenceNo;
    private String status;
    private Long tradeModeId;
    private String countryCode;
    private String portCode;
    private LocalDate appliedFrom;
    private LocalDate appliedTo;
    private LocalDate issuedFrom;
    private LocalDate issuedTo;
    private String enterpriseCode;

    public SearchFilter filter() {
        return new SearchFilter(
                licenceYear,
                commodityCode,
                applicationNo,
                licenceNo,
                status,
                tradeModeId,
                countryCode,
                portCode,
                appliedFrom,
                appliedTo,
                issuedFrom,
                issuedTo,
                enterpriseCode);
    }

    public Integer getLicenceYear() {
        return licenceYear;
    }

    public void setLicenceYear(Integer licenceYear) {
        this.licenceYear = licenceYear;
    }

    public String getCommodityCode() {
        return commodityCode;
    }

    public void setCommodityCode(String commodityCode) {
        this.commodityCode = commodityCode;
    }

    public String getApplicationNo() {
        return applicationNo;
    }

    public void setApplicationNo(String applicationNo) {
        this.applicationNo = applicationNo;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public void setLicenceNo(String licenceNo) {
        this.licenceNo = licenceNo;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getTradeModeId() {
        return tradeModeId;
    }

    public void setTradeModeId(Long tradeModeId) {
        this.tradeModeId = tradeModeId;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getPortCode() {
        return portCode;
    }

    public void setPortCode(String portCode) {
        this.portCode = portCode;
    }

    public LocalDate getAppliedFrom() {
        return appliedFrom;
    }

    public void setAppliedFrom(LocalDate appliedFrom) {
        this.appliedFrom = appliedFrom;
    }

    public LocalDate getAppliedTo() {
        return appliedTo;
    }

    public void setAppliedTo(LocalDate appliedTo) {
        this.appliedTo = appliedTo;
    }

    public LocalDate getIssuedFrom() {
        return issuedFrom;
    }

    public void setIssuedFrom(LocalDate issuedFrom) {
        this.issuedFrom = issuedFrom;
    }

    public LocalDate getIssuedTo() {
        return issuedTo;
    }

    public void setIssuedTo(LocalDate issuedTo) {
        this.issuedTo = issuedTo;
    }

    public String getEnterpriseCode() {
        return enterpriseCode;
    }

    public void setEnterpriseCode(String enterpriseCode) {
        this.enterpriseCode = enterpriseCode;
    }
}
