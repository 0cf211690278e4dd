-- Hashwatch schema, version 4: what the operator pages filter, sort and sum on, kept as columns of
-- each device's latest state so that no page parses JSON, and the farm's 5-minute series behind
-- the overview chart. Portable SQL that runs unchanged on PostgreSQL and H2 2.x.

-- The algorithm and pool (the active pool's URL, else the first) of the latest reading; warning is
-- NULL while the device is fine, else a short reason ("temperature 92 °C", "2 of 3 boards", the
-- first error). sleeping is set by a sleep or power-off that succeeded (or a relay that is off)
-- and cleared by a wake, power-on, power-cycle, restart or reboot that succeeded (or a relay on).
ALTER TABLE device_state ADD COLUMN algorithm VARCHAR(64);
ALTER TABLE device_state ADD COLUMN pool VARCHAR(512);
ALTER TABLE device_state ADD COLUMN warning VARCHAR(255);
ALTER TABLE device_state ADD COLUMN sleeping BOOLEAN DEFAULT FALSE NOT NULL;

-- The devices table sorts on these with LIMIT/OFFSET; the overview sums over online devices.
CREATE INDEX device_state_time ON device_state (time);
CREATE INDEX device_state_hashrate ON device_state (hashrate_hs);
CREATE INDEX device_state_max_temp ON device_state (max_temp_c);
CREATE INDEX device_address ON device (address);

-- The farm's figures per 5-minute bucket and algorithm (the device's latest, '' when unknown),
-- rolled up from reading_5m with it: hashrate of the devices that mine (asic and program; a GPU
-- repeats its program's hashrate), power of the devices that draw it (asic and rig; a GPU's and a
-- program's power are part of their rig's). A bucket without rows is a gap in the chart.
CREATE TABLE farm_5m (
  bucket TIMESTAMP WITH TIME ZONE NOT NULL,
  algorithm VARCHAR(64) NOT NULL,
  hashrate_hs DOUBLE PRECISION,
  power_w DOUBLE PRECISION,
  devices INTEGER NOT NULL,
  PRIMARY KEY (bucket, algorithm)
);
