-- 统计月报发布 (issue 15): the monthly-report job's published snapshots of 统计月报 for closed months, so
-- that corrections made later (a licence deleted, a licence issued with an earlier date) do not change
-- what was reported. Portable DDL (H2, PostgreSQL, Oracle).

-- One row per run of the job that got as far as preparing a month: PREPARING while its figures are
-- written, then PUBLISHED (the month's figures), REPLACED (by a later run with replace=true) or
-- ABANDONED (a scope was skipped, or another run published the month first). current_month holds the
-- month only while the row is the month's published snapshot: unique, so a month has at most one
-- (several NULLs are allowed by all three databases).
CREATE TABLE monthly_publication (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    report_month        VARCHAR(7)     NOT NULL,
    status              VARCHAR(12)    NOT NULL,
    current_month       VARCHAR(7),
    job_instance_id     ${bigint}      NOT NULL,
    replace_requested   BOOLEAN        DEFAULT FALSE NOT NULL,
    requested_by        VARCHAR(50),
    prepared_at         TIMESTAMP      NOT NULL,
    published_at        TIMESTAMP,
    published_by        VARCHAR(50),
    replaced_at         TIMESTAMP,
    replaced_by         VARCHAR(50),
    replaced_by_instance ${bigint},
    CONSTRAINT uq_monthly_publication_current UNIQUE (current_month),
    CONSTRAINT uq_monthly_publication_instance UNIQUE (job_instance_id)
);
CREATE INDEX ix_monthly_publication_month ON monthly_publication (report_month, status);
CREATE SEQUENCE monthly_publication_seq START WITH 50 INCREMENT BY 50;

-- The figures of one publication: per scope (AUTHORITY: an issuing authority's licences; ENTERPRISE:
-- an enterprise's, broken down by the authority that issued them), issuing authority and unit of
-- measure: the month's licences, quantity and total USD, and the year's up to the month's end as the
-- database held them at publication (累计). A line with no licence in the month carries only the
-- year's figures, so sums over scopes keep every unit's cumulative figures.
CREATE TABLE monthly_snapshot (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    publication_id      ${bigint}      NOT NULL,
    scope_kind          VARCHAR(10)    NOT NULL,
    scope_code          VARCHAR(20)    NOT NULL,
    authority_code      VARCHAR(20)    NOT NULL,
    unit_code           VARCHAR(3)     NOT NULL,
    licences            ${bigint}      NOT NULL,
    quantity            NUMERIC(24,3)  NOT NULL,
    total_usd           NUMERIC(24,2)  NOT NULL,
    cumulative_licences ${bigint}      NOT NULL,
    cumulative_quantity NUMERIC(24,3)  NOT NULL,
    cumulative_usd      NUMERIC(24,2)  NOT NULL,
    CONSTRAINT fk_monthly_snapshot_publication FOREIGN KEY (publication_id) REFERENCES monthly_publication (id),
    CONSTRAINT uq_monthly_snapshot_line UNIQUE (publication_id, scope_kind, scope_code, authority_code, unit_code)
);
CREATE SEQUENCE monthly_snapshot_seq START WITH 50 INCREMENT BY 50;
