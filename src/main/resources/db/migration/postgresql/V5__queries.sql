-- optout tracker, version 5 on PostgreSQL: what queries need (see db/migration/sqlite/V5__queries.sql), and the
-- evidence itself: on a shared tracker every volunteer must see the same documents, so their bytes are kept here,
-- named by their SHA-256 like the files of a SQLite tracker's documents folder, and never changed.
ALTER TABLE requests ADD COLUMN status TEXT;
ALTER TABLE requests ADD COLUMN campaign TEXT;
ALTER TABLE requests ADD COLUMN member_id TEXT;
ALTER TABLE event_documents ADD COLUMN position INTEGER;
CREATE INDEX requests_by_platform ON requests (platform, id);
CREATE INDEX requests_by_status ON requests (status, id);
CREATE INDEX requests_by_member ON requests (member_id, id);
CREATE INDEX requests_by_campaign ON requests (campaign, platform, status, id);
CREATE INDEX requests_by_parent ON requests (parent_id, id);
CREATE INDEX event_documents_by_event ON event_documents (event_id, position);

CREATE TABLE document_contents (
    sha256     TEXT    PRIMARY KEY,
    size       BIGINT  NOT NULL,
    media_type TEXT    NOT NULL,
    content    BYTEA   NOT NULL
);
CREATE TRIGGER document_contents_no_update BEFORE UPDATE ON document_contents
    FOR EACH ROW EXECUTE FUNCTION optout_append_only('evidence documents');
CREATE TRIGGER document_contents_no_delete BEFORE DELETE ON document_contents
    FOR EACH ROW EXECUTE FUNCTION optout_append_only('evidence documents');
CREATE TRIGGER document_contents_no_truncate BEFORE TRUNCATE ON document_contents
    FOR EACH STATEMENT EXECUTE FUNCTION optout_append_only('evidence documents');
