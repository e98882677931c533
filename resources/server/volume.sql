-- Volume data for the statistics benchmark (bin/platform volume N): N issued licences with their
-- applications, written set-based into a PostgreSQL database that the platform's own migrations made
-- (schema and reference data come from a deployment, never from here). Variables (psql -v):
--   n            licences (and applications) to add                       (required)
--   enterprises  enterprises to add, half under TB-天津, half under QLB      (required)
-- Skewed like real trade: index = floor(count * random()^3) picks enterprises, countries, goods and
-- ports, so a few take most of the volume. Licences are issued 2023-01-01 … 2026-11-30 on the
-- current catalogue (the reference data holds one catalogue year; every licence year uses it).
-- Signatures and verification codes of these rows are a marked placeholder ('VOLUME-UNSIGNED'):
-- the rows exist to be counted, not to be verified. Adds to what is there: run it again for more.
\set ON_ERROR_STOP on
-- One transaction: a failure leaves the database as it was. Run as the superuser postgres: the rows are
-- written without firing the foreign-key triggers (session_replication_role = replica) and without the
-- big tables' secondary indexes and unique constraints, which are rebuilt at the end (a sorted build is
-- far faster than a million random inserts); every reference is checked afterwards, by anti-joins.
BEGIN;
SET LOCAL session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SELECT setseed(0.14);
\timing on
SELECT clock_timestamp() AS started \gset

-- Ids above everything the platform has used or handed out (its sequences preallocate by 50).
SELECT greatest((SELECT coalesce(max(id), 0) FROM enterprise), (SELECT last_value FROM enterprise_seq)) + 100 AS ebase,
       greatest((SELECT coalesce(max(id), 0) FROM app_user), (SELECT last_value FROM app_user_seq)) + 100 AS ubase,
       greatest((SELECT coalesce(max(id), 0) FROM application), (SELECT last_value FROM application_seq)) + 100 AS abase,
       greatest((SELECT coalesce(max(id), 0) FROM licence), (SELECT last_value FROM licence_seq)) + 100 AS lbase,
       greatest((SELECT coalesce(max(id), 0) FROM quota), (SELECT last_value FROM quota_seq)) + 100 AS qbase,
       greatest((SELECT coalesce(max(id), 0) FROM usage_line), (SELECT last_value FROM usage_line_seq)) + 100 AS ubase_line,
       greatest((SELECT coalesce(max(id), 0) FROM return_request), (SELECT last_value FROM return_request_seq)) + 100 AS rbase,
       (SELECT max(catalogue_year) FROM commodity) AS catalogue \gset

CREATE TEMP TABLE v_index AS
SELECT 'index' AS kind, c.relname AS tbl, i.relname AS name, pg_get_indexdef(i.oid) AS def
  FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid
 WHERE c.relname IN ('application', 'licence', 'usage_line', 'return_request') AND NOT x.indisprimary
   AND c.relnamespace = 'public'::regnamespace
   AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)
UNION ALL
SELECT 'constraint', c.relname, k.conname, pg_get_constraintdef(k.oid)
  FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
 WHERE c.relname IN ('application', 'licence', 'usage_line', 'return_request') AND k.contype = 'u'
   AND c.relnamespace = 'public'::regnamespace;
DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM v_index LOOP
    IF r.kind = 'index' THEN EXECUTE format('DROP INDEX %I', r.name);
    ELSE EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', r.tbl, r.name); END IF;
  END LOOP;
END $$;

-- Enterprises: odd ones under TB-天津, even ones under QLB; aidx numbers them within their authority.
CREATE TEMP TABLE v_ent AS
SELECT :ebase + g AS id, (g - 1) / 2 AS aidx,
       CASE WHEN g % 2 = 1 THEN 'TB-天津' ELSE 'QLB' END AS authority_code,
       CASE WHEN g % 2 = 1 THEN '12' ELSE '11' END AS region,
       g AS n
  FROM generate_series(1, :enterprises) g;
ALTER TABLE v_ent ADD uscc17 VARCHAR(17);
UPDATE v_ent SET uscc17 = '91' || region || '0000' || lpad(id::text, 9, '0');

INSERT INTO enterprise (id, enterprise_code, uscc, customs_code, name_zh, name_en, address_zh, postal_code,
                        contact_person, phone, authority_code, version, status, registered_at, registered_by)
