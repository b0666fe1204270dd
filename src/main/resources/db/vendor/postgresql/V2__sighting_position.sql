-- PostgreSQL + PostGIS: each sighting's position as geography(Point,4326), kept in step with lat/lon by the
-- database itself (a generated column), with a GiST index for the bounding-box query (/api/sightings?bbox=).
-- The extension must be installable by the migrating user, or created beforehand by an administrator
-- (README: "PostgreSQL"); IF NOT EXISTS makes this a no-op then.
CREATE EXTENSION IF NOT EXISTS postgis;

ALTER TABLE sighting ADD COLUMN position geography(Point, 4326)
    GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography) STORED;

CREATE INDEX sighting_by_position ON sighting USING GIST (position);
CREATE INDEX sighting_by_time ON sighting (observed_epoch_ms);
