package whereabouts.osm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the nodes and ways of an OSM XML file ({@code <osm>}, API 0.6) to an {@link OsmHandler} through StAX. */
public final class OsmXmlReader {
    private OsmXmlReader() {
    }

    public static void read(Path file, OsmHandler handler) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        String name = file.getFileName().toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                xml.nextTag();
                if (!"osm".equals(xml.getLocalName())) {
                    throw new OsmFileException(name + " is XML but not OSM (its root element is <"
                            + xml.getLocalName() + ">, not <osm>)");
                }
                readElements(xml, handler);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new OsmFileException(name + " is not well-formed OSM XML (" + firstLine(e.getMessage()) + ")", e);
        } catch (IOException e) {
            throw new OsmFileException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new OsmFileException(name + " has an element with a bad number (" + e.getMessage() + ")", e);
        }
    }

    private static void readElements(XMLStreamReader xml, OsmHandler handler) throws XMLStreamException {
        MapTags tags = new MapTags();
        List<Long> refs = new ArrayList<>();
        String element = null;
        long id = 0;
        double lat = 0;
        double lon = 0;
        boolean gone = false;
        int depth = 1;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String local = xml.getLocalName();
                if (depth == 2) {
                    element = local;
                    tags.clear();
                    refs.clear();
                    // JOSM's saved edits: an element deleted in the editor stays in the file, marked
                    gone = "false".equals(xml.getAttributeValue(null, "visible"))
                            || "delete".equals(xml.getAttributeValue(null, "action"));
                    if (local.equals("node") || local.equals("way")) {
                        id = Long.parseLong(xml.getAttributeValue(null, "id"));
                    }
                    if (local.equals("node")) {
                        lat = Double.parseDouble(xml.getAttributeValue(null, "lat"));
                        lon = Double.parseDouble(xml.getAttributeValue(null, "lon"));
                    }
                } else if (local.equals("tag")) {
                    tags.add(xml.getAttributeValue(null, "k"), xml.getAttributeValue(null, "v"));
                } else if (local.equals("nd")) {
                    refs.add(Long.parseLong(xml.getAttributeValue(null, "ref")));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (depth == 2 && !gone && "node".equals(element)) {
                    handler.node(id, lat, lon, tags);
                } else if (depth == 2 && !gone && "way".equals(element)) {
                    handler.way(id, tags, () -> refs.stream().mapToLong(Long::longValue).toArray());
                }
                depth--;
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl) + " " + t.substring(nl + 1).replace('\n', ' ')).strip();
    }

    private static final class MapTags implements OsmTags {
        private final List<String> keys = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        void clear() {
            keys.clear();
            values.clear();
        }

        void add(String k, String v) {
            if (k != null && v != null) {
                keys.add(k);
                values.add(v);
            }
        }

        @Override
        public String get(String key) {
            int i = keys.indexOf(key);
            return i < 0 ? null : values.get(i);
        }

        @Override
        public void forEach(BiConsumer<String, String> action) {
            for (int i = 0; i < keys.size(); i++) {
                action.accept(keys.get(i), values.get(i));
            }
        }
    }
}
