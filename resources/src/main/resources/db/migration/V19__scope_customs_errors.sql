-- Issue 11, data scope of every list: a customs message set aside belongs to the issuing authority
-- of the licence it names (officers see only their authority's); one that names no licence of the
-- platform has none and only the administrator sees it. Numbered with room for the other parts of
-- the issue.

ALTER TABLE customs_message_error ADD licence_no VARCHAR(16);
ALTER TABLE customs_message_error ADD authority_code VARCHAR(20);
ALTER TABLE customs_message_error ADD CONSTRAINT fk_customs_error_authority
    FOREIGN KEY (authority_code) REFERENCES issuing_authority (code);
CREATE INDEX ix_customs_error_authority ON customs_message_error (authority_code, status, received_at);

-- Rows kept before: the licence whose number is the text of a licenceNo element of the kept body
-- (as CustomsErrors reads it for new rows).
UPDATE customs_message_error SET licence_no = (
        SELECT MIN(l.licence_no) FROM licence l
        WHERE customs_message_error.body LIKE '%licenceNo>' || l.licence_no || '</%')
    WHERE body IS NOT NULL;
UPDATE customs_message_error SET authority_code = (
        SELECT l.authority_code FROM licence l WHERE l.licence_no = customs_message_error.licence_no)
    WHERE licence_no IS NOT NULL;
