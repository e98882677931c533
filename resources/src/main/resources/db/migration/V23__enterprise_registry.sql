-- 企业登记: an enterprise is ACTIVE or SUSPENDED (a suspended one cannot submit or save new applications),
-- remembers who registered it and when (empty for the enterprises from before the registry), and has
-- its departments, which the 本部门 data scope of its clerks is about.
ALTER TABLE enterprise ADD status VARCHAR(10) DEFAULT 'ACTIVE' NOT NULL;
ALTER TABLE enterprise ADD registered_at TIMESTAMP;
ALTER TABLE enterprise ADD registered_by VARCHAR(50);
CREATE INDEX ix_enterprise_authority ON enterprise (authority_code, status);

CREATE TABLE enterprise_department (
    enterprise_id  ${bigint}     NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_enterprise_department PRIMARY KEY (enterprise_id, name),
    CONSTRAINT fk_enterprise_department FOREIGN KEY (enterprise_id) REFERENCES enterprise (id)
);

-- The departments the clerks are in already become the enterprises' departments.
INSERT INTO enterprise_department (enterprise_id, name)
SELECT DISTINCT u.enterprise_id, u.department FROM app_user u
 WHERE u.enterprise_id IS NOT NULL AND u.department IS NOT NULL;
