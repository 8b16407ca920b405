-- optout tracker, version 9: the date by which the controller owes an answer, kept beside the status (written in
-- the same transaction as each event, by optout: it follows the deadline rules of org.optout.deadline), so that
-- overdue requests are counted by an index: status awaiting an answer and due_on before today.
ALTER TABLE requests ADD COLUMN due_on TEXT;
CREATE INDEX requests_by_due_date ON requests (campaign, platform, status, due_on);
