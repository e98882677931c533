-- seal-keys: a row lock (issue 17) taken before a missing seal key is issued, so that two servers of a
-- cluster that both find an enterprise without its key do not both issue one (the second insert broke
-- uq_seal_key_owner and the clerk's 保存并盖章 failed): the second waits, then finds the first one's key.
INSERT INTO cluster_lock (name) VALUES ('seal-keys');
