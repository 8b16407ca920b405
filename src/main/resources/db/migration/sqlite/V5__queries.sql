-- optout tracker, version 5: what queries need. status: the request's current status (RequestStatus), derived from
-- its events and written in the transaction that appends each event (filled for older requests by the Java
-- migration V6); campaign and member_id: the campaign and member a request was made for under GDPR art. 80, null
-- for a person's own request; position: the order of an event's documents (the hash chain covers it), which was
-- the rowid of their links, a value PostgreSQL does not have.
ALTER TABLE requests ADD COLUMN status TEXT;
ALTER TABLE requests ADD COLUMN campaign TEXT;
ALTER TABLE requests ADD COLUMN member_id TEXT;
ALTER TABLE event_documents ADD COLUMN position INTEGER;
UPDATE event_documents SET position = rowid;
CREATE INDEX requests_by_platform ON requests (platform, id);
CREATE INDEX requests_by_status ON requests (status, id);
CREATE INDEX requests_by_member ON requests (member_id, id);
CREATE INDEX requests_by_campaign ON requests (campaign, platform, status, id);
CREATE INDEX requests_by_parent ON requests (parent_id, id);
CREATE INDEX event_documents_by_event ON event_documents (event_id, position);
