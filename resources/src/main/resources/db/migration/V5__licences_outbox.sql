-- 许可证 (licences), the two-character code each issuing body puts in its licence numbers, and the
-- outbox from which the customs integration delivers what happened to licences.

ALTER TABLE issuing_authority ADD licence_code VARCHAR(2);

CREATE TABLE licence (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    licence_no          VARCHAR(16)    NOT NULL,
    version             INTEGER        DEFAULT 0 NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    application_id      ${bigint}      NOT NULL,
    enterprise_id       ${bigint}      NOT NULL,
    authority_code      VARCHAR(20)    NOT NULL,
    licence_year        INTEGER        NOT NULL,
    issue_date          DATE           NOT NULL,
    valid_from          DATE           NOT NULL,
    expiry_date         DATE           NOT NULL,
    quantity            NUMERIC(18,3)  NOT NULL,
    used_quantity       NUMERIC(18,3)  NOT NULL,
    use_count           INTEGER        NOT NULL,
    max_uses            INTEGER        NOT NULL,
    remarks             VARCHAR(400),
    verification_code   VARCHAR(12)    NOT NULL,
    quota_id            ${bigint},
    issued_by           VARCHAR(50)    NOT NULL,
    issued_at           TIMESTAMP      NOT NULL,
    signature           ${clob}        NOT NULL,
    CONSTRAINT uq_licence_no UNIQUE (licence_no),
    CONSTRAINT uq_licence_application UNIQUE (application_id),
    CONSTRAINT fk_licence_application FOREIGN KEY (application_id) REFERENCES application (id),
    CONSTRAINT fk_licence_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_licence_authority FOREIGN KEY (authority_code) REFERENCES issuing_authority (code),
    CONSTRAINT fk_licence_quota FOREIGN KEY (quota_id) REFERENCES quota (id)
);
CREATE INDEX ix_licence_enterprise ON licence (enterprise_id, status, licence_no);
CREATE INDEX ix_licence_authority ON licence (authority_code, status, licence_no);

-- Written in the same transaction as the change it reports; delivered (and marked sent) later.
CREATE TABLE outbox_message (
    id              ${bigint}     NOT NULL PRIMARY KEY,
    aggregate_type  VARCHAR(40)   NOT NULL,
    aggregate_id    VARCHAR(60)   NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    payload         ${clob}       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    sent_at         TIMESTAMP
);
CREATE INDEX ix_outbox_pending ON outbox_message (sent_at, id);
CREATE INDEX ix_outbox_aggregate ON outbox_message (aggregate_type, aggregate_id);

CREATE SEQUENCE licence_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outbox_message_seq START WITH 50 INCREMENT BY 50;
