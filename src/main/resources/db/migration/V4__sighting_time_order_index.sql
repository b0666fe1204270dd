-- #13: exports of large tracks page through a track's sightings in time order, keyset by (observed_epoch_ms, id).
-- This index holds exactly that order, so each page is an index range scan that stops after the page.
CREATE INDEX sighting_by_track_time_id ON sighting (track_id, observed_epoch_ms, id);
