-- Work that must run on one server of a cluster at a time (issue 17): a row per lock, taken with
-- SELECT ... FOR UPDATE inside a transaction. The database releases it when the transaction ends,
-- also when the server holding it dies (its connection goes), so no lease can be left behind.
--   outbox-relay  one customs outbox delivery round at a time across the cluster
--   startup       first-start work of a deployment (the seal CA, demo data) done once
CREATE TABLE cluster_lock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    held_by     VARCHAR(100),
    held_since  TIMESTAMP
);
INSERT INTO cluster_lock (name) VALUES ('outbox-relay');
INSERT INTO cluster_lock (name) VALUES ('startup');
