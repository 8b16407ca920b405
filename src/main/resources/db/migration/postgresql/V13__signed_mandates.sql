-- optout tracker, version 13 on PostgreSQL: the signed mandates an association has collected, as on SQLite (see
-- db/migration/sqlite/V13__signed_mandates.sql), their bytes in document_contents.
CREATE TABLE campaign_mandates (
    campaign    TEXT   NOT NULL,
    member_id   TEXT   NOT NULL,
    sha256      TEXT   NOT NULL,
    size        BIGINT NOT NULL,
    media_type  TEXT   NOT NULL,
    signed_on   TEXT   NOT NULL,
    recorded_at TEXT   NOT NULL,
    PRIMARY KEY (campaign, member_id),
    FOREIGN KEY (campaign, member_id) REFERENCES campaign_members (campaign, member_id)
);
CREATE INDEX campaign_mandates_by_sha256 ON campaign_mandates (sha256);
-- Evidence stays append-only, with one deliberate exception: optout may erase a document no event refers to (no
-- row in documents), such as the mandate copy of a member who withdrew before anything was sent for them (GDPR
-- art. 17), by naming it first in the transaction: SELECT set_config('optout.erase', <sha256>, true). Any other
-- delete, and every update or truncation, is refused as before.
DROP TRIGGER document_contents_no_delete ON document_contents;
CREATE FUNCTION optout_evidence_erasable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('optout.erase', true) IS DISTINCT FROM OLD.sha256 THEN
        RAISE EXCEPTION 'evidence documents are append-only';
    END IF;
    IF EXISTS (SELECT 1 FROM documents WHERE sha256 = OLD.sha256) THEN
        RAISE EXCEPTION 'evidence document % belongs to a request and is never deleted', OLD.sha256;
    END IF;
    RETURN OLD;
END
$$;
CREATE TRIGGER document_contents_no_delete BEFORE DELETE ON document_contents
    FOR EACH ROW EXECUTE FUNCTION optout_evidence_erasable();
