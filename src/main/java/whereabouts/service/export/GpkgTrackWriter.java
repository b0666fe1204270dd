package whereabouts.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.Geometry;
import mil.nga.sf.GeometryType;
import mil.nga.sf.LineString;
import mil.nga.sf.Point;
import whereabouts.geo.LatLon;
import whereabouts.service.SightingView;
import whereabouts.track.Leg;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Sighting;

/**
 * An OGC GeoPackage (EPSG:4326) with a point layer {@code sightings} (every field; {@code observedAtUtc} as a
 * DATETIME), a line layer {@code legs} (start and end times, length, speed, flags) and, when sampled, a point
 * layer {@code positions}. SQLite needs a file: it is written to a temporary file, copied out and deleted.
 */
public final class GpkgTrackWriter implements TrackWriter {
    private static final long WGS84 = 4326;
    private static final GeoPackageDataType TEXT = GeoPackageDataType.TEXT;
    private static final GeoPackageDataType INT = GeoPackageDataType.INTEGER;
    private static final GeoPackageDataType REAL = GeoPackageDataType.REAL;
    private static final GeoPackageDataType TIME = GeoPackageDataType.DATETIME;

    @Override
    public void write(TrackExport export, OutputStream out) throws IOException {
        Path dir = Files.createTempDirectory("whereabouts-gpkg");
        Path file = dir.resolve("export.gpkg");
        try {
            GeoPackageManager.create(file.toFile());
            try (GeoPackage gp = GeoPackageManager.open(file.toFile())) {
                gp.createGeometryColumnsTable();
                writeLayers(gp, export);
            }
            Files.copy(file, out);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir.resolve("export.gpkg-journal"));
            Files.deleteIfExists(dir);
        }
    }

    private static void writeLayers(GeoPackage gp, TrackExport export) {
        Map<String, GeoPackageDataType> sightingColumns = columns("observedAt", TEXT, "observedAtUtc", TIME,
                "sightingId", INT, "timeUncertaintyMinutes", INT, "place", TEXT, "lat", REAL, "lon", REAL,
                "resolvedGeonameId", INT, "resolvedName", TEXT, "resolvedCountry", TEXT,
                "locationDescription", TEXT, "locationUncertaintyKm", REAL, "source", TEXT, "sourceUrl", TEXT,
                "confidence", TEXT, "kind", TEXT, "notes", TEXT, "arrivedBy", TEXT);
        List<LatLon> sightingPositions = new ArrayList<>();
        export.sightings().forEach(s -> sightingPositions.add(s.position()));
        FeatureDao sightings = layer(gp, "sightings", GeometryType.POINT, sightingColumns, sightingPositions);
        List<Leg> legs = export.legs();
        FeatureDao legLayer = layer(gp, "legs", GeometryType.LINESTRING, columns("legIndex", INT,
                "startTime", TIME, "endTime", TIME, "fromSightingId", INT, "toSightingId", INT, "mode", TEXT,
                "travelMode", TEXT, "routedOn", TEXT, "lengthKm", REAL, "speedKmh", REAL, "implausible", INT, "conflict", INT, "flagReason", TEXT),
                legs.stream().flatMap(l -> l.line().points().stream()).toList());
        FeatureDao positions = export.samples().isEmpty() ? null : layer(gp, "positions", GeometryType.POINT,
                columns("at", TIME, "status", TEXT, "uncertaintyKm", REAL, "description", TEXT),
                export.samples().stream().map(PositionEstimate::position).toList());
        // the rows go in one transaction (the tables cannot be created inside it: the library's metadata
        // connection would find the file locked)
        gp.beginTransaction();
        boolean ok = false;
        try {
            insertRows(export, sightings, legLayer, positions);
            ok = true;
        } finally {
            gp.endTransaction(ok);
        }
    }

    private static void insertRows(TrackExport export, FeatureDao sightings, FeatureDao legLayer,
                                   FeatureDao positions) {
        for (Sighting s : export.sightings()) {
            SightingView v = SightingView.of(s);
            insert(sightings, point(s.position()), v.observedAt(), time(v.observedAtUtc()), v.id(),
                    v.timeUncertaintyMinutes(), v.place(), v.lat(), v.lon(), v.resolvedGeonameId(), v.resolvedName(),
                    v.resolvedCountry(), v.locationDescription(), v.locationUncertaintyKm(), v.source(),
                    v.sourceUrl(), v.confidence(), v.kind(), v.notes(), v.arrivedBy());
        }
        for (Leg leg : export.legs()) {
            LineString line = new LineString();
            leg.line().points().forEach(p -> line.addPoint(new Point(p.lon(), p.lat())));
            insert(legLayer, line, leg.index(), time(leg.from().instant()), time(leg.to().instant()),
                    leg.from().id(), leg.to().id(), leg.route().mode(), leg.mode().wire(), leg.route().mode(),
                    leg.lengthKm(), leg.speedKmh(),
                    leg.flags().implausible() ? 1 : 0, leg.flags().conflict() ? 1 : 0, leg.flags().reason());
        }
        for (PositionEstimate e : export.samples()) {
            insert(positions, point(e.position()), time(e.at()), e.status().wire(), e.uncertaintyKm(),
                    e.description());
        }
    }

    private static Map<String, GeoPackageDataType> columns(Object... nameTypePairs) {
        Map<String, GeoPackageDataType> out = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            out.put((String) nameTypePairs[i], (GeoPackageDataType) nameTypePairs[i + 1]);
        }
        return out;
    }

    private static FeatureDao layer(GeoPackage gp, String name, GeometryType type,
                                    Map<String, GeoPackageDataType> columns, List<LatLon> extent) {
        GeometryColumns geometry = new GeometryColumns();
        geometry.setTableName(name);
        geometry.setColumnName("geom");
        geometry.setGeometryType(type);
        geometry.setZ((byte) 0);
        geometry.setM((byte) 0);
        geometry.setSrsId(WGS84);
        List<FeatureColumn> cols = new ArrayList<>();
        columns.forEach((n, t) -> cols.add(FeatureColumn.createColumn(n, t)));
        gp.createFeatureTable(FeatureTableMetadata.create(geometry, "fid", cols, bounds(extent)));
        return gp.getFeatureDao(name);
    }

    private static BoundingBox bounds(List<LatLon> points) {
        if (points.isEmpty()) {
            return new BoundingBox(-180, -90, 180, 90);
        }
        double minLon = 180, minLat = 90, maxLon = -180, maxLat = -90;
        for (LatLon p : points) {
            minLon = Math.min(minLon, p.lon());
            maxLon = Math.max(maxLon, p.lon());
            minLat = Math.min(minLat, p.lat());
            maxLat = Math.max(maxLat, p.lat());
        }
        return new BoundingBox(minLon, minLat, maxLon, maxLat);
    }

    /** Inserts a row: the geometry, then the values in the layer's column order. */
    private static void insert(FeatureDao dao, Geometry geometry, Object... values) {
        FeatureRow row = dao.newRow();
        row.setGeometry(GeoPackageGeometryData.create(WGS84, geometry));
        String[] names = dao.getTable().getColumnNames();
        int v = 0;
        for (String name : names) {
            if (name.equals("fid") || name.equals("geom")) {
                continue;
            }
            Object value = values[v++];
            row.setValue(name, value instanceof Integer i ? Long.valueOf(i) : value);
        }
        dao.insert(row);
    }

    private static Point point(LatLon p) {
        return new Point(p.lon(), p.lat());
    }

    private static Date time(Instant t) {
        return t == null ? null : Date.from(t);
    }
}
