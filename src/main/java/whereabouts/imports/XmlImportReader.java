package whereabouts.imports;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import whereabouts.error.UnacceptableFileException;

/**
 * Reads GPX 1.0/1.1 and KML 2.2 with a streaming XML parser (no DTDs, no external entities).
 * <ul>
 *   <li>GPX: every waypoint is a sighting ({@code time}, {@code name} as the place, {@code src} as the source,
 *       {@code desc}/{@code cmt} as notes, and any extension element named like a field, such as GDAL's
 *       {@code <ogr:source>}); a file without waypoints gives its track and route points instead.</li>
 *   <li>KML: every Placemark with a Point ({@code TimeStamp/when}, {@code name} as the place, ExtendedData
 *       {@code Data} and {@code SchemaData/SimpleData} as fields); placemarks with lines are skipped.</li>
 * </ul>
 */
final class XmlImportReader {
    private final XMLInputFactory factory;

    XmlImportReader() {
        factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    /** A record being read: its raw values by element or data name, and its coordinates. */
    private static final class Item {
        final String kind;
        final Map<String, String> raw = new LinkedHashMap<>();
        String lat;
        String lon;
        String geometry;

        Item(String kind) {
            this.kind = kind;
        }
    }

    /** Reads {@code in} as it streams by: memory holds the records read, never the file. */
    ParsedFile read(InputStream in, ImportFormat format, int maxRows) {
        List<Item> items = new ArrayList<>();
        try {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            Deque<String> path = new ArrayDeque<>();
            Item item = null;
            String dataName = null;
            StringBuilder text = new StringBuilder();
            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    text.setLength(0);
                    if (format == ImportFormat.GPX && (name.equals("wpt") || name.equals("trkpt") || name.equals("rtept"))) {
                        item = new Item(name);
                        item.lat = x.getAttributeValue(null, "lat");
                        item.lon = x.getAttributeValue(null, "lon");
                    } else if (format == ImportFormat.KML && name.equals("Placemark")) {
                        item = new Item(name);
                    } else if (item != null && format == ImportFormat.KML) {
                        if (name.equals("Data") || name.equals("SimpleData")) {
                            dataName = x.getAttributeValue(null, "name");
                        } else if (name.equals("Point") || name.equals("LineString") || name.equals("Polygon")
                                || name.equals("MultiGeometry") || name.equals("Track")) {
                            item.geometry = item.geometry == null ? name : item.geometry;
                        }
                    }
                    path.push(name);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(x.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = path.pop();
                    String value = text.toString().strip();
                    text.setLength(0);
                    if (item == null) {
                        continue;
                    }
                    if (name.equals(item.kind)) {
                        items.add(item);
                        ImportLimits.checkRows(items.size(), maxRows);
                        item = null;
                    } else if (format == ImportFormat.GPX) {
                        gpxValue(item, name, value);
                    } else {
                        dataName = kmlValue(item, name, value, path, dataName);
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw UnacceptableFileException.unknownFormat("The " + format.name() + " file is not well-formed XML: "
                    + e.getMessage());
        }
        return format == ImportFormat.GPX ? gpx(items) : kml(items);
    }

    private static void gpxValue(Item item, String name, String value) {
        if (!value.isEmpty()) {
            item.raw.putIfAbsent(name, value);
        }
    }

    private static String kmlValue(Item item, String name, String value, Deque<String> path, String dataName) {
        switch (name) {
            case "value" -> {
                if (dataName != null && !value.isEmpty()) {
                    item.raw.put(dataName, value);
                }
            }
            case "SimpleData" -> {
                if (dataName != null && !value.isEmpty()) {
                    item.raw.put(dataName, value);
                }
                return null;
            }
            case "Data" -> {
                return null;
            }
            case "when" -> item.raw.putIfAbsent("when", value);
            case "begin" -> item.raw.putIfAbsent("begin", value);
            case "coordinates" -> {
                if ("Point".equals(path.peek()) && !value.isEmpty()) {
                    String[] parts = value.split("[,\\s]+");
                    if (parts.length >= 2) {
                        item.lon = parts[0];
                        item.lat = parts[1];
                    }
                }
            }
            case "name", "description" -> {
                if (path.peek() != null && path.peek().equals("Placemark") && !value.isEmpty()) {
                    item.raw.putIfAbsent(name, value);
                }
            }
            default -> {
            }
        }
        return dataName;
    }

    private static ParsedFile gpx(List<Item> items) {
        boolean hasWaypoints = items.stream().anyMatch(i -> i.kind.equals("wpt"));
        List<ImportRow> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        int skipped = 0;
        int row = 0;
        for (Item i : items) {
            if (hasWaypoints && !i.kind.equals("wpt")) {
                skipped++;
                continue;
            }
            row++;
            Map<String, String> raw = new LinkedHashMap<>(i.raw);
            String type = raw.remove("type");
            if (type != null && type.startsWith("position")) { // estimated positions of our own export
                skipped++;
                continue;
            }
            raw.put("place", raw.remove("name"));
            Map<String, String> fields = FieldNames.fields(raw);
            if (i.lat == null || i.lon == null) {
                rejected.add(new RowRejection(row, "lat", "A " + i.kind + " needs lat and lon attributes."));
                continue;
            }
            fields.put("lat", i.lat);
            fields.put("lon", i.lon);
            rows.add(new ImportRow(row, fields));
        }
        return new ParsedFile(ImportFormat.GPX, rows, rejected, skipped);
    }

    private static ParsedFile kml(List<Item> items) {
        List<ImportRow> rows = new ArrayList<>();
        List<RowRejection> rejected = new ArrayList<>();
        int skipped = 0;
        int row = 0;
        for (Item i : items) {
            if (i.geometry != null && !i.geometry.equals("Point")) {
                skipped++; // legs and paths
                continue;
            }
            row++;
            Map<String, String> raw = new LinkedHashMap<>(i.raw);
            String status = raw.remove("status");
            if (status != null && raw.containsKey("uncertaintyKm")) { // estimated positions of our own export
                skipped++;
                continue;
            }
            String name = raw.remove("name");
            raw.putIfAbsent("place", name);
            String description = raw.remove("description");
            if (!raw.containsKey("notes") && !raw.containsKey("source")) {
                raw.put("notes", description);
            }
            Map<String, String> fields = FieldNames.fields(raw);
            if (i.lat != null) {
                fields.put("lat", i.lat);
                fields.put("lon", i.lon);
            } else if (!fields.containsKey("place")) {
                rejected.add(new RowRejection(row, "geometry", "A Placemark needs a Point or a place name."));
                continue;
            }
            rows.add(new ImportRow(row, fields));
        }
        return new ParsedFile(ImportFormat.KML, rows, rejected, skipped);
    }
}
