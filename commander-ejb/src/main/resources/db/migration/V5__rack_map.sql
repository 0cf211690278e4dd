-- Hashwatch schema, version 5: the rack map of each site, as the admin lays it out, and the place
-- of each device in it. Portable SQL that runs unchanged on PostgreSQL and H2 2.x.

-- A site's racks: rows of racks, each rack a column of shelves, each shelf a row of slots. The
-- bounds keep a map drawable in one page (the commander checks the same, with a clear message).
CREATE TABLE site_layout (
  site_id BIGINT PRIMARY KEY REFERENCES site (id),
  rows_count INTEGER NOT NULL,
  racks_per_row INTEGER NOT NULL,
  shelves_per_rack INTEGER NOT NULL,
  slots_per_shelf INTEGER NOT NULL,
  CONSTRAINT site_layout_bounds CHECK (
    rows_count BETWEEN 1 AND 100 AND racks_per_row BETWEEN 1 AND 100
    AND shelves_per_rack BETWEEN 1 AND 100 AND slots_per_shelf BETWEEN 1 AND 100),
  CONSTRAINT site_layout_cells CHECK (
    CAST(rows_count AS BIGINT) * racks_per_row * shelves_per_rack * slots_per_shelf <= 50000)
);

-- Where a device stands, numbered from 1; one device per slot. A device may stand at another site
-- than its sentry's (a sentry may watch two rooms).
CREATE TABLE device_place (
  device_id BIGINT PRIMARY KEY REFERENCES device (id),
  site_id BIGINT NOT NULL REFERENCES site (id),
  row_no INTEGER NOT NULL,
  rack_no INTEGER NOT NULL,
  shelf_no INTEGER NOT NULL,
  slot_no INTEGER NOT NULL,
  CONSTRAINT device_place_slot UNIQUE (site_id, row_no, rack_no, shelf_no, slot_no),
  CONSTRAINT device_place_positive CHECK (
    row_no >= 1 AND rack_no >= 1 AND shelf_no >= 1 AND slot_no >= 1)
);
