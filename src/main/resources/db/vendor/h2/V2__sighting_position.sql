-- H2: no spatial type needed; the bounding-box query (/api/sightings?bbox=) is a range scan over (lat, lon).
CREATE INDEX sighting_by_position ON sighting (lat, lon);
CREATE INDEX sighting_by_time ON sighting (observed_epoch_ms);
