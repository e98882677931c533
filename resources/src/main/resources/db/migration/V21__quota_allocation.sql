-- 配额管理: a quota is allocated by an issuing authority (whose officers administer it and whose licences
-- draw on it), may be restricted to one trade mode (e.g. 加工贸易 only) and one importing country or
-- region (e.g. HK/Macao), and keeps who allocated it and when. Existing quotas belong to their
-- enterprise's authority.
ALTER TABLE quota ADD authority_code VARCHAR(20);
ALTER TABLE quota ADD trade_mode_id ${bigint};
ALTER TABLE quota ADD country_code VARCHAR(3);
ALTER TABLE quota ADD allocated_by VARCHAR(50);
ALTER TABLE quota ADD allocated_at TIMESTAMP;
UPDATE quota SET authority_code = (SELECT e.authority_code FROM enterprise e WHERE e.id = quota.enterprise_id);
ALTER TABLE quota ADD CONSTRAINT fk_quota_authority FOREIGN KEY (authority_code) REFERENCES issuing_authority (code);
ALTER TABLE quota ADD CONSTRAINT fk_quota_trade_mode FOREIGN KEY (trade_mode_id) REFERENCES trade_mode (id);
ALTER TABLE quota ADD CONSTRAINT fk_quota_country FOREIGN KEY (country_code) REFERENCES country (code);
CREATE INDEX ix_quota_authority ON quota (authority_code, quota_year, category_code);
CREATE INDEX ix_quota_year_category ON quota (quota_year, category_code);

-- The seed's platform administers tungsten, antimony and molybdenum by quota (有色金属钨锑钼配额调换);
-- the public 2026 catalogue lists them licence-only. The platform follows the seed for these three:
-- their categories and goods lines are quota-managed here (documented in README, reference data).
UPDATE commodity_category SET quota_managed = TRUE
 WHERE catalogue_year = 2026 AND name_zh IN ('钨及钨制品', '锑及锑制品', '钼及钼制品');
UPDATE commodity SET quota_managed = TRUE, quota_note = '钨锑钼配额（平台按原系统管理）'
 WHERE catalogue_year = 2026 AND category_code IN (SELECT c.code FROM commodity_category c
       WHERE c.catalogue_year = 2026 AND c.name_zh IN ('钨及钨制品', '锑及锑制品', '钼及钼制品'));
