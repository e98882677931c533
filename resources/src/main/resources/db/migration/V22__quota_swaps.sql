-- 钨锑钼配额调换: an enterprise asks to move unused tungsten, antimony or molybdenum quota of one year
-- from one of its quotas to another of its quotas, or to a new quota line (another product, trade mode
-- or destination); a quota officer of the authority approves (the quantity moves under both quotas'
-- row locks) or returns it with a reason; the enterprise may withdraw a filed request. The rows stay:
-- they are the records the enterprise's 有色金属钨锑钼配额调换 screen lists.
CREATE TABLE quota_swap (
    id                  ${bigint}      NOT NULL PRIMARY KEY,
    version             INTEGER        DEFAULT 0 NOT NULL,
    enterprise_id       ${bigint}      NOT NULL,
    authority_code      VARCHAR(20)    NOT NULL,
    created_by          VARCHAR(50)    NOT NULL,
    quota_year          INTEGER        NOT NULL,
    from_quota_id       ${bigint}      NOT NULL,
    -- The receiving quota: an existing one named by the request, or the line the approval created
    -- (NULL until then when a new line is asked for).
    to_quota_id         ${bigint},
    -- The new quota line asked for (NULL when the request names an existing quota); trade mode and
    -- destination NULL: any.
    category_code       VARCHAR(4),
    trade_mode_id       ${bigint},
    country_code        VARCHAR(3),
    quantity            NUMERIC(20,3)  NOT NULL,
    reason              VARCHAR(1000)  NOT NULL,
    status              VARCHAR(12)    NOT NULL,
    filed_at            TIMESTAMP      NOT NULL,
    decided_by          VARCHAR(50),
    decided_at          TIMESTAMP,
    decision_reason     VARCHAR(1000),
    CONSTRAINT fk_quota_swap_enterprise FOREIGN KEY (enterprise_id) REFERENCES enterprise (id),
    CONSTRAINT fk_quota_swap_authority FOREIGN KEY (authority_code) REFERENCES issuing_authority (code),
    CONSTRAINT fk_quota_swap_from FOREIGN KEY (from_quota_id) REFERENCES quota (id),
    CONSTRAINT fk_quota_swap_to FOREIGN KEY (to_quota_id) REFERENCES quota (id),
    CONSTRAINT fk_quota_swap_category FOREIGN KEY (quota_year, category_code) REFERENCES commodity_category (catalogue_year, code),
    CONSTRAINT fk_quota_swap_trade_mode FOREIGN KEY (trade_mode_id) REFERENCES trade_mode (id),
    CONSTRAINT fk_quota_swap_country FOREIGN KEY (country_code) REFERENCES country (code),
    CONSTRAINT ck_quota_swap_quantity CHECK (quantity > 0),
    CONSTRAINT ck_quota_swap_target CHECK (to_quota_id IS NOT NULL OR category_code IS NOT NULL),
    CONSTRAINT ck_quota_swap_status CHECK (status IN ('FILED', 'APPROVED', 'RETURNED', 'WITHDRAWN'))
);
-- The enterprise's records (有色金属钨锑钼配额调换) and the authority's queue of filed requests.
CREATE INDEX ix_quota_swap_enterprise ON quota_swap (enterprise_id, quota_year, status);
CREATE INDEX ix_quota_swap_authority ON quota_swap (authority_code, status, filed_at);
CREATE INDEX ix_quota_swap_from ON quota_swap (from_quota_id);
CREATE INDEX ix_quota_swap_to ON quota_swap (to_quota_id);

CREATE SEQUENCE quota_swap_seq START WITH 50 INCREMENT BY 50;
