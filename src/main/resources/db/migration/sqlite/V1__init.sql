-- optout tracker, version 1: requests and their append-only events.
CREATE TABLE requests (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    platform           TEXT    NOT NULL,
    kind               TEXT    NOT NULL,
    language           TEXT    NOT NULL,
    channel            TEXT    NOT NULL,
    controller_country TEXT    NOT NULL,
    user_country       TEXT    NOT NULL,
    parent_id          INTEGER REFERENCES requests (id),
    created_at         TEXT    NOT NULL
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id  INTEGER NOT NULL REFERENCES requests (id),
    type        TEXT    NOT NULL,
    occurred_on TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    note        TEXT
);

CREATE TABLE documents (
    sha256        TEXT    PRIMARY KEY,
    size          INTEGER NOT NULL,
    media_type    TEXT    NOT NULL,
    original_name TEXT,
    stored_at     TEXT    NOT NULL
);

CREATE TABLE event_documents (
    event_id INTEGER NOT NULL REFERENCES events (id),
    sha256   TEXT    NOT NULL REFERENCES documents (sha256),
    role     TEXT    NOT NULL,
    PRIMARY KEY (event_id, sha256)
);

-- Events are evidence: they are never changed or deleted once written.
CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
