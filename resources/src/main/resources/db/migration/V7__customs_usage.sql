-- Customs integration: usage lines (one per customs declaration, enforced here rather than in
-- memory), the 溢装 tolerance as a catalogue attribute, delivery bookkeeping of the outbox, and
-- the messages customs sent that could not be processed (海关报文异常).

-- Percent above the licensed quantity customs may clear for bulk goods under 一批一证.
ALTER TABLE commodity ADD overshipment_percent NUMERIC(5,2) DEFAULT 0 NOT NULL;
-- Bulk goods (散装货物) of the catalogue: grain, coal, coke, oil, ores and minerals shipped in bulk.
UPDATE commodity SET overshipment_percent = 5
 WHERE category_code IN (SELECT c.code FROM commodity_category c
                          WHERE c.catalogue_year = commodity.catalogue_year
                            AND c.name_zh IN ('大米', '玉米', '小麦', '煤炭', '焦炭', '原油',
                                              '矾土', '磷矿石', '萤石(氟石)', '滑石块(粉)', '镁砂', '天然砂(含标准砂)'));

-- Copied onto the licence when it is issued: the catalogue may change, the licence does not.
ALTER TABLE licence ADD overshipment_percent NUMERIC(5,2) DEFAULT 0 NOT NULL;
-- PENDING (not yet with customs), SENT (broker accepted the latest message), ACKNOWLEDGED.
ALTER TABLE licence ADD customs_status VARCHAR(16) DEFAULT 'PENDING' NOT NULL;

CREATE TABLE usage_line (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    declaration_no      VARCHAR(18)    NOT NULL,
    licence_id          ${bigint}      NOT NULL,
    declaration_date    DATE           NOT NULL,
    port_code           VARCHAR(4)     NOT NULL,
    goods_line          INTEGER        NOT NULL,
    quantity            NUMERIC(18,3)  NOT NULL,
    unit_code           VARCHAR(3)     NOT NULL,
    message_id          VARCHAR(100),
    recorded_at         TIMESTAMP      NOT NULL,
    -- Exactly once per declaration, however often customs delivers it.
    CONSTRAINT uq_usage_declaration UNIQUE (declaration_no),
    CONSTRAINT fk_usage_licence FOREIGN KEY (licence_id) REFERENCES licence (id)
);
CREATE INDEX ix_usage_licence ON usage_line (licence_id, declaration_date);

ALTER TABLE outbox_message ADD message_id VARCHAR(40);
ALTER TABLE outbox_message ADD attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE outbox_message ADD last_error VARCHAR(400);
ALTER TABLE outbox_message ADD acknowledged_at TIMESTAMP;
UPDATE outbox_message SET message_id = 'ELP-' || CAST(id AS VARCHAR(20));
CREATE INDEX ix_outbox_message_id ON outbox_message (message_id);

CREATE TABLE customs_message_error (
    id               ${bigint}      NOT NULL PRIMARY KEY,
    jms_message_id   VARCHAR(100),
    correlation_id   VARCHAR(100),
    message_type     VARCHAR(40),
    reply_to         VARCHAR(100),
    reason_code      VARCHAR(40)    NOT NULL,
    reason           VARCHAR(1000)  NOT NULL,
    delivery_count   INTEGER        NOT NULL,
    body             ${clob},
    body_size        INTEGER        NOT NULL,
    received_at      TIMESTAMP      NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    replayed_at      TIMESTAMP,
    replayed_by      VARCHAR(50),
    version          INTEGER        DEFAULT 0 NOT NULL
);
CREATE INDEX ix_customs_error_status ON customs_message_error (status, received_at);

CREATE SEQUENCE usage_line_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE customs_message_error_seq START WITH 50 INCREMENT BY 50;
