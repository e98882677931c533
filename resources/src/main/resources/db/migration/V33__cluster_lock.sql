-- Work that must run on one server of a cluster at a time (issue 17), a row per piece of work:
--   outbox-relay  a lease: the server in held_by delivers the customs outbox until held_until (database
--                 time), renewing it as it goes and giving it up at the end of its round. Taken and
--                 renewed in short transactions of their own, so a server that dies, or a deployment
--                 undeployed in the middle of a round, leaves at most a lease that runs out.
--   startup       a row lock (SELECT ... FOR UPDATE in the start-up transaction): first-start work of a
--                 deployment (the seal CA, demo data) done by one server while the others wait.
CREATE TABLE cluster_lock (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    held_by     VARCHAR(100),
    held_until  TIMESTAMP
);
INSERT INTO cluster_lock (name) VALUES ('outbox-relay');
INSERT INTO cluster_lock (name) VALUES ('startup');
