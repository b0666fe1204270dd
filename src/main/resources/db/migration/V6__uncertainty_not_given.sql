-- A report that gives no time or location uncertainty keeps it as unknown (NULL, "not given"), not as 0, which
-- reads as exact (issue #25). Rows stored before keep their 0. Portable: H2 2.x and PostgreSQL.
ALTER TABLE sighting ALTER COLUMN time_uncertainty_min DROP NOT NULL;
ALTER TABLE sighting ALTER COLUMN location_uncertainty_km DROP NOT NULL;
