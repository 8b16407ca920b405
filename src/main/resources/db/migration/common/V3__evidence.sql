-- optout tracker, version 3: evidence added to an earlier event, dates an event sets, and the hash chain (its
-- values for events already recorded are computed by the Java migration V3_1__HashChain).
-- about_event_id: an EVIDENCE_ADDED event names the event whose proof it adds (proof arrives after the fact).
-- due_on: a date an event sets, e.g. the end of the grace period a reminder gives.
-- hash / prev_hash: each event's SHA-256 over its content (and its request's), chained to the previous event of
-- the tracker, so that an edited, deleted or inserted row is detected (optout requests verify).
ALTER TABLE events ADD COLUMN about_event_id BIGINT REFERENCES events (id);
ALTER TABLE events ADD COLUMN due_on TEXT;
ALTER TABLE events ADD COLUMN prev_hash TEXT;
ALTER TABLE events ADD COLUMN hash TEXT;
