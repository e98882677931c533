-- 申请表 (applications), 配额 (quotas, the minimum validation needs), exchange rates for 总值折美元,
-- and the keys of the electronic seals.

-- USD value of one unit of a currency, by date; an application stores the rate it used.
CREATE TABLE exchange_rate (
    currency_code  VARCHAR(3)     NOT NULL,
    rate_date      DATE           NOT NULL,
    usd_per_unit   NUMERIC(18,8)  NOT NULL,
    CONSTRAINT pk_exchange_rate PRIMARY KEY (currency_code, rate_date),
    CONSTRAINT fk_exchange_rate_currency FOREIGN KEY (currency_code) REFERENCES currency (code)
);

-- Indicative rates as of 2026-01-02 (the administrator records the rates of later days).
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('USD', DATE '2026-01-02', 1.00000000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('CNY', DATE '2026-01-02', 0.13900000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('EUR', DATE '2026-01-02', 1.17000000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('JPY', DATE '2026-01-02', 0.00640000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('HKD', DATE '2026-01-02', 0.12850000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('GBP', DATE '2026-01-02', 1.34000000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('AUD', DATE '2026-01-02', 0.66000000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('CAD', DATE '2026-01-02', 0.73000000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('CHF', DATE '2026-01-02', 1.25000000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('SGD', DATE '2026-01-02', 0.77000000);
INSERT INTO exchange_rate (currency_code, rate_date, usd_per_unit) VALUES ('KRW', DATE '2026-01-02', 0.00069000);

-- 配额: an enterprise's quota of one commodity category for one year, under one 配额文号.
CREATE TABLE quota (
    id              ${bigint}      NOT NULL PRIMARY KEY,
    enterprise_id   ${bigint}      NOT NULL,
    quota_year      INTEGER        NOT NULL,
    category_code   VARCHAR(4)     NOT NULL,
    document_no     VARCHAR(40)    NOT NULL,
    unit_code       VARCHAR(3)     NOT NULL,
    total           NUMERIC(20,3)  NOT NULL,
    used            NUMERIC(20,3)  NOT NULL,
    version         INTEGER        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_quota_document UNIQUE (document_no),
    CONSTRAINT fk_quota_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_quota_category FOREIGN KEY (quota_year, category_code) REFERENCES commodity_category (catalogue_year, code),
    CONSTRAINT fk_quota_unit FOREIGN KEY (unit_code) REFERENCES unit_of_measure (code),
    CONSTRAINT ck_quota_amounts CHECK (total >= 0 AND used >= 0 AND used <= total)
);
CREATE INDEX ix_quota_holder ON quota (enterprise_id, quota_year, category_code);

-- Seal keys: the project's test CA, each enterprise's seal and each authority's signing key.
-- Private keys are stored encrypted (PKCS#8, PBES2) under the server's key-store password.
CREATE TABLE seal_key (
    id               ${bigint}     NOT NULL PRIMARY KEY,
    owner_type       VARCHAR(24)   NOT NULL,
    owner_code       VARCHAR(40)   NOT NULL,
    subject_dn       VARCHAR(300)  NOT NULL,
    certificate_pem  ${clob}       NOT NULL,
    private_key_pem  ${clob}       NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    CONSTRAINT uq_seal_key_owner UNIQUE (owner_type, owner_code)
);

-- 申请表: boxes 1–19 of the licence, the 合同信息表, its state and its seal.
CREATE TABLE application (
    id                      ${bigint}      NOT NULL PRIMARY KEY,
    application_no          VARCHAR(20)    NOT NULL,
    version                 INTEGER        DEFAULT 0 NOT NULL,
    status                  VARCHAR(24)    NOT NULL,
    printed                 BOOLEAN        NOT NULL,
    enterprise_id           ${bigint}      NOT NULL,
    authority_code          VARCHAR(20)    NOT NULL,
    licence_year            INTEGER        NOT NULL,
    created_by              VARCHAR(50)    NOT NULL,
    created_at              TIMESTAMP      NOT NULL,
    updated_at              TIMESTAMP      NOT NULL,
    submitted_at            TIMESTAMP,
    exporter_name           VARCHAR(200)   NOT NULL,
    exporter_code           VARCHAR(13)    NOT NULL,
    consignor_name          VARCHAR(200)   NOT NULL,
    consignor_code          VARCHAR(13)    NOT NULL,
    trade_mode_id           ${bigint}      NOT NULL,
    contract_no             VARCHAR(17)    NOT NULL,
    port_code               VARCHAR(4)     NOT NULL,
    country_code            VARCHAR(3)     NOT NULL,
    payment_method_code     VARCHAR(10)    NOT NULL,
    transport_mode_id       ${bigint}      NOT NULL,
    commodity_id            ${bigint}      NOT NULL,
    commodity_code          VARCHAR(10)    NOT NULL,
    commodity_name          VARCHAR(200)   NOT NULL,
    specification           VARCHAR(100),
    unit_code               VARCHAR(3)     NOT NULL,
    quantity                NUMERIC(18,3)  NOT NULL,
    unit_price              NUMERIC(18,4)  NOT NULL,
    currency_code           VARCHAR(3)     NOT NULL,
    total_amount            NUMERIC(22,2)  NOT NULL,
    usd_rate                NUMERIC(18,8)  NOT NULL,
    total_usd               NUMERIC(22,2)  NOT NULL,
    one_batch_one_licence   BOOLEAN        NOT NULL,
    quota_document_no       VARCHAR(40),
    remarks                 VARCHAR(200),
    contract_date           DATE,
    buyer_name              VARCHAR(200),
    buyer_address           VARCHAR(300),
    contract_amount         NUMERIC(22,2),
    contract_currency_code  VARCHAR(3),
    price_term_code         VARCHAR(2),
    first_reviewer          VARCHAR(50),
    second_reviewer         VARCHAR(50),
    last_reason             VARCHAR(1000),
    seal_signature          ${clob},
    sealed_at               TIMESTAMP,
    sealed_by               VARCHAR(50),
    CONSTRAINT uq_application_no UNIQUE (application_no),
    CONSTRAINT fk_application_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_application_authority FOREIGN KEY (authority_code) REFERENCES issuing_authority (code),
    CONSTRAINT fk_application_trade_mode FOREIGN KEY (trade_mode_id) REFERENCES trade_mode (id),
    CONSTRAINT fk_application_port FOREIGN KEY (port_code) REFERENCES customs_port (code),
    CONSTRAINT fk_application_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT fk_application_payment FOREIGN KEY (payment_method_code) REFERENCES payment_method (code),
    CONSTRAINT fk_application_transport FOREIGN KEY (transport_mode_id) REFERENCES transport_mode (id),
    CONSTRAINT fk_application_commodity FOREIGN KEY (commodity_id) REFERENCES commodity (id),
    CONSTRAINT fk_application_unit FOREIGN KEY (unit_code) REFERENCES unit_of_measure (code),
    CONSTRAINT fk_application_currency FOREIGN KEY (currency_code) REFERENCES currency (code),
    CONSTRAINT fk_application_contract_currency FOREIGN KEY (contract_currency_code) REFERENCES currency (code),
    CONSTRAINT fk_application_price_term FOREIGN KEY (price_term_code) REFERENCES price_term (code),
    CONSTRAINT ck_application_amounts CHECK (quantity > 0 AND unit_price >= 0)
);
CREATE INDEX ix_application_enterprise ON application (enterprise_id, status, application_no);
CREATE INDEX ix_application_authority ON application (authority_code, status, application_no);

CREATE SEQUENCE quota_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE seal_key_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE application_seq START WITH 50 INCREMENT BY 50;
