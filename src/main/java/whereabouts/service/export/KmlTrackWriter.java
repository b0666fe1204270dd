package whereabouts.service.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import whereabouts.geo.LatLon;
import whereabouts.service.SightingView;
import whereabouts.track.Leg;
import whereabouts.track.PositionEstimate;
import whereabouts.track.Sighting;

/**
 * KML 2.2 for Google Earth's time slider: a folder of sightings (Placemarks with {@code TimeStamp}, styled by
 * confidence, every field as ExtendedData), a folder of legs (LineStrings with {@code TimeSpan}, implausible
 * ones in red) and, when sampled, a folder of estimated positions. Written as a stream.
 */
public final class KmlTrackWriter implements TrackWriter {
    private static final String KML = "http://www.opengis.net/kml/2.2";
    /** KML colours are aabbggrr. */
    private static final Map<String, String> ICON_COLOURS = Map.of(
            "confirmed", "ff2e7d32", "reported", "ff0080ff", "unverified", "ff9e9e9e", "expected", "ffb0279c",
            "position", "ffd18a1e");
    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    @Override
    public void write(TrackExport export, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = factory.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("kml");
            x.writeDefaultNamespace(KML);
            x.writeStartElement("Document");
            text(x, "name", export.track().name());
            text(x, "description", export.track().description());
            styles(x);
            folder(x, "Sightings");
            for (Sighting s : export.sightings()) {
                sighting(x, s);
            }
            x.writeEndElement();
            folder(x, "Path");
            for (Leg leg : export.legs()) {
                leg(x, leg);
            }
            x.writeEndElement();
            if (!export.samples().isEmpty()) {
                folder(x, "Estimated positions");
                for (PositionEstimate e : export.samples()) {
                    position(x, e);
                }
                x.writeEndElement();
            }
            x.writeEndElement(); // Document
            x.writeEndElement(); // kml
            x.writeEndDocument();
            x.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write KML", e);
        }
    }

    private static void styles(XMLStreamWriter x) throws XMLStreamException {
        for (Map.Entry<String, String> c : ICON_COLOURS.entrySet()) {
            x.writeStartElement("Style");
            x.writeAttribute("id", c.getKey());
            x.writeStartElement("IconStyle");
            text(x, "color", c.getValue());
            x.writeEndElement();
            x.writeEndElement();
        }
        lineStyle(x, "leg", "ffc06000");
        lineStyle(x, "implausible", "ff0000e0");
    }

    private static void lineStyle(XMLStreamWriter x, String id, String colour) throws XMLStreamException {
        x.writeStartElement("Style");
        x.writeAttribute("id", id);
        x.writeStartElement("LineStyle");
        text(x, "color", colour);
        text(x, "width", "3");
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void folder(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeStartElement("Folder");
        text(x, "name", name);
    }

    private static void sighting(XMLStreamWriter x, Sighting s) throws XMLStreamException {
        SightingView v = SightingView.of(s);
        x.writeStartElement("Placemark");
        text(x, "name", s.place() != null ? s.place() : s.locationDescription());
        text(x, "description", s.source() + (s.notes() == null ? "" : ": " + s.notes()));
        x.writeStartElement("TimeStamp");
        text(x, "when", xsd(s.observedAt()));
        x.writeEndElement();
        text(x, "styleUrl", "#" + (s.kind().wire().equals("expected") ? "expected" : v.confidence()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", v.id());
        data.put("observedAt", v.observedAt());
        data.put("timeUncertaintyMinutes", v.timeUncertaintyMinutes());
        data.put("place", v.place());
        data.put("locationDescription", v.locationDescription());
        data.put("locationUncertaintyKm", v.locationUncertaintyKm());
        data.put("source", v.source());
        data.put("sourceUrl", v.sourceUrl());
        data.put("confidence", v.confidence());
        data.put("kind", v.kind());
        data.put("notes", v.notes());
        extendedData(x, data);
        point(x, s.position());
        x.writeEndElement();
    }

    private static void leg(XMLStreamWriter x, Leg leg) throws XMLStreamException {
        x.writeStartElement("Placemark");
        text(x, "name", "Leg " + (leg.index() + 1) + ": " + label(leg.from()) + " → " + label(leg.to()));
        text(x, "description", String.format(Locale.ROOT, "%.0f km by %s (routed on %s)%s", leg.lengthKm(),
                leg.mode().wire(), leg.route().mode(), leg.flags().reason() == null ? "" : "; " + leg.flags().reason()));
        x.writeStartElement("TimeSpan");
        text(x, "begin", xsd(leg.from().observedAt()));
        text(x, "end", xsd(leg.to().observedAt()));
        x.writeEndElement();
        text(x, "styleUrl", leg.flags().implausible() ? "#implausible" : "#leg");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lengthKm", leg.lengthKm());
        data.put("mode", leg.route().mode());
        data.put("travelMode", leg.mode().wire());
        data.put("routedOn", leg.route().mode());
        data.put("speedKmh", leg.speedKmh());
        data.put("implausible", leg.flags().implausible());
        extendedData(x, data);
        x.writeStartElement("LineString");
        text(x, "tessellate", "1");
        text(x, "coordinates", coordinates(leg.line().points()));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void position(XMLStreamWriter x, PositionEstimate e) throws XMLStreamException {
        x.writeStartElement("Placemark");
        text(x, "name", e.description());
        text(x, "description", String.format(Locale.ROOT, "estimated (%s), ±%.1f km", e.status().wire(),
                e.uncertaintyKm()));
        x.writeStartElement("TimeStamp");
        text(x, "when", e.at().toString());
        x.writeEndElement();
        text(x, "styleUrl", "#position");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", e.status().wire());
        data.put("uncertaintyKm", e.uncertaintyKm());
        extendedData(x, data);
        point(x, e.position());
        x.writeEndElement();
    }

    /** An xsd:dateTime with seconds and the offset as reported. */
    private static String xsd(java.time.OffsetDateTime t) {
        return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
    }

    private static String label(Sighting s) {
        return s.place() != null ? s.place() : s.locationDescription() != null ? s.locationDescription()
                : "#" + s.id();
    }

    private static void extendedData(XMLStreamWriter x, Map<String, Object> data) throws XMLStreamException {
        x.writeStartElement("ExtendedData");
        for (Map.Entry<String, Object> d : data.entrySet()) {
            if (d.getValue() != null) {
                x.writeStartElement("Data");
                x.writeAttribute("name", d.getKey());
                text(x, "value", d.getValue().toString());
                x.writeEndElement();
            }
        }
        x.writeEndElement();
    }

    private static void point(XMLStreamWriter x, LatLon p) throws XMLStreamException {
        x.writeStartElement("Point");
        text(x, "coordinates", coordinates(List.of(p)));
        x.writeEndElement();
    }

    private static String coordinates(List<LatLon> points) {
        StringBuilder b = new StringBuilder();
        for (LatLon p : points) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(p.lon()).append(',').append(p.lat());
        }
        return b.toString();
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        if (value != null) {
            x.writeStartElement(element);
            x.writeCharacters(value);
            x.writeEndElement();
        }
    }
}