SELECT e.id, '9' || e.region || lpad(e.id::text, 10, '0'),
       e.uscc17 || substr('0123456789ABCDEFGHJKLMNPQRTUWXY',
           (31 - (SELECT sum(substr(e.uscc17, i, 1)::int * ((3 ^ (i - 1))::numeric % 31)) FROM generate_series(1, 17) i)::int % 31) % 31 + 1, 1),
       e.region || lpad((e.id % 100000000)::text, 8, '0'),
       CASE WHEN e.region = '12' THEN '天津' ELSE '北京' END || '批量进出口贸易有限公司' || e.n || '号',
       'Volume Import & Export Trading Co. No. ' || e.n,
       CASE WHEN e.region = '12' THEN '天津市滨海新区' ELSE '北京市朝阳区' END, CASE WHEN e.region = '12' THEN '300450' ELSE '100020' END,
       '联系人' || e.n, '022-' || lpad(e.n::text, 8, '0'), e.authority_code, 0, 'ACTIVE', TIMESTAMP '2022-12-01 09:00:00', 'volume'
  FROM v_ent e;
INSERT INTO enterprise_department (enterprise_id, name) SELECT id, '出口业务部' FROM v_ent;
ANALYZE v_ent;

-- Three clerks per enterprise (本公司, 本人, 本部门), who enter its applications. They cannot sign in.
CREATE TEMP TABLE v_user AS
SELECT :ubase + (e.n - 1) * 3 + k AS id, e.id AS enterprise_id, k,
       'v' || e.id || '-' || k AS username,
       CASE k WHEN 0 THEN 'ORGANISATION' WHEN 1 THEN 'OWN' ELSE 'DEPARTMENT' END AS data_scope
  FROM v_ent e CROSS JOIN generate_series(0, 2) k;
INSERT INTO app_user (id, username, password_hash, display_name, enterprise_id, authority_code, department,
                      data_scope, certificate_subject, active, version, locked, must_change_password)
SELECT id, username, 'VOLUME-NO-SIGN-IN', '批量用户' || username, enterprise_id, NULL, '出口业务部',
       data_scope, NULL, TRUE, 0, FALSE, FALSE
  FROM v_user;
INSERT INTO app_user_role (user_id, role_name) SELECT id, 'ENTERPRISE' FROM v_user;

-- Pools to pick from by index (0 = the most frequent).
CREATE TEMP TABLE v_com AS
SELECT CASE c.category_code WHEN '06' THEN 'R' WHEN '33' THEN 'C' ELSE 'O' END AS pool,
       (row_number() OVER (PARTITION BY CASE c.category_code WHEN '06' THEN 'R' WHEN '33' THEN 'C' ELSE 'O' END
                           ORDER BY md5(c.hs_code)) - 1)::int AS idx,
       c.id, c.hs_code, c.category_code, c.name_zh, c.unit_code, c.quota_managed, c.one_batch_one_licence,
       c.overshipment_percent
  FROM commodity c WHERE c.catalogue_year = :catalogue;
CREATE TEMP TABLE v_pool AS SELECT pool, count(*)::int AS cnt FROM v_com GROUP BY pool;
CREATE TEMP TABLE v_auth AS SELECT authority_code, count(*)::int AS cnt FROM v_ent GROUP BY authority_code;
CREATE TEMP TABLE v_country AS
SELECT (row_number() OVER (ORDER BY coalesce(array_position(ARRAY['110','116','133','502','141','129','122','112','132','136','304','309','601','344'], code), 99), code) - 1)::int AS idx, code
  FROM country;
CREATE TEMP TABLE v_port AS
SELECT (row_number() OVER (ORDER BY coalesce(array_position(ARRAY['0200','0100','0900','4200','2200','5100'], code), 99), code) - 1)::int AS idx, code
  FROM customs_port;
CREATE TEMP TABLE v_tm AS
SELECT (row_number() OVER (ORDER BY coalesce(array_position(ARRAY['0110','0615','0214','0654'], maps_to), 99), id) - 1)::int AS idx, id
  FROM trade_mode WHERE code_system = 'LICENCE';  -- boxes 5 and 10 hold the licence wordings
