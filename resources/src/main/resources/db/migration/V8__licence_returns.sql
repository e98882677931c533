-- 许可证退换: deletion and write-off requests (one table, told apart by kind). V7 belongs to the
-- customs integration.

CREATE TABLE return_request (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    kind                VARCHAR(12)    NOT NULL,
    version             INTEGER        DEFAULT 0 NOT NULL,
    status              VARCHAR(12)    NOT NULL,
    licence_id          ${bigint}      NOT NULL,
    enterprise_id       ${bigint}      NOT NULL,
    authority_code      VARCHAR(20)    NOT NULL,
    -- Kind and licence while the request is open (待上报, 待审核, 退回), NULL afterwards: unique, so a
    -- licence has at most one open request of each kind (NULLs never collide, on any of the databases).
    open_key            VARCHAR(40),
    created_by          VARCHAR(50)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    submitted_at        TIMESTAMP,
    remarks             VARCHAR(200),
    reviewer            VARCHAR(50),
    reviewed_at         TIMESTAMP,
    last_reason         VARCHAR(1000),
    write_off_quantity  NUMERIC(18,3),
    returned_quantity   NUMERIC(18,3),
    CONSTRAINT uq_return_request_open UNIQUE (open_key),
    CONSTRAINT fk_return_request_licence FOREIGN KEY (licence_id) REFERENCES licence (id),
    CONSTRAINT fk_return_request_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_return_request_authority FOREIGN KEY (authority_code) REFERENCES issuing_authority (code),
    CONSTRAINT ck_return_request_kind CHECK (kind IN ('DELETION', 'WRITE_OFF')),
    CONSTRAINT ck_return_request_quantities CHECK (
        (write_off_quantity IS NULL OR write_off_quantity > 0) AND (returned_quantity IS NULL OR returned_quantity >= 0))
);
-- The enterprise's lists (管理, 查询), the authority's queues (审核) and a licence's requests.
CREATE INDEX ix_return_request_enterprise ON return_request (enterprise_id, kind, status);
CREATE INDEX ix_return_request_authority ON return_request (authority_code, kind, status);
CREATE INDEX ix_return_request_licence ON return_request (licence_id);

CREATE SEQUENCE return_request_seq START WITH 50 INCREMENT BY 50;
