package org.exportlicence.quota;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a year's quotas as quota-reconciliation checked it: the quotas with ids from
 * {@code firstId} to {@code lastId} ({@code quotas} of them), and those among them whose stored used
 * amount differs from what their licences use. The database compares; only the differences travel.
 */
public record QuotaPage(long firstId, long lastId, int quotas, List<QuotaCheck> differing) implements Serializable {
    public QuotaPage {
        differing = List.copyOf(differing);
    }

    /** What a skipped page is recorded as: its quota ids, not its contents. */
    @Override
    public String toString() {
        return "quotas " + firstId + "-" + lastId + " (" + quotas + ", " + differing.size() + " differing)";
    }
}
