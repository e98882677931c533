package org.exportlicence.quota;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** A licence involved in a {@link QuotaDifference}, as it stood when checked, and what it counted. */
@Entity
@Table(name = "quota_difference_licence")
@IdClass(QuotaDifferenceLicence.Key.class)
public class QuotaDifferenceLicence implements Serializable {
    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "difference_id")
    private Long differenceId;

    @Id
    @Column(name = "licence_id")
    private Long licenceId;

    @Column(name = "licence_no", nullable = false, length = 20)
    private String licenceNo;

    @Column(nullable = false, length = 16)
    private String status;

    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal quantity;

    @Column(nullable = false, precision = 18, scale = 3)
    private BigDecimal counted;

    protected QuotaDifferenceLicence() {}

    public Long getDifferenceId() {
        return differenceId;
    }

    public String getLicenceNo() {
        return licenceNo;
    }

    public String getStatus() {
        return status;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getCounted() {
        return counted;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        private Long differenceId;
        private Long licenceId;

        public Key() {}

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && Objects.equals(differenceId, k.differenceId)
                    && Objects.equals(licenceId, k.licenceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(differenceId, licenceId);
        }
    }
}
