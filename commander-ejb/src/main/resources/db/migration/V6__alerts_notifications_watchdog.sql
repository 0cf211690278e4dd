-- Hashwatch schema, version 6: alert rules and alerts, notification channels and their outbox, the
-- watchdog's settings and its progress per device. Portable SQL that runs unchanged on PostgreSQL
-- and H2 2.x.

-- A device's group, named by the farm's admins (a room, a row, a customer's machines): alert rules
-- and notification channels may be scoped to a group.
ALTER TABLE device ADD COLUMN device_group VARCHAR(120);
CREATE INDEX device_group ON device (device_group);

-- One alert rule (alerts.AlertRule). scope is 'farm', 'site:NAME', 'group:NAME' or 'device:ID'; threshold means
-- what its kind says (alerts.RuleKind); sustain and clear are seconds. Seeded with the day-one
-- defaults by the commander when the table is empty.
CREATE TABLE alert_rule (
  id VARCHAR(64) PRIMARY KEY,
  kind VARCHAR(32) NOT NULL,
  severity VARCHAR(16) NOT NULL,
  scope VARCHAR(200) NOT NULL,
  threshold DOUBLE PRECISION,
  sustain_s BIGINT NOT NULL,
  clear_s BIGINT NOT NULL,
  enabled BOOLEAN NOT NULL,
  updated TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  CONSTRAINT alert_rule_windows CHECK (sustain_s >= 0 AND clear_s >= 0)
);

CREATE SEQUENCE alert_seq START WITH 1 INCREMENT BY 1;

-- One alert: a rule's condition that held on one subject for its sustain. rule_id names the rule,
-- or 'watchdog' for the watchdog's "needs hands". subject is 'device:ID', 'sentry:ID' or 'site:NAME'
-- (a site-wide burst); device_id / sentry_id / site / device_group are copied for filtering. open_key is
-- rule_id || ' ' || subject while the alert is open and NULL once resolved: its unique constraint
-- makes a second open alert of the same rule and subject impossible, whichever node tries.
CREATE TABLE alert (
  id BIGINT PRIMARY KEY,
  rule_id VARCHAR(64) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  severity VARCHAR(16) NOT NULL,
  subject VARCHAR(200) NOT NULL,
  device_id BIGINT,
  sentry_id BIGINT,
  site VARCHAR(120),
  device_group VARCHAR(120),
  label VARCHAR(255) NOT NULL,
  message VARCHAR(1000) NOT NULL,
  since TIMESTAMP WITH TIME ZONE NOT NULL,
  opened TIMESTAMP WITH TIME ZONE NOT NULL,
  acknowledged_by VARCHAR(64),
  acknowledged TIMESTAMP WITH TIME ZONE,
  resolved TIMESTAMP WITH TIME ZONE,
  resolution VARCHAR(1000),
  open_key VARCHAR(300),
  CONSTRAINT alert_open_key UNIQUE (open_key),
  CONSTRAINT alert_open CHECK ((open_key IS NULL) = (resolved IS NOT NULL))
);

CREATE INDEX alert_opened ON alert (opened);
CREATE INDEX alert_device ON alert (device_id, opened);

-- The pools the farm mines on (rule kind pool-untrusted); empty means pools are not checked.
CREATE TABLE trusted_pool (
  url VARCHAR(512) PRIMARY KEY
);

CREATE SEQUENCE channel_seq START WITH 1 INCREMENT BY 1;

-- Where alerts are sent. type: webhook, discord, telegram, email. url: the webhook's or Discord's
-- URL, Telegram's Bot API base (NULL: https://api.telegram.org); secret: the webhook's HMAC key or
-- the Telegram bot token; recipient: the Telegram chat id or the e-mail addresses (comma-separated).
-- A channel gets the alerts of min_severity or worse whose subject its scope covers.
CREATE TABLE notify_channel (
  id BIGINT PRIMARY KEY,
  name VARCHAR(120) NOT NULL UNIQUE,
  type VARCHAR(16) NOT NULL,
  url VARCHAR(2000),
  secret VARCHAR(512),
  recipient VARCHAR(1000),
  min_severity VARCHAR(16) NOT NULL,
  scope VARCHAR(200) NOT NULL,
  enabled BOOLEAN NOT NULL,
  created TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT notify_channel_type CHECK (type IN ('webhook', 'discord', 'telegram', 'email'))
);

CREATE SEQUENCE notification_seq START WITH 1 INCREMENT BY 1;

-- The outbox: one message for one channel, written in the transaction that opened or resolved its
-- alerts, delivered (and retried with back-off until `expires`) by the node holding the lease
-- 'notifications'. body is the JSON of the message (notify.Message).
CREATE TABLE notification (
  id BIGINT PRIMARY KEY,
  channel_id BIGINT NOT NULL REFERENCES notify_channel (id) ON DELETE CASCADE,
  created TIMESTAMP WITH TIME ZONE NOT NULL,
  title VARCHAR(300) NOT NULL,
  body VARCHAR(65535) NOT NULL,
  status VARCHAR(16) NOT NULL,
  attempts INTEGER DEFAULT 0 NOT NULL,
  next_attempt TIMESTAMP WITH TIME ZONE NOT NULL,
  expires TIMESTAMP WITH TIME ZONE NOT NULL,
  delivered TIMESTAMP WITH TIME ZONE,
  last_error VARCHAR(1000),
  CONSTRAINT notification_status CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED'))
);

CREATE INDEX notification_due ON notification (status, next_attempt);

-- The watchdog's settings: one row (id 1), edited by admins. steps is the ladder, comma-separated
-- (restart, reboot, power-cycle); a device is taken up after trigger_s of hashrate 0 or no answer;
-- wait_s after each step before the next; at most max_cycles ladders per device per UTC day; a
-- site is held back while more than site_hold_percent of its devices fail at once.
CREATE TABLE watchdog_settings (
  id INTEGER PRIMARY KEY,
  enabled BOOLEAN NOT NULL,
  steps VARCHAR(200) NOT NULL,
  trigger_s BIGINT NOT NULL,
  wait_s BIGINT NOT NULL,
  max_cycles INTEGER NOT NULL,
  site_hold_percent INTEGER NOT NULL,
  updated TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  CONSTRAINT watchdog_settings_one CHECK (id = 1)
);

-- The watchdog's progress with one device: the step it took last (its index in the ladder, its
-- command, when), the ladders begun on day `cycles_day`, and when it gave up ("needs hands").
CREATE TABLE watchdog_device (
  device_id BIGINT PRIMARY KEY REFERENCES device (id),
  failing_since TIMESTAMP WITH TIME ZONE,
  step_no INTEGER,
  step_at TIMESTAMP WITH TIME ZONE,
  command_id BIGINT,
  cycles_day DATE,
  cycles INTEGER DEFAULT 0 NOT NULL,
  gave_up TIMESTAMP WITH TIME ZONE
);