CREATE TEMP TABLE v_cur AS
SELECT (row_number() OVER (ORDER BY array_position(ARRAY['USD','EUR','HKD','JPY','CNY'], r.currency_code)) - 1)::int AS idx,
       r.currency_code AS code, r.usd_per_unit
  FROM exchange_rate r
 WHERE r.currency_code IN ('USD','EUR','HKD','JPY','CNY')
   AND r.rate_date = (SELECT max(x.rate_date) FROM exchange_rate x WHERE x.currency_code = r.currency_code);
CREATE TEMP TABLE v_pay AS SELECT (row_number() OVER (ORDER BY code) - 1)::int AS idx, code FROM payment_method;
CREATE TEMP TABLE v_transport AS
SELECT (row_number() OVER (ORDER BY id) - 1)::int AS idx, id FROM transport_mode WHERE code_system = 'LICENCE';
ANALYZE v_com; ANALYZE v_pool; ANALYZE v_auth; ANALYZE v_country; ANALYZE v_port; ANALYZE v_tm; ANALYZE v_cur; ANALYZE v_pay; ANALYZE v_transport;
SELECT (SELECT count(*) FROM v_country) AS countries, (SELECT count(*) FROM v_port) AS ports,
       (SELECT count(*) FROM v_tm) AS trade_modes, (SELECT count(*) FROM v_cur) AS currencies,
       (SELECT count(*) FROM v_pay) AS payments, (SELECT count(*) FROM v_transport) AS transports \gset

-- One row per licence: every random choice, resolved against the pools.
SELECT (SELECT cnt FROM v_auth WHERE authority_code = 'TB-天津') AS tb_count,
       (SELECT cnt FROM v_auth WHERE authority_code = 'QLB') AS qlb_count,
       (SELECT cnt FROM v_pool WHERE pool = 'R') AS rice_count, (SELECT cnt FROM v_pool WHERE pool = 'C') AS coke_count,
       (SELECT cnt FROM v_pool WHERE pool = 'O') AS other_count \gset

-- One row per licence: every random choice as a plain index into its pool (so that the joins below are
-- hash joins on equal integers), then resolved against the pools.
CREATE TEMP TABLE v_pick AS
SELECT g, pool, authority_code,
       floor(CASE authority_code WHEN 'QLB' THEN :qlb_count ELSE :tb_count END * random() ^ 3)::int AS eidx,
       floor(CASE pool WHEN 'R' THEN :rice_count * random() ^ 2 WHEN 'C' THEN :coke_count * random() ^ 2
                       ELSE :other_count * random() ^ 3 END)::int AS cidx,
       floor(:countries * random() ^ 3)::int AS country_idx, floor(:ports * random() ^ 3)::int AS port_idx,
       floor(:trade_modes * random() ^ 4)::int AS tm_idx, floor(:currencies * random() ^ 4)::int AS cur_idx,
       floor(:payments * random())::int AS pay_idx, floor(:transports * random())::int AS tr_idx,
       DATE '2023-01-01' + floor(random() * (DATE '2026-11-30' - DATE '2023-01-01' + 1))::int AS issue_date,
       random() AS rq, random() AS rpr, random() AS rs, random() AS ru, random() AS rusr, random() AS rsub
  FROM (SELECT g, rk, CASE WHEN rk < 0.12 THEN 'R' WHEN rk < 0.20 THEN 'C' ELSE 'O' END AS pool,
               -- Rice is issued by the 特办 (TB-天津); coke and the rest by either (渤海焦化 is in Tianjin).
               CASE WHEN rk < 0.12 THEN 'TB-天津' WHEN random() < 0.5 THEN 'TB-天津' ELSE 'QLB' END AS authority_code
          FROM (SELECT g, random() AS rk FROM generate_series(1, :n) g) r) k;
ANALYZE v_pick;

