-- A licence carries its owner as its application and its deletion/write-off requests do (enterprise,
-- authority, the clerk who entered the application), so every list scopes it the same way, without a join.
ALTER TABLE licence ADD created_by VARCHAR(50);
UPDATE licence SET created_by = (SELECT a.created_by FROM application a WHERE a.id = licence.application_id);
CREATE INDEX ix_licence_owner ON licence (enterprise_id, created_by);
