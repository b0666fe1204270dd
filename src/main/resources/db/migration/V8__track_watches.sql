-- Portable SQL (H2 2.x and PostgreSQL). Issue 21: a signed-in user may watch tracks, and is alerted when a new
-- sighting on one of them is implausible or makes two of them possibly meet. A user's name as in app_user.name;
-- no foreign key to the track, whose deletes keep history.
CREATE TABLE track_watch (
    user_name  VARCHAR(64) NOT NULL,
    track_id   BIGINT      NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_name, track_id)
);

CREATE INDEX track_watch_by_track ON track_watch (track_id);
