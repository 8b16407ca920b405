-- optout tracker, version 7: collective campaigns, where an association objects for its members on their mandate
-- (GDPR art. 80(1)). Portable SQL (SQLite and PostgreSQL): natural keys, TEXT and INTEGER only, dates and instants
-- as ISO-8601 TEXT.
-- campaigns: a copy of the association taken at each 'campaign init' (JSON, the signature image inside as a data:
-- URI) and its SHA-256, so that every volunteer of a shared tracker writes the same letters from any machine;
-- out_directory: where 'campaign letters' last wrote (absolute), for 'campaign forget' to find a member's folder.
CREATE TABLE campaigns (
    name               TEXT NOT NULL PRIMARY KEY,
    association_json   TEXT NOT NULL,
    association_sha256 TEXT NOT NULL,
    out_directory      TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
-- A member is never deleted: one who withdraws keeps only member_id and withdrawn_on (personal fields set to null),
-- so that importing the same members file again does not bring them back. row_sha256: the SHA-256 of the row as
-- imported, to tell an unchanged row from an updated one. address: the lines joined with a line feed.
CREATE TABLE campaign_members (
    campaign          TEXT NOT NULL REFERENCES campaigns (name),
    member_id         TEXT NOT NULL,
    name              TEXT,
    email             TEXT,
    address           TEXT,
    country           TEXT,
    language          TEXT,
    situation         TEXT,
    mandate_signed_on TEXT,
    row_sha256        TEXT,
    added_at          TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    withdrawn_on      TEXT,
    PRIMARY KEY (campaign, member_id)
);
-- How each member's account is identified at a platform (the members file's account_<platform> columns).
CREATE TABLE campaign_accounts (
    campaign  TEXT NOT NULL,
    member_id TEXT NOT NULL,
    platform  TEXT NOT NULL,
    account   TEXT NOT NULL,
    PRIMARY KEY (campaign, member_id, platform),
    FOREIGN KEY (campaign, member_id) REFERENCES campaign_members (campaign, member_id)
);
-- The documents 'campaign letters' wrote for a member: kind OBJECTION (one per platform) or MANDATE (platform '').
-- member_sha256 and association_sha256: what the document was written from; a re-run writes it again if either
-- changed. sha256: the file's content, to tell a complete file from a missing or altered one.
CREATE TABLE campaign_documents (
    campaign           TEXT NOT NULL,
    member_id          TEXT NOT NULL,
    kind               TEXT NOT NULL,
    platform           TEXT NOT NULL,
    language           TEXT NOT NULL,
    file               TEXT NOT NULL,
    sha256             TEXT NOT NULL,
    member_sha256      TEXT NOT NULL,
    association_sha256 TEXT NOT NULL,
    written_at         TEXT NOT NULL,
    PRIMARY KEY (campaign, member_id, kind, platform),
    FOREIGN KEY (campaign, member_id) REFERENCES campaign_members (campaign, member_id)
);
CREATE INDEX campaign_documents_by_platform ON campaign_documents (campaign, kind, platform);
CREATE INDEX campaign_members_by_state ON campaign_members (campaign, withdrawn_on, mandate_signed_on);
