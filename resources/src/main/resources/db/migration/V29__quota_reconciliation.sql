-- 配额核对 (issue 15): what the nightly quota-reconciliation job found. It never changes a quota: every
-- quota whose stored used amount differs from what its licences use is written down here, with the
-- licences involved, for an administrator to correct (under the quota's row lock, re-checked) or mark
-- explained. Portable DDL (H2, PostgreSQL, Oracle). (V27 was reserved for this and never used.)

-- One row per run (job instance, with its restarts): how far it got, in the same transaction as the
-- differences it wrote, so the count survives a crash exactly as the checkpoint does.
CREATE TABLE quota_reconciliation_run (
    job_instance_id     ${bigint}      NOT NULL PRIMARY KEY,
    quota_year          INTEGER        NOT NULL,
    quotas_checked      ${bigint}      NOT NULL,
    differences_found   ${bigint}      NOT NULL,
    started_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL
);

-- One difference: the quota as it stood when checked, what its licences use, and what became of it.
-- status OPEN, CORRECTED (used set to the computed amount) or EXPLAINED (left, with the reason).
CREATE TABLE quota_difference (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    version             INTEGER        DEFAULT 0 NOT NULL,
    job_instance_id     ${bigint}      NOT NULL,
    quota_id            ${bigint}      NOT NULL,
    quota_year          INTEGER        NOT NULL,
    document_no         VARCHAR(40)    NOT NULL,
    authority_code      VARCHAR(20)    NOT NULL,
    enterprise_id       ${bigint}      NOT NULL,
    total               NUMERIC(20,3)  NOT NULL,
    stored_used         NUMERIC(20,3)  NOT NULL,
    computed_used       NUMERIC(20,3)  NOT NULL,
    difference          NUMERIC(20,3)  NOT NULL,
    over_total          BOOLEAN        DEFAULT FALSE NOT NULL,
    licence_count       INTEGER        NOT NULL,
    found_at            TIMESTAMP      NOT NULL,
    status              VARCHAR(10)    NOT NULL,
    resolved_by         VARCHAR(50),
    resolved_at         TIMESTAMP,
    resolution          VARCHAR(1000),
    CONSTRAINT uq_quota_difference UNIQUE (job_instance_id, quota_id),
    CONSTRAINT fk_quota_difference_quota FOREIGN KEY (quota_id) REFERENCES quota (id),
    CONSTRAINT ck_quota_difference_status CHECK (status IN ('OPEN', 'CORRECTED', 'EXPLAINED'))
);
CREATE INDEX ix_quota_difference_run ON quota_difference (job_instance_id, document_no);
CREATE INDEX ix_quota_difference_quota ON quota_difference (quota_id, status);
CREATE SEQUENCE quota_difference_seq START WITH 50 INCREMENT BY 50;

-- The licences involved in a difference, as they stood when checked: what each counted towards the
-- computed amount (its quantity; written off: the part used).
CREATE TABLE quota_difference_licence (
    difference_id       ${bigint}      NOT NULL,
    licence_id          ${bigint}      NOT NULL,
    licence_no          VARCHAR(20)    NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    quantity            NUMERIC(18,3)  NOT NULL,
    counted             NUMERIC(18,3)  NOT NULL,
    CONSTRAINT pk_quota_difference_licence PRIMARY KEY (difference_id, licence_id),
    CONSTRAINT fk_quota_difference_licence FOREIGN KEY (difference_id) REFERENCES quota_difference (id)
);

-- The job's reading: the year's quotas in id order, and each quota's licences.
CREATE INDEX ix_quota_year_id ON quota (quota_year, id);
CREATE INDEX ix_licence_quota ON licence (quota_id, status);
