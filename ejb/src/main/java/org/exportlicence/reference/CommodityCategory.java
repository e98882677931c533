package org.exportlicence.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * 商品大类 — a category of licence-managed goods in one year's catalogue (大米, 煤炭, 焦炭 …).
 * Quotas are held per category; the codes are the project's own (two digits, in catalogue order).
 */
@Entity
@Cacheable
@IdClass(CommodityCategory.Key.class)
@Table(name = "commodity_category")
public class CommodityCategory implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "catalogue_year")
    private int catalogueYear;

    @Id
    @Column(length = 4)
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "quota_managed", nullable = false)
    private boolean quotaManaged;

    protected CommodityCategory() {}

    public int getCatalogueYear() {
        return catalogueYear;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isQuotaManaged() {
        return quotaManaged;
    }

    /** Composite key: catalogue year and category code. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private int catalogueYear;
        private String code;

        public Key() {}

        public Key(int catalogueYear, String code) {
            this.catalogueYear = catalogueYear;
            this.code = code;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && java.util.Objects.equals(k.catalogueYear, catalogueYear)
                    && java.util.Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(catalogueYear, code);
        }
    }
}
