-- Which server of a cluster runs a job execution (issue 17). The batch runtime's own tables do not say,
-- and a server that restarts must mark as interrupted only the executions it was running itself: another
-- instance's run goes on. Written when the execution starts (start or restart); an execution without a row
-- (from before this table, or a single server) counts as the server's that finds it.
CREATE TABLE job_execution_server (
    execution_id  ${bigint}     NOT NULL PRIMARY KEY,
    server        VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL
);
