-- 批处理: what the nightly and monthly jobs keep beside Jakarta Batch's own job repository (whose
-- tables the batch runtime creates in this same database, see resources/server/payara.sh).

-- One row per scheduled job: the latest due time an instance claimed. A timer (or the start-up
-- catch-up) runs the job only if it moves this forward, so in a cluster each due time runs once.
CREATE TABLE job_schedule (
    job_name            VARCHAR(40)    NOT NULL PRIMARY KEY,
    last_due            TIMESTAMP      NOT NULL,
    claimed_by          VARCHAR(100),
    claimed_at          TIMESTAMP
);

-- Items a job's skip policy set aside: which job instance and step, what item, why.
CREATE TABLE job_skipped_item (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    job_name            VARCHAR(40)    NOT NULL,
    job_instance_id     ${bigint}      NOT NULL,
    job_execution_id    ${bigint}      NOT NULL,
    step_name           VARCHAR(40)    NOT NULL,
    item                VARCHAR(200),
    reason              VARCHAR(1000)  NOT NULL,
    recorded_at         TIMESTAMP      NOT NULL
);
CREATE INDEX ix_job_skipped_instance ON job_skipped_item (job_instance_id);
CREATE SEQUENCE job_skipped_item_seq START WITH 50 INCREMENT BY 50;

-- 许可证过期: the licences each run of licence-expiry marked 已过期 (its report).
CREATE TABLE licence_expiry (
    licence_id          ${bigint}      NOT NULL PRIMARY KEY,
    job_instance_id     ${bigint}      NOT NULL,
    licence_no          VARCHAR(20)    NOT NULL,
    expiry_date         DATE           NOT NULL,
    expired_on          DATE           NOT NULL,
    CONSTRAINT fk_licence_expiry_licence FOREIGN KEY (licence_id) REFERENCES licence (id)
);
CREATE INDEX ix_licence_expiry_instance ON licence_expiry (job_instance_id, licence_no);

-- The expiry job's reading: licences still 有效/使用中 past their expiry date.
CREATE INDEX ix_licence_status_expiry ON licence (status, expiry_date, id);
