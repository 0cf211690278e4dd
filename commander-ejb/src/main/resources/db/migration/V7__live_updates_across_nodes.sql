-- Hashwatch schema, version 7: live updates across the nodes of a cluster. Portable SQL that runs
-- unchanged on PostgreSQL and H2 2.x.

-- When a node stored a device's latest state (by that node's clock) and which node it was
-- (hashwatch.node), so that every other node can pass the change on to its own open pages by
-- reading the rows ingested since it last looked. NULL for states no report has moved since.
ALTER TABLE device_state ADD COLUMN ingested TIMESTAMP WITH TIME ZONE;
ALTER TABLE device_state ADD COLUMN ingested_by VARCHAR(255);

CREATE INDEX device_state_ingested ON device_state (ingested);
