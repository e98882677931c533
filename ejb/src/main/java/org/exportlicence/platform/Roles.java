package org.exportlicence.platform;

/** The platform's security roles; group names in the identity store are the same words. */
public final class Roles {
    /** 企业用户 — an exporter's licence clerk. */
    public static final String ENTERPRISE = "ENTERPRISE";
    /** 初审 — first reviewer of an issuing authority. */
    public static final String OFFICER_FIRST = "OFFICER_FIRST";
    /** 复审 — second reviewer of an issuing authority. */
    public static final String OFFICER_SECOND = "OFFICER_SECOND";
    /** 发证 — the officer who generates and signs licences. */
    public static final String ISSUER = "ISSUER";
    /**
     * 配额管理 — a quota officer of an issuing authority (配额许可证事务局 and the offices): allocates,
     * adjusts and withdraws its quotas, imports a year's allocation list, decides quota swaps.
     */
    public static final String QUOTA_OFFICER = "QUOTA_OFFICER";
    /** Administrator: reference data, users, quotas. */
    public static final String ADMIN = "ADMIN";
    /**
     * 海关接口 — the customs integration itself: what the message-driven bean and the outbox
     * delivery run as. No person holds it (its one principal, customs-gateway, has no password).
     */
    public static final String CUSTOMS = "CUSTOMS";
    /**
     * 登录保护 — the sign-in protection itself: what it runs as when it records a lock in the audit
     * trail. No person holds it (its one principal, sign-in-guard, has no password).
     */
    public static final String SIGN_IN_GUARD = "SIGN_IN_GUARD";
    /**
     * 批处理作业 — an officer (or the administrator's delegate) who watches the nightly and monthly
     * jobs, starts one now, restarts a failed one or stops a running one.
     */
    public static final String OPERATOR = "OPERATOR";
    /**
     * 批处理 — the batch jobs themselves: what the scheduler and the jobs' steps run as, so the audit
     * trail names them (principal batch-jobs, which has no password).
     */
    public static final String BATCH = "BATCH";

    private Roles() {}
}
