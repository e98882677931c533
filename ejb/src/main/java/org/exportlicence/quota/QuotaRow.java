package org.exportlicence.quota;

import java.io.Serializable;
import java.math.BigDecimal;

/** One line of 配额管理: the quota (total, used, unused) and how many licences have drawn on it. */
public record QuotaRow(Quota quota, long licences) implements Serializable {
    public Long getId() {
        return quota.getId();
    }

    public Quota getQuota() {
        return quota;
    }

    public BigDecimal getTotal() {
        return quota.getTotal();
    }

    public BigDecimal getUsed() {
        return quota.getUsed();
    }

    public BigDecimal getUnused() {
        return quota.getUnused();
    }

    public long getLicences() {
        return licences;
    }
}
