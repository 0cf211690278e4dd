-- Hashwatch schema, version 3: the 5-minute and hourly rollups behind the charts, their progress,
-- and the lease that lets one node of a farm do once-per-farm work. Portable SQL that runs
-- unchanged on PostgreSQL and H2 2.x.

-- A lease on once-per-farm work (rollups, retention). Timers fire on every node; the node that
-- holds the lease (holder) works, renews it before it expires, and another takes it over after.
CREATE TABLE farm_lease (
  name VARCHAR(64) PRIMARY KEY,
  holder VARCHAR(255) NOT NULL,
  expires TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per device per 5-minute bucket (bucket = its start, UTC). polls counts every poll
-- result, samples only those with result 'reading'; the figures come from the samples alone, so a
-- bucket of unreachable polls has samples 0 and NULL figures. The counters are the bucket's
-- highest (they only grow until the miner restarts).
CREATE TABLE reading_5m (
  device_id BIGINT NOT NULL REFERENCES device (id),
  bucket TIMESTAMP WITH TIME ZONE NOT NULL,
  samples INTEGER NOT NULL,
  polls INTEGER NOT NULL,
  hashrate_hs_avg DOUBLE PRECISION,
  hashrate_hs_min DOUBLE PRECISION,
  hashrate_hs_max DOUBLE PRECISION,
  power_w_avg DOUBLE PRECISION,
  max_temp_c DOUBLE PRECISION,
  accepted BIGINT,
  rejected BIGINT,
  hardware_errors BIGINT,
  PRIMARY KEY (device_id, bucket)
);

-- The same per hour, rolled up from the 5-minute rows.
CREATE TABLE reading_1h (
  device_id BIGINT NOT NULL REFERENCES device (id),
  bucket TIMESTAMP WITH TIME ZONE NOT NULL,
  samples INTEGER NOT NULL,
  polls INTEGER NOT NULL,
  hashrate_hs_avg DOUBLE PRECISION,
  hashrate_hs_min DOUBLE PRECISION,
  hashrate_hs_max DOUBLE PRECISION,
  power_w_avg DOUBLE PRECISION,
  max_temp_c DOUBLE PRECISION,
  accepted BIGINT,
  rejected BIGINT,
  hardware_errors BIGINT,
  PRIMARY KEY (device_id, bucket)
);

-- Each level ('5m', '1h') is rolled up for every bucket before done_until.
CREATE TABLE rollup_state (
  level VARCHAR(8) PRIMARY KEY,
  done_until TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Readings stored late, when their buckets may be rolled up already (a sentry's outbox catching up
-- after an outage): the time range of one batch, keyed by its first entry, re-rolled and removed
-- by the next rollup.
CREATE TABLE rollup_dirty (
  sentry_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  from_time TIMESTAMP WITH TIME ZONE NOT NULL,
  to_time TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (sentry_id, seq)
);

-- Rollups read and retention deletes readings by time alone, across devices.
CREATE INDEX reading_time ON reading (time);
CREATE INDEX reading_5m_bucket ON reading_5m (bucket);
CREATE INDEX reading_1h_bucket ON reading_1h (bucket);
