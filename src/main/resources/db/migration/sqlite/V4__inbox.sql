-- optout tracker, version 4: the messages 'optout inbox' and 'optout requests import' have looked at, so that each
-- is processed once. A mailbox message is named by its account, folder, UIDVALIDITY and UID; when the server
-- changes a folder's UIDVALIDITY (its UIDs then mean other messages), the folder is read again and a message is
-- recognised by its Message-ID or, without one, by the SHA-256 of its bytes. An imported file has no UID.
-- request_id: the request the message was matched to and recorded on, or null (unmatched, not attached).
-- outcome: matched, unmatched, own (a message optout sent), duplicate (seen under another UID or folder), too_large,
-- unreadable.
CREATE TABLE inbox_messages (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    account      TEXT    NOT NULL,
    folder       TEXT    NOT NULL,
    uid_validity INTEGER,
    uid          INTEGER,
    message_id   TEXT,
    sha256       TEXT    NOT NULL,
    request_id   INTEGER REFERENCES requests (id),
    outcome      TEXT    NOT NULL,
    seen_at      TEXT    NOT NULL
);
CREATE UNIQUE INDEX inbox_messages_by_uid ON inbox_messages (account, folder, uid_validity, uid);
CREATE INDEX inbox_messages_by_message_id ON inbox_messages (message_id);
CREATE INDEX inbox_messages_by_sha256 ON inbox_messages (sha256);
-- Like events, what was seen is never changed or deleted.
CREATE TRIGGER inbox_messages_no_update BEFORE UPDATE ON inbox_messages BEGIN SELECT RAISE(ABORT, 'inbox messages are append-only'); END;
CREATE TRIGGER inbox_messages_no_delete BEFORE DELETE ON inbox_messages BEGIN SELECT RAISE(ABORT, 'inbox messages are append-only'); END;
