package org.exportlicence.reference;

/** Which list a trade-mode or transport-mode code comes from. */
public enum CodeSystem {
    /** Customs declaration codes (监管方式代码, 运输方式代码). */
    CUSTOMS,
    /** Customs statistics trade-mode codes (海关统计贸易方式). */
    STATS,
    /** The wordings printed on the licence (boxes 5 and 10); they map to a customs code. */
    LICENCE
}
