package org.exportlicence.statistics;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a month's publication (统计月报发布) and its transitions: a run of the monthly-report job
 * prepares its figures, then publishes them or abandons them; a published month stays until a run
 * with replace=true publishes the month anew and this one becomes REPLACED (kept, with who and when).
 */
public enum PublicationStatus {
    /** 生成中 — the job is writing the figures; never shown. */
    PREPARING,
    /** 已发布 — the month's figures as the 统计月报 screen shows them. */
    PUBLISHED,
    /** 已替换 — published once, replaced by a later run (replace=true). */
    REPLACED,
    /** 未发布 — prepared but not published: a scope was skipped, or another run published the month first. */
    ABANDONED;

    private static final Map<PublicationStatus, Set<PublicationStatus>> NEXT = Map.of(
            PREPARING, EnumSet.of(PUBLISHED, ABANDONED),
            PUBLISHED, EnumSet.of(REPLACED),
            REPLACED, EnumSet.noneOf(PublicationStatus.class),
            ABANDONED, EnumSet.noneOf(PublicationStatus.class));

    public boolean canBecome(PublicationStatus next) {
        return NEXT.get(this).contains(next);
    }

    public String labelKey() {
        return "batch.monthly.status." + name();
    }
}
