-- Portable SQL (H2 2.x and PostgreSQL). How the subject reached a sighting (issue #20, mixed-mode journeys):
-- rail, road, sea or air; NULL means "in the track's mode". The leg that ends at this sighting is routed by it.
ALTER TABLE sighting ADD COLUMN arrived_by VARCHAR(10);
