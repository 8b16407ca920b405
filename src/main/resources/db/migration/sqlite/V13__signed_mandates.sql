-- optout tracker, version 13: the signed mandates an association has collected ('campaign mandates'), one per
-- member at most: the scan or signed PDF the member returned, its bytes kept in the tracker's document store under
-- their SHA-256 (the documents folder of a SQLite tracker), its size and media type, and the day it was signed.
-- Importing another file for the member replaces the row; 'campaign forget' deletes it, and erases the bytes, unless
-- a request was already made under it (GDPR art. 17(3)(e)).
CREATE TABLE campaign_mandates (
    campaign    TEXT    NOT NULL,
    member_id   TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    size        INTEGER NOT NULL,
    media_type  TEXT    NOT NULL,
    signed_on   TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (campaign, member_id),
    FOREIGN KEY (campaign, member_id) REFERENCES campaign_members (campaign, member_id)
);
CREATE INDEX campaign_mandates_by_sha256 ON campaign_mandates (sha256);
