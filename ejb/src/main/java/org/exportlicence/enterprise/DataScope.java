package org.exportlicence.enterprise;

/** 数据权限 — whose data a user's lists show. Enterprise users never see past their own enterprise. */
public enum DataScope {
    /** 本人 — what the user entered. */
    OWN,
    /** 本部门 — the user's department. */
    DEPARTMENT,
    /** 本公司 / 本机构 — the whole enterprise or issuing authority. */
    ORGANISATION
}
