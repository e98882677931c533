package org.exportlicence.statistics;

/** Whose figures a line of a published month holds: an issuing authority's or an enterprise's. */
public enum ScopeKind {
    /** 发证机构 — every licence the authority issued (scope code: the authority's code). */
    AUTHORITY,
    /** 企业 — the enterprise's licences, per issuing authority (scope code: the 13-character enterprise code). */
    ENTERPRISE;

    public String labelKey() {
        return "batch.monthly.scope." + name();
    }
}