CREATE TEMP TABLE v_row AS
SELECT k.g, :abase + k.g AS app_id, :lbase + k.g AS lic_id, k.authority_code, k.issue_date,
       e.id AS enterprise_id, '9' || e.region || lpad(e.id::text, 10, '0') AS enterprise_code,
       CASE WHEN e.region = '12' THEN '天津' ELSE '北京' END || '批量进出口贸易有限公司' || e.n || '号' AS enterprise_name,
       'v' || e.id || '-' || CASE WHEN k.rusr < 0.5 THEN 0 WHEN k.rusr < 0.8 THEN 1 ELSE 2 END AS created_by,
       c.id AS commodity_id, c.hs_code, c.category_code, c.name_zh AS commodity_name, c.unit_code, c.quota_managed,
       c.one_batch_one_licence, c.overshipment_percent,
       co.code AS country_code, p.code AS port_code, tm.id AS trade_mode_id, cu.code AS currency_code,
       cu.usd_per_unit, pay.code AS payment_code, tr.id AS transport_mode_id,
       round((CASE k.pool WHEN 'O' THEN 200 ELSE 20000 END + 2000000 * k.rq ^ 2)::numeric, 3) AS quantity,
       round((0.2 + 4.8 * k.rpr)::numeric / cu.usd_per_unit, 4) AS unit_price,
       k.rs, k.ru, k.rsub
  FROM v_pick k
  JOIN v_ent e ON e.authority_code = k.authority_code AND e.aidx = k.eidx
  JOIN v_com c ON c.pool = k.pool AND c.idx = k.cidx
  JOIN v_country co ON co.idx = k.country_idx
  JOIN v_port p ON p.idx = k.port_idx
  JOIN v_tm tm ON tm.idx = k.tm_idx
  JOIN v_cur cu ON cu.idx = k.cur_idx
  JOIN v_pay pay ON pay.idx = k.pay_idx
  JOIN v_transport tr ON tr.idx = k.tr_idx;
DROP TABLE v_pick;
ANALYZE v_row;

-- Validity (Validity.forIssueOn) and the licence's life by today: expired ones were mostly cleared.
ALTER TABLE v_row ADD valid_from DATE, ADD expiry_date DATE, ADD status VARCHAR(16), ADD used_share NUMERIC,
    ADD use_count INTEGER, ADD max_uses INTEGER, ADD licence_year INTEGER;
UPDATE v_row SET valid_from = CASE WHEN to_char(issue_date, 'MMDD') >= '1210'
                                   THEN make_date(extract(YEAR FROM issue_date)::int + 1, 1, 1) ELSE issue_date END,
                 max_uses = CASE WHEN one_batch_one_licence THEN 1 ELSE 12 END;
UPDATE v_row SET licence_year = extract(YEAR FROM valid_from)::int,
                 expiry_date = least((valid_from + INTERVAL '6 months' - INTERVAL '1 day')::date,
                                     make_date(extract(YEAR FROM valid_from)::int, 12, 31)),
                 status = CASE WHEN least((valid_from + INTERVAL '6 months' - INTERVAL '1 day')::date,
                                          make_date(extract(YEAR FROM valid_from)::int, 12, 31)) < DATE '2026-12-03'
                               THEN CASE WHEN rs < 0.62 THEN 'CLEARED' WHEN rs < 0.84 THEN 'EXPIRED'
                                         WHEN rs < 0.97 THEN 'WRITTEN_OFF' ELSE 'DELETED' END
                               ELSE CASE WHEN rs < 0.38 THEN 'VALID' WHEN rs < 0.88 THEN 'IN_USE'
                                         WHEN rs < 0.98 THEN 'CLEARED' ELSE 'DELETED' END END;
UPDATE v_row SET used_share = CASE status WHEN 'CLEARED' THEN 1 WHEN 'IN_USE' THEN 0.1 + 0.8 * ru
                                          WHEN 'WRITTEN_OFF' THEN 0.2 + 0.7 * ru
                                          WHEN 'EXPIRED' THEN CASE WHEN ru < 0.5 THEN 0 ELSE 0.1 + 0.6 * ru END
                                          ELSE 0 END;
UPDATE v_row SET use_count = CASE WHEN used_share = 0 THEN 0 WHEN max_uses = 1 THEN 1
                                  ELSE 1 + floor(ru * 3)::int END;
-- 一批一证 goods: the single use is the whole batch, never a part.
UPDATE v_row SET used_share = 1, status = CASE WHEN status = 'IN_USE' THEN 'CLEARED' ELSE status END
 WHERE max_uses = 1 AND use_count = 1 AND status IN ('IN_USE', 'WRITTEN_OFF', 'EXPIRED');

-- Quotas of the quota-managed goods: one per enterprise, year and category, covering what was drawn.
CREATE TEMP TABLE v_quota AS
SELECT :qbase + row_number() OVER (ORDER BY enterprise_id, licence_year, category_code) AS id,
       enterprise_id, licence_year, category_code, authority_code, min(unit_code) AS unit_code,
       sum(CASE WHEN status <> 'DELETED' THEN quantity ELSE 0 END) AS used, sum(quantity) AS drawn
  FROM v_row WHERE quota_managed
 GROUP BY enterprise_id, licence_year, category_code, authority_code;
