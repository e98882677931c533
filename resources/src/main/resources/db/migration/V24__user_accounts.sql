-- 用户管理: an administrative lock (set and lifted by an administrator or the enterprise's authority; apart
-- from the sign-in protection's temporary lock in sign_in_counter), a password the user must change at
-- their next sign-in (a new account's initial password, a reset), and when the password last changed.
ALTER TABLE app_user ADD locked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE app_user ADD password_changed_at TIMESTAMP;

-- The hashes of a user's last passwords (the current one among them; five kept), so that a new password
-- is not one of them. Hashes only, each with its own salt, as in app_user.
CREATE TABLE password_history (
    id             ${bigint}     NOT NULL PRIMARY KEY,
    user_id        ${bigint}     NOT NULL,
    password_hash  VARCHAR(300)  NOT NULL,
    changed_at     TIMESTAMP     NOT NULL,
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_password_history_user ON password_history (user_id, changed_at);
CREATE SEQUENCE password_history_seq START WITH 1000 INCREMENT BY 50;
