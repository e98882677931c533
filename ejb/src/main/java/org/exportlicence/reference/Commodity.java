package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * 商品目录 entry — one HS-8 line of a year's catalogue of licence-managed goods. The licence itself
 * carries the 10-digit code: this line followed by two more digits (see {@link CommodityCode}).
 */
@Entity
@Cacheable
@Table(name = "commodity")
public class Commodity implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "commodity_seq")
    @SequenceGenerator(name = "commodity_seq", sequenceName = "commodity_seq", allocationSize = 50)
    private Long id;

    @Column(name = "catalogue_year", nullable = false)
    private int catalogueYear;

    @Column(name = "hs_code", nullable = false, length = 8)
    private String hsCode;

    @Column(name = "category_code", nullable = false, length = 4)
    private String categoryCode;

    @ManyToOne(optional = false)
    @JoinColumns({
        @JoinColumn(
                name = "catalogue_year",
                referencedColumnName = "catalogue_year",
                insertable = false,
                updatable = false),
        @JoinColumn(name = "category_code", referencedColumnName = "code", insertable = false, updatable = false)
    })
    private CommodityCategory category;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @ManyToOne(optional = false)
    @JoinColumn(name = "unit_code")
    private UnitOfMeasure unit;

    @Column(name = "quota_managed", nullable = false)
    private boolean quotaManaged;

    /** Which markets or procedure the quota applies to, where the catalogue says so. */
    @Column(name = "quota_note")
    private String quotaNote;

    /** 一批一证 (one declaration per licence) when true; 非一批一证 (up to 12 uses) when false. */
    @Column(name = "one_batch_one_licence", nullable = false)
    private boolean oneBatchOneLicence;

    /** 溢装: percent above the licensed quantity customs may clear for bulk goods under 一批一证. */
    @Column(name = "overshipment_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal overshipmentPercent = BigDecimal.ZERO;

    @Column(name = "issuer_level")
    private String issuerLevel;

    @Column(length = 1000)
    private String notes;

    @Version
    private int version;

    protected Commodity() {}

    public Long getId() {
        return id;
    }

    public int getCatalogueYear() {
        return catalogueYear;
    }

    public String getHsCode() {
        return hsCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public CommodityCategory getCategory() {
        return category;
    }

    public String getNameZh() {
        return nameZh;
    }

    public UnitOfMeasure getUnit() {
        return unit;
    }

    public boolean isQuotaManaged() {
        return quotaManaged;
    }

    public String getQuotaNote() {
        return quotaNote;
    }

    public boolean isOneBatchOneLicence() {
        return oneBatchOneLicence;
    }

    public String getIssuerLevel() {
        return issuerLevel;
    }

    public String getNotes() {
        return notes;
    }

    public BigDecimal getOvershipmentPercent() {
        return overshipmentPercent;
    }
}