ANALYZE v_quota;
INSERT INTO commodity_category (catalogue_year, code, name_zh, name_en, quota_managed)
SELECT DISTINCT q.licence_year, cc.code, cc.name_zh, cc.name_en, cc.quota_managed
  FROM v_quota q JOIN commodity_category cc ON cc.catalogue_year = :catalogue AND cc.code = q.category_code
 WHERE NOT EXISTS (SELECT 1 FROM commodity_category x WHERE x.catalogue_year = q.licence_year AND x.code = q.category_code);
INSERT INTO quota (id, enterprise_id, quota_year, category_code, document_no, unit_code, total, used, version,
                   authority_code, allocated_by, allocated_at)
SELECT id, enterprise_id, licence_year, category_code, licence_year || '-VQ-' || category_code || '-' || id,
       unit_code, ceil(drawn * 1.25), used, 0, authority_code, 'volume', make_timestamp(licence_year - 1, 12, 1, 9, 0, 0)
  FROM v_quota;

INSERT INTO application (id, application_no, version, status, printed, enterprise_id, authority_code, licence_year,
        created_by, created_at, updated_at, submitted_at, exporter_name, exporter_code, consignor_name, consignor_code,
        trade_mode_id, contract_no, port_code, country_code, payment_method_code, transport_mode_id, commodity_id,
        commodity_code, commodity_name, specification, unit_code, quantity, unit_price, currency_code, total_amount,
        usd_rate, total_usd, one_batch_one_licence, quota_document_no, remarks, first_reviewer, second_reviewer,
        seal_signature, sealed_at, sealed_by)
SELECT r.app_id, r.licence_year || lpad(r.app_id::text, 8, '0'), 3,  -- ids stay below 10^8
       CASE WHEN r.status = 'DELETED' THEN 'DELETED' ELSE 'ISSUED' END, TRUE, r.enterprise_id, r.authority_code,
       r.licence_year, r.created_by,
       r.issue_date - make_interval(days => 2 + floor(r.rsub * 12)::int) + INTERVAL '9 hours',
       r.issue_date + INTERVAL '15 hours',
       r.issue_date - make_interval(days => 1 + floor(r.rsub * 10)::int) + make_interval(mins => 540 + floor(r.rsub * 480)::int),
       r.enterprise_name, r.enterprise_code, r.enterprise_name, r.enterprise_code,
       r.trade_mode_id, 'VC' || lpad(r.app_id::text, 15, '0'), r.port_code, r.country_code, r.payment_code,
       r.transport_mode_id, r.commodity_id, r.hs_code || '00', r.commodity_name,
       CASE r.category_code WHEN '06' THEN CASE WHEN r.rsub < 0.6 THEN '一级' ELSE '二级' END
                            WHEN '33' THEN CASE WHEN r.rsub < 0.5 THEN '一级冶金焦' ELSE '二级冶金焦' END END,
       r.unit_code, r.quantity, r.unit_price, r.currency_code, round(r.quantity * r.unit_price, 2), r.usd_per_unit,
       round(r.quantity * r.unit_price * r.usd_per_unit, 2), r.one_batch_one_licence,
       CASE WHEN r.quota_managed THEN r.licence_year || '-VQ-' || r.category_code || '-' || q.id END,
       NULL, 'volume', 'volume', 'VOLUME-UNSIGNED', r.issue_date + INTERVAL '8 hours', r.created_by
  FROM v_row r
  LEFT JOIN v_quota q ON r.quota_managed AND q.enterprise_id = r.enterprise_id AND q.licence_year = r.licence_year
                     AND q.category_code = r.category_code;

INSERT INTO licence (id, licence_no, version, status, application_id, enterprise_id, authority_code, licence_year,
        issue_date, valid_from, expiry_date, quantity, used_quantity, use_count, max_uses, remarks, verification_code,
        quota_id, issued_by, issued_at, signature, overshipment_percent, customs_status, created_by)
