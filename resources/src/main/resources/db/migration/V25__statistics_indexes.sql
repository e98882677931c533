-- 综合查询统计 (issue 14): indexes for the statistics screens' predicates, chosen from PostgreSQL's plans of
-- the screens' aggregates written by hand, on 1,000,000 licences (bin/platform volume; bin/platform
-- statbench prints the indexes each plan uses). Portable DDL (H2, PostgreSQL, Oracle).
--
-- 统计月报 counts licences by issue date within a year, for one enterprise (a clerk) or one authority (an
-- officer): the scope column, then the date range. (The clerk's 本人 scope has ix_licence_owner.)
CREATE INDEX ix_licence_enterprise_issued ON licence (enterprise_id, issue_date);
CREATE INDEX ix_licence_authority_issued ON licence (authority_code, issue_date);

-- 综合查询 lists applications (with their licence) by 申请日期 range and further conditions, within the
-- caller's enterprise or authority; the count of the result uses the same index.
CREATE INDEX ix_app_enterprise_submitted ON application (enterprise_id, submitted_at);
CREATE INDEX ix_app_authority_submitted ON application (authority_code, submitted_at);
