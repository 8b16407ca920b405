-- optout tracker, version 8: what 'campaign send' needs to be run by several processes at once, on one machine or
-- several, sharing one campaign.
-- campaign_sends: one row per member to send to, per platform, added when a send starts. On PostgreSQL each sender
-- locks a small batch of these rows (FOR UPDATE SKIP LOCKED), so that two senders take different members without
-- waiting for each other. They are rows of their own, not the members' rows, because 'campaign init' and 'campaign
-- forget' update members while holding the tracker's write lock: a sender holding a member's row while waiting for
-- that lock would wait for ever. No foreign key, for the same reason.
CREATE TABLE campaign_sends (
    campaign  TEXT NOT NULL,
    platform  TEXT NOT NULL,
    member_id TEXT NOT NULL,
    PRIMARY KEY (campaign, platform, member_id)
);
-- At most one objection per campaign, member and platform, whatever the senders do: the backstop of their claims. A
-- request whose delivery failed is sent again as the same request, never as a second one.
CREATE UNIQUE INDEX requests_one_objection_per_member ON requests (campaign, member_id, platform, kind)
    WHERE campaign IS NOT NULL AND kind = 'OBJECTION';
