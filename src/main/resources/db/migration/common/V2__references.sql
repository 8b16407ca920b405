-- optout tracker, version 2: an event may carry an external reference (web-form case number, registered-post
-- tracking number, Message-ID, authority case number), and events are looked up by request.
ALTER TABLE events ADD COLUMN reference TEXT;
CREATE INDEX events_by_request ON events (request_id, id);
