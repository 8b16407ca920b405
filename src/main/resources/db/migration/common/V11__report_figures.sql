-- optout tracker, version 11: what the campaign report counts, kept as optout derives it from each request's events
-- (org.optout.tracker.TrackedRequest) and written in the same transaction as each event, like status and due_on,
-- so that the report is a few grouped statements on indexes and reads no request (filled for the requests recorded
-- before by the Java migration V12).
-- answer_days: the days from sending to the controller's first answer (TrackedRequest.daysToAnswer), or null.
-- status_changes: each day a request's status changed (TrackedRequest.history): the status at the end of that day,
-- and the one it left (null on the day of its first event); with the request's campaign (which never changes), so
-- that a campaign's changes per day are counted from one index.
ALTER TABLE requests ADD COLUMN answer_days INTEGER;
CREATE INDEX requests_by_answer_days ON requests (campaign, platform, answer_days);
CREATE TABLE status_changes (
    request_id  BIGINT NOT NULL REFERENCES requests (id),
    campaign    TEXT,
    day         TEXT   NOT NULL,
    from_status TEXT,
    to_status   TEXT   NOT NULL,
    PRIMARY KEY (request_id, day)
);
CREATE INDEX status_changes_by_campaign ON status_changes (campaign, day, from_status, to_status);
