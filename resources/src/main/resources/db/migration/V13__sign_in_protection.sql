-- Sign-in protection: failed sign-ins counted per account (any username typed, known or not) and
-- per client address, and the temporary lock that follows too many. Kept in the database so that
-- every server of a cluster sees the same counts. Rows are small and short-lived: a successful
-- sign-in deletes its account's row and a timer deletes rows whose failures and lock have expired.
CREATE TABLE sign_in_counter (
    kind             VARCHAR(7)   NOT NULL,  -- ACCOUNT or ADDRESS
    subject          VARCHAR(64)  NOT NULL,  -- the username typed, or the client address
    failures         INTEGER      NOT NULL,  -- failures in a row, within the counting window
    last_failure_at  TIMESTAMP    NOT NULL,
    locked_until     TIMESTAMP,
    CONSTRAINT pk_sign_in_counter PRIMARY KEY (kind, subject)
);
CREATE INDEX ix_sign_in_counter_last_failure ON sign_in_counter (last_failure_at);