SELECT r.lic_id, lpad((r.licence_year % 100)::text, 2, '0') || '-' || ia.licence_code || '-'
           || CASE WHEN r.lic_id < 1000000 THEN lpad(r.lic_id::text, 6, '0') ELSE r.lic_id::text END,
       1, r.status, r.app_id, r.enterprise_id, r.authority_code, r.licence_year, r.issue_date, r.valid_from,
       r.expiry_date, r.quantity, round(r.quantity * r.used_share, 3), r.use_count, r.max_uses, NULL,
       'VOLUME000000', q.id, 'volume', r.issue_date + INTERVAL '15 hours', 'VOLUME-UNSIGNED',
       CASE WHEN r.max_uses = 1 THEN r.overshipment_percent ELSE 0 END, 'ACKNOWLEDGED', r.created_by
  FROM v_row r
  JOIN issuing_authority ia ON ia.code = r.authority_code
  LEFT JOIN v_quota q ON r.quota_managed AND q.enterprise_id = r.enterprise_id AND q.licence_year = r.licence_year
                     AND q.category_code = r.category_code;

-- Customs declarations: use_count lines per used licence, adding up to its used quantity.
INSERT INTO usage_line (id, declaration_no, licence_id, declaration_date, port_code, goods_line, quantity, unit_code,
                        message_id, recorded_at)
SELECT :ubase_line + row_number() OVER (), lpad((r.lic_id * 4 + s)::text, 18, '0'), r.lic_id,
       least(r.valid_from + s * 7 + 3, r.expiry_date), r.port_code, 1,
       CASE WHEN s < r.use_count THEN round(r.quantity * r.used_share / r.use_count, 3)
            ELSE round(r.quantity * r.used_share, 3) - (r.use_count - 1) * round(r.quantity * r.used_share / r.use_count, 3) END,
       r.unit_code, 'VOLUME-' || r.lic_id || '-' || s, least(r.valid_from + s * 7 + 3, r.expiry_date) + INTERVAL '10 hours'
  FROM v_row r CROSS JOIN LATERAL generate_series(1, r.use_count) s
 WHERE r.use_count > 0;

-- 许可证退换: the approved deletion of each deleted licence and the approved write-off of each written-off one.
INSERT INTO return_request (id, kind, version, status, licence_id, enterprise_id, authority_code, open_key, created_by,
        created_at, updated_at, submitted_at, remarks, reviewer, reviewed_at, write_off_quantity, returned_quantity)
SELECT :rbase + row_number() OVER (), CASE r.status WHEN 'DELETED' THEN 'DELETION' ELSE 'WRITE_OFF' END, 2, 'APPROVED',
       r.lic_id, r.enterprise_id, r.authority_code, NULL, r.created_by,
       least(r.expiry_date, DATE '2026-11-30') + INTERVAL '10 hours', least(r.expiry_date, DATE '2026-11-30') + INTERVAL '16 hours',
       least(r.expiry_date, DATE '2026-11-30') + INTERVAL '11 hours', NULL, 'volume',
       least(r.expiry_date, DATE '2026-11-30') + INTERVAL '16 hours',
       CASE WHEN r.status = 'WRITTEN_OFF' THEN round(r.quantity * r.used_share, 3) END,
       CASE WHEN r.status = 'WRITTEN_OFF' THEN r.quantity - round(r.quantity * r.used_share, 3) END
  FROM v_row r
 WHERE r.status = 'DELETED' OR (r.status = 'WRITTEN_OFF' AND r.used_share > 0);

DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT * FROM v_index ORDER BY kind DESC LOOP
    IF r.kind = 'index' THEN EXECUTE r.def;
    ELSE EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s', r.tbl, r.name, r.def); END IF;
  END LOOP;
END $$;

