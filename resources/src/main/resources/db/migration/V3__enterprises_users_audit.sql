-- 申请企业, the platform's users (enterprise clerks, officers, administrators) and the audit trail.

CREATE TABLE enterprise (
    id               ${bigint}     NOT NULL PRIMARY KEY,
    enterprise_code  VARCHAR(13)   NOT NULL,
    uscc             VARCHAR(18)   NOT NULL,
    customs_code     VARCHAR(10),
    name_zh          VARCHAR(200)  NOT NULL,
    name_en          VARCHAR(300),
    address_zh       VARCHAR(300),
    address_en       VARCHAR(400),
    postal_code      VARCHAR(6),
    contact_person   VARCHAR(50),
    phone            VARCHAR(30),
    email            VARCHAR(100),
    authority_code   VARCHAR(20)   NOT NULL,
    version          INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_enterprise_code UNIQUE (enterprise_code),
    CONSTRAINT uq_enterprise_uscc UNIQUE (uscc),
    CONSTRAINT fk_enterprise_authority FOREIGN KEY (authority_code) REFERENCES issuing_authority (code)
);

-- A user belongs to one enterprise or to one issuing authority (administrators to neither).
-- certificate_subject binds a user to the subject DN of an electronic key (CA certificate login).
CREATE TABLE app_user (
    id                   ${bigint}     NOT NULL PRIMARY KEY,
    username             VARCHAR(50)   NOT NULL,
    password_hash        VARCHAR(300)  NOT NULL,
    display_name         VARCHAR(100)  NOT NULL,
    enterprise_id        ${bigint},
    authority_code       VARCHAR(20),
    department           VARCHAR(100),
    data_scope           VARCHAR(12)   NOT NULL,
    certificate_subject  VARCHAR(500),
    active               BOOLEAN       NOT NULL,
    version              INTEGER       DEFAULT 0 NOT NULL,
    CONSTRAINT uq_app_user_username UNIQUE (username),
    CONSTRAINT uq_app_user_certificate UNIQUE (certificate_subject),
    CONSTRAINT fk_app_user_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_app_user_authority FOREIGN KEY (authority_code) REFERENCES issuing_authority (code)
);
CREATE INDEX ix_app_user_enterprise ON app_user (enterprise_id);

CREATE TABLE app_user_role (
    user_id    ${bigint}    NOT NULL,
    role_name  VARCHAR(20)  NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role_name),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Every state change: who, when, what, from which state to which, and why.
CREATE TABLE audit_event (
    id            ${bigint}      NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP      NOT NULL,
    actor         VARCHAR(50)    NOT NULL,
    subject_type  VARCHAR(40)    NOT NULL,
    subject_id    VARCHAR(60)    NOT NULL,
    action        VARCHAR(40)    NOT NULL,
    from_state    VARCHAR(400),
    to_state      VARCHAR(400),
    reason        VARCHAR(1000)
);
CREATE INDEX ix_audit_subject ON audit_event (subject_type, subject_id, occurred_at);

CREATE SEQUENCE enterprise_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE app_user_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1000 INCREMENT BY 50;
