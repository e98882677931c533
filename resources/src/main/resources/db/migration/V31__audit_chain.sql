-- 审计 made tamper-evident (issue 16). Every event carries a hash over its content, written with it in the
-- caller's transaction; a sealer (AuditChain) then gives the committed events, one block at a time, their
-- place in one chain: chain_seq (1, 2, 3, ... in the order they were sealed) and chain_hash =
-- H(previous chain_hash | chain_seq | content_hash). Business transactions never wait for the chain: only
-- the sealer locks its head row. Events recorded before this migration are sealed first, as they are.
-- The e-key certificate the actor chose (选择 CA) when they did it: serial (hex) and issuer; null for
-- password-only sign-ins and for the system's own principals.
ALTER TABLE audit_event ADD certificate VARCHAR(300);
ALTER TABLE audit_event ADD content_hash VARCHAR(64);
ALTER TABLE audit_event ADD chain_seq ${bigint};
ALTER TABLE audit_event ADD chain_hash VARCHAR(64);
-- Walked in chain order by the verification; the unsealed ones (chain_seq null) found by the sealer.
CREATE UNIQUE INDEX ux_audit_chain_seq ON audit_event (chain_seq);

-- The end of the chain: the last number and hash given. One row; the sealer's lock.
CREATE TABLE audit_chain_head (
    id         INTEGER        NOT NULL PRIMARY KEY,
    last_seq   ${bigint}      NOT NULL,
    last_hash  VARCHAR(64)    NOT NULL,
    sealed_at  TIMESTAMP
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- The head signed with the platform's audit key (CMS, SM3withSM2, a certificate of the platform's CA):
-- someone who rewrites events and every hash after them still cannot make these signatures agree.
CREATE TABLE audit_chain_signature (
    id          ${bigint}      NOT NULL PRIMARY KEY,
    chain_seq   ${bigint}      NOT NULL,
    chain_hash  VARCHAR(64)    NOT NULL,
    signed_at   TIMESTAMP      NOT NULL,
    signature   ${clob}        NOT NULL
);
CREATE INDEX ix_audit_chain_signature ON audit_chain_signature (chain_seq);
CREATE SEQUENCE audit_chain_signature_seq START WITH 1 INCREMENT BY 1;
