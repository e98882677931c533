-- 参数列表: the code tables of the licence form and the commodity catalogue.
-- Portable across H2, PostgreSQL and Oracle 23ai: ${bigint} is set per database by SchemaMigration;
-- names avoid reserved words (YEAR, LEVEL, USER, COMMENT).

CREATE TABLE country (
    code        VARCHAR(3)   NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    iso3        VARCHAR(3),
    version     INTEGER      DEFAULT 0 NOT NULL
);
CREATE INDEX ix_country_name_zh ON country (name_zh);

CREATE TABLE currency (
    code          VARCHAR(3)   NOT NULL PRIMARY KEY,
    name_zh       VARCHAR(100) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    numeric_code  VARCHAR(3),
    version       INTEGER      DEFAULT 0 NOT NULL
);

CREATE TABLE unit_of_measure (
    code        VARCHAR(3)   NOT NULL PRIMARY KEY,
    name_zh     VARCHAR(50)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    version     INTEGER      DEFAULT 0 NOT NULL
);

CREATE TABLE payment_method (
    code         VARCHAR(10)  NOT NULL PRIMARY KEY,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    parent_code  VARCHAR(10),
    version      INTEGER      DEFAULT 0 NOT NULL
);

CREATE TABLE customs_port (
    code             VARCHAR(4)   NOT NULL PRIMARY KEY,
    name_zh          VARCHAR(100) NOT NULL,
    name_en          VARCHAR(200) NOT NULL,
    customs_name_zh  VARCHAR(100),
    province         VARCHAR(50),
    port_level       VARCHAR(100),
    version          INTEGER      DEFAULT 0 NOT NULL
);
CREATE INDEX ix_port_name_zh ON customs_port (name_zh);

CREATE TABLE issuing_authority (
    code             VARCHAR(20)   NOT NULL PRIMARY KEY,
    name_zh          VARCHAR(100)  NOT NULL,
    name_en          VARCHAR(200)  NOT NULL,
    authority_level  VARCHAR(60)   NOT NULL,
    goods_scope      VARCHAR(2000),
    version          INTEGER       DEFAULT 0 NOT NULL
);

-- Trade modes and transport modes hold several code systems: customs codes, statistics codes and
-- the wordings printed on the licence (box 5 / box 10), which have no code of their own and map to
-- a customs code through maps_to.
CREATE TABLE trade_mode (
    id           ${bigint}    NOT NULL PRIMARY KEY,
    code_system  VARCHAR(10)  NOT NULL,
    code         VARCHAR(4),
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    maps_to      VARCHAR(20),
    version      INTEGER      DEFAULT 0 NOT NULL
);
CREATE INDEX ix_trade_mode_code ON trade_mode (code_system, code);

CREATE TABLE transport_mode (
    id           ${bigint}    NOT NULL PRIMARY KEY,
    code_system  VARCHAR(10)  NOT NULL,
    code         VARCHAR(2),
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NOT NULL,
    maps_to      VARCHAR(20),
    version      INTEGER      DEFAULT 0 NOT NULL
);
CREATE INDEX ix_transport_mode_code ON transport_mode (code_system, code);

CREATE TABLE price_term (
    code     VARCHAR(2)   NOT NULL PRIMARY KEY,
    name_zh  VARCHAR(50)  NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    version  INTEGER      DEFAULT 0 NOT NULL
);

-- 商品目录: one catalogue per licence year; 商品大类 codes are assigned by the project (see README).
CREATE TABLE commodity_category (
    catalogue_year  INTEGER      NOT NULL,
    code            VARCHAR(4)   NOT NULL,
    name_zh         VARCHAR(100) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    quota_managed   BOOLEAN      NOT NULL,
    CONSTRAINT pk_commodity_category PRIMARY KEY (catalogue_year, code)
);

CREATE TABLE commodity (
    id                     ${bigint}     NOT NULL PRIMARY KEY,
    catalogue_year         INTEGER       NOT NULL,
    hs_code                VARCHAR(8)    NOT NULL,
    category_code          VARCHAR(4)    NOT NULL,
    name_zh                VARCHAR(200)  NOT NULL,
    unit_code              VARCHAR(3)    NOT NULL,
    quota_managed          BOOLEAN       NOT NULL,
    quota_note             VARCHAR(200),
    one_batch_one_licence  BOOLEAN       NOT NULL,
    issuer_level           VARCHAR(200),
    notes                  VARCHAR(1000),
    version                INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_commodity_year_hs UNIQUE (catalogue_year, hs_code),
    CONSTRAINT fk_commodity_category FOREIGN KEY (catalogue_year, category_code)
        REFERENCES commodity_category (catalogue_year, code),
    CONSTRAINT fk_commodity_unit FOREIGN KEY (unit_code) REFERENCES unit_of_measure (code)
);
CREATE INDEX ix_commodity_category ON commodity (catalogue_year, category_code);

CREATE SEQUENCE trade_mode_seq START WITH 100000 INCREMENT BY 50;
CREATE SEQUENCE transport_mode_seq START WITH 100000 INCREMENT BY 50;
CREATE SEQUENCE commodity_seq START WITH 100000 INCREMENT BY 50;
