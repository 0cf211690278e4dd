-- Hashwatch schema, version 2: commands to devices, carried to their sentry in report answers, and
-- each sentry's latest self-report. Portable SQL that runs unchanged on PostgreSQL and H2 2.x.

CREATE SEQUENCE command_seq START WITH 1 INCREMENT BY 1;

-- One command to one device. The sentry and address are copied from the device when the command is
-- made: they are what the sentry is told, and a later change of the device must not redirect it.
-- A command is pending (QUEUED, or SENT and re-delivered) while `finished` is NULL; it ends with
-- the sentry's result (SUCCEEDED, FAILED, UNSUPPORTED) or at `expires` without one (EXPIRED).
CREATE TABLE command (
  id BIGINT PRIMARY KEY,
  device_id BIGINT NOT NULL REFERENCES device (id),
  sentry_id BIGINT NOT NULL REFERENCES sentry (id),
  address VARCHAR(255) NOT NULL,
  action VARCHAR(16) NOT NULL,
  -- The pools of a SET_POOLS command as a JSON array ({url, user, password}); NULL otherwise.
  pools VARCHAR(65535),
  status VARCHAR(16) NOT NULL,
  detail VARCHAR(2000),
  created_by VARCHAR(64) NOT NULL,
  created TIMESTAMP WITH TIME ZONE NOT NULL,
  -- When the command was first handed to the sentry.
  sent TIMESTAMP WITH TIME ZONE,
  finished TIMESTAMP WITH TIME ZONE,
  expires TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT command_status CHECK (
    status IN ('QUEUED', 'SENT', 'SUCCEEDED', 'FAILED', 'UNSUPPORTED', 'EXPIRED')),
  CONSTRAINT command_pending CHECK (
    (finished IS NULL) = (status IN ('QUEUED', 'SENT')))
);

-- Every report answer asks for the pending commands of one sentry, oldest first.
CREATE INDEX command_sentry_pending ON command (sentry_id, finished, id);
CREATE INDEX command_device ON command (device_id, id);

-- The sentry's latest self-report (NULL before the first); `dropped` is in version 1.
ALTER TABLE sentry ADD COLUMN health_time TIMESTAMP WITH TIME ZONE;
ALTER TABLE sentry ADD COLUMN sweep_ms BIGINT;
ALTER TABLE sentry ADD COLUMN devices_ok INTEGER;
ALTER TABLE sentry ADD COLUMN devices_failed INTEGER;
ALTER TABLE sentry ADD COLUMN backlog BIGINT;
ALTER TABLE sentry ADD COLUMN version VARCHAR(64);
