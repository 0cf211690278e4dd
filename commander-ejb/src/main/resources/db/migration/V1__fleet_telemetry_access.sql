-- Hashwatch schema, version 1. Portable SQL that runs unchanged on PostgreSQL and H2 2.x.
-- Ids come from sequences, one value per row: sites, sentries and users are created rarely, and
-- devices are created by the telemetry path with plain JDBC.

CREATE SEQUENCE site_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sentry_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE device_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE app_user_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE site (
  id BIGINT PRIMARY KEY,
  name VARCHAR(120) NOT NULL UNIQUE,
  created TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE sentry (
  id BIGINT PRIMARY KEY,
  name VARCHAR(120) NOT NULL UNIQUE,
  site_id BIGINT REFERENCES site (id),
  token_hash VARCHAR(64) NOT NULL,
  created TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen TIMESTAMP WITH TIME ZONE,
  -- The highest report sequence stored for this sentry: entries at or below it are already held.
  last_seq BIGINT DEFAULT 0 NOT NULL,
  -- Entries the sentry's outbox dropped in all, as the sentry last reported.
  dropped BIGINT DEFAULT 0 NOT NULL
);

CREATE TABLE device (
  id BIGINT PRIMARY KEY,
  sentry_id BIGINT NOT NULL REFERENCES sentry (id),
  address VARCHAR(255) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  make VARCHAR(256),
  model VARCHAR(256),
  first_seen TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT device_sentry_address UNIQUE (sentry_id, address)
);

-- The latest poll result of each device, so that views never scan history.
CREATE TABLE device_state (
  device_id BIGINT PRIMARY KEY REFERENCES device (id),
  time TIMESTAMP WITH TIME ZONE NOT NULL,
  result VARCHAR(16) NOT NULL,
  last_seen TIMESTAMP WITH TIME ZONE,
  hashrate_hs DOUBLE PRECISION,
  power_w DOUBLE PRECISION,
  max_temp_c DOUBLE PRECISION,
  data VARCHAR(65535) NOT NULL
);

-- One row per device per poll: the figures every chart needs as columns, the whole reading as JSON.
-- (sentry_id, seq) is the sentry's own numbering, which makes a resent batch harmless.
CREATE TABLE reading (
  sentry_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  device_id BIGINT NOT NULL REFERENCES device (id),
  time TIMESTAMP WITH TIME ZONE NOT NULL,
  result VARCHAR(16) NOT NULL,
  hashrate_hs DOUBLE PRECISION,
  hashrate_avg_hs DOUBLE PRECISION,
  expected_hashrate_hs DOUBLE PRECISION,
  power_w DOUBLE PRECISION,
  max_temp_c DOUBLE PRECISION,
  accepted BIGINT,
  rejected BIGINT,
  hardware_errors BIGINT,
  uptime_s BIGINT,
  data VARCHAR(65535) NOT NULL,
  PRIMARY KEY (sentry_id, seq)
);

CREATE INDEX reading_device_time ON reading (device_id, time);

CREATE TABLE app_user (
  id BIGINT PRIMARY KEY,
  username VARCHAR(64) NOT NULL UNIQUE,
  password_hash VARCHAR(256) NOT NULL,
  role VARCHAR(16) NOT NULL,
  created TIMESTAMP WITH TIME ZONE NOT NULL
);
