-- 电子钥匙 (issue 16): the e-keys the platform's e-key CA issued to users. A user may hold several (a
-- renewal overlaps the old one; 选择 CA picks one). A sign-in with a client certificate is bound to the
-- row with its serial number and issuer; revoked rows make the CA's CRL. The PKCS#12 file (encrypted
-- with a one-time password that is shown once and never stored) is kept only until its one download.
CREATE TABLE user_certificate (
    id                 ${bigint}      NOT NULL PRIMARY KEY,
    username           VARCHAR(50)    NOT NULL,
    serial_number      VARCHAR(64)    NOT NULL,
    issuer_dn          VARCHAR(300)   NOT NULL,
    subject_dn         VARCHAR(300)   NOT NULL,
    not_before         TIMESTAMP      NOT NULL,
    not_after          TIMESTAMP      NOT NULL,
    issued_at          TIMESTAMP      NOT NULL,
    issued_by          VARCHAR(50)    NOT NULL,
    pkcs12             ${clob},
    downloaded_at      TIMESTAMP,
    revoked_at         TIMESTAMP,
    revoked_by         VARCHAR(50),
    revocation_reason  VARCHAR(500),
    version            INTEGER        DEFAULT 0 NOT NULL,
    CONSTRAINT uq_user_certificate UNIQUE (serial_number, issuer_dn)
);
CREATE INDEX ix_user_certificate_user ON user_certificate (username, not_after);
CREATE SEQUENCE user_certificate_seq START WITH 1000 INCREMENT BY 50;
