-- optout tracker, version 14: the reference of each event as a Message-ID is compared (bare: without angle brackets
-- or surrounding spaces), written by optout in the transaction that inserts the event (filled for older events by
-- the Java migration V15), so that the request a reply answers, or a message optout sent, is found by an index
-- instead of by reading every request. A key only finds candidates: the match is checked on the event itself, which
-- the hash chain covers (so no foreign keys: this is an index, not part of the record).
CREATE TABLE event_message_keys (
    event_id    BIGINT NOT NULL PRIMARY KEY,
    request_id  BIGINT NOT NULL,
    message_key TEXT   NOT NULL
);
CREATE INDEX event_message_keys_by_key ON event_message_keys (message_key, request_id);