-- Every reference of the new rows, checked (the triggers did not): all counts must be 0.
SELECT
  (SELECT count(*) FROM application a WHERE a.id > :abase AND (
       NOT EXISTS (SELECT 1 FROM enterprise x WHERE x.id = a.enterprise_id)
    OR NOT EXISTS (SELECT 1 FROM issuing_authority x WHERE x.code = a.authority_code)
    OR NOT EXISTS (SELECT 1 FROM trade_mode x WHERE x.id = a.trade_mode_id)
    OR NOT EXISTS (SELECT 1 FROM customs_port x WHERE x.code = a.port_code)
    OR NOT EXISTS (SELECT 1 FROM country x WHERE x.code = a.country_code)
    OR NOT EXISTS (SELECT 1 FROM payment_method x WHERE x.code = a.payment_method_code)
    OR NOT EXISTS (SELECT 1 FROM transport_mode x WHERE x.id = a.transport_mode_id)
    OR NOT EXISTS (SELECT 1 FROM commodity x WHERE x.id = a.commodity_id)
    OR NOT EXISTS (SELECT 1 FROM unit_of_measure x WHERE x.code = a.unit_code)
    OR NOT EXISTS (SELECT 1 FROM currency x WHERE x.code = a.currency_code))) AS bad_applications,
  (SELECT count(*) FROM licence l WHERE l.id > :lbase AND (
       NOT EXISTS (SELECT 1 FROM application x WHERE x.id = l.application_id)
    OR NOT EXISTS (SELECT 1 FROM enterprise x WHERE x.id = l.enterprise_id)
    OR NOT EXISTS (SELECT 1 FROM issuing_authority x WHERE x.code = l.authority_code)
    OR (l.quota_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM quota x WHERE x.id = l.quota_id)))) AS bad_licences,
  (SELECT count(*) FROM usage_line u WHERE u.id > :ubase_line
      AND NOT EXISTS (SELECT 1 FROM licence x WHERE x.id = u.licence_id)) AS bad_usage_lines,
  (SELECT count(*) FROM return_request r WHERE r.id > :rbase
      AND NOT EXISTS (SELECT 1 FROM licence x WHERE x.id = r.licence_id)) AS bad_requests,
  (SELECT count(*) FROM app_user u WHERE u.id > :ubase
      AND NOT EXISTS (SELECT 1 FROM enterprise x WHERE x.id = u.enterprise_id)) AS bad_users,
  (SELECT count(*) FROM quota q WHERE q.id > :qbase AND (
       NOT EXISTS (SELECT 1 FROM enterprise x WHERE x.id = q.enterprise_id)
    OR NOT EXISTS (SELECT 1 FROM commodity_category x WHERE x.catalogue_year = q.quota_year AND x.code = q.category_code))) AS bad_quotas \gset
SELECT (:bad_applications + :bad_licences + :bad_usage_lines + :bad_requests + :bad_users + :bad_quotas) = 0 AS references_hold \gset
\if :references_hold
\echo volume: every reference of the new rows holds
\else
\echo volume: broken references (applications :bad_applications, licences :bad_licences, usage lines :bad_usage_lines, requests :bad_requests, users :bad_users, quotas :bad_quotas): rolled back
ROLLBACK;
DO $$ BEGIN RAISE EXCEPTION 'volume: broken references, nothing written'; END $$;
\endif

SELECT setval('enterprise_seq', (SELECT max(id) FROM enterprise) + 100);
SELECT setval('app_user_seq', (SELECT max(id) FROM app_user) + 100);
SELECT setval('application_seq', (SELECT max(id) FROM application) + 100);
SELECT setval('licence_seq', (SELECT max(id) FROM licence) + 100);
SELECT setval('quota_seq', (SELECT max(id) FROM quota) + 100);
SELECT setval('usage_line_seq', (SELECT max(id) FROM usage_line) + 100);
SELECT setval('return_request_seq', (SELECT max(id) FROM return_request) + 100);

COMMIT;
ANALYZE enterprise; ANALYZE app_user; ANALYZE quota; ANALYZE application; ANALYZE licence; ANALYZE usage_line; ANALYZE return_request;

\timing off
SELECT (SELECT count(*) FROM enterprise) AS enterprises, (SELECT count(*) FROM app_user) AS users,
       (SELECT count(*) FROM application) AS applications, (SELECT count(*) FROM licence) AS licences,
       (SELECT count(*) FROM usage_line) AS usage_lines, (SELECT count(*) FROM return_request) AS return_requests,
       (SELECT count(*) FROM quota) AS quotas;
SELECT status, count(*) AS licences FROM licence GROUP BY status ORDER BY 2 DESC;
SELECT a.licence_year, count(*) FILTER (WHERE c.category_code = '06') AS rice,
       count(*) FILTER (WHERE c.category_code = '33') AS coke, count(*) AS all_licences
  FROM licence l JOIN application a ON a.id = l.application_id JOIN commodity c ON c.id = a.commodity_id
 GROUP BY a.licence_year ORDER BY 1;
SELECT round(extract(EPOCH FROM clock_timestamp() - :'started'::timestamptz)) AS seconds_taken \gset
\echo volume: :n licences in :seconds_taken s
