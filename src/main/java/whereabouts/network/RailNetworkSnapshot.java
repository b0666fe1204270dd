package whereabouts.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import whereabouts.geo.LatLon;
import whereabouts.network.ch.ChFile;
import whereabouts.network.ch.ContractionHierarchy;
import whereabouts.util.ArrayInput;
import whereabouts.util.ArrayOutput;

/**
 * A prepared {@link RailNetwork} as one binary file: the graph arrays (with one-way directions and travel times
 * when it has them), borders, lines with their measures,
 * stations with their attachment nodes, and the contraction hierarchy. Reading it back skips what makes a big
 * network slow to start (parsing GeoJSON, joining vertices, calibrating lines, attaching stations, contracting);
 * only the segment index is rebuilt. The file begins with a key naming what it was built from, so a stale file
 * is recognised and rebuilt ({@link RailNetworkSource}).
 */
public final class RailNetworkSnapshot {
    private static final int MAGIC = 0x524E3032; // "RN02": with edge directions and times

    private RailNetworkSnapshot() {
    }

    /** Writes {@code net}, its contraction hierarchy prepared if it was not yet, under {@code sourceKey}. */
    public static void write(RailNetwork net, String sourceKey, OutputStream stream) throws IOException {
        ContractionHierarchy ch = net.contractionHierarchy();
        RailGraph g = net.arrays();
        try (ArrayOutput out = new ArrayOutput(stream)) {
            out.writeInt(MAGIC);
            out.writeString(sourceKey);
            out.writeDoubles(g.nodeLat);
            out.writeDoubles(g.nodeLon);
            out.writeInts(g.edgeA);
            out.writeInts(g.edgeB);
            out.writeDoubles(g.edgeMeters);
            out.writeDoubles(g.edgeDrawnMeters);
            out.writeBytes(g.edgeSource);
            out.writeInts(g.edgeBorder);
            out.writeInt(g.edgeDirection == null ? 0 : 1);
            if (g.edgeDirection != null) {
                out.writeBytes(g.edgeDirection);
            }
            out.writeInt(g.edgeSeconds == null ? 0 : 1);
            if (g.edgeSeconds != null) {
                out.writeDoubles(g.edgeSeconds);
            }
            Map<BorderEdge, Integer> borderIndex = new IdentityHashMap<>();
            out.writeInt(net.borders().size());
            for (BorderEdge b : net.borders()) {
                borderIndex.put(b, borderIndex.size());
                out.writeString(b.name());
                out.writeString(b.fromCountry());
                out.writeString(b.toCountry());
                writePoint(out, b.position());
            }
            out.writeInt(net.lines().size());
            for (RailLine line : net.lines()) {
                writeLine(out, line, borderIndex);
            }
            out.writeInt(net.stations().size());
            for (Station s : net.stations()) {
                writeStation(out, s);
            }
            ChFile.write(ch, out);
        }
    }

    /** The source key a snapshot was written under, reading nothing else. */
    public static String sourceKey(InputStream stream) throws IOException {
        ArrayInput in = new ArrayInput(stream);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a rail network snapshot");
        }
        return in.readString();
    }

    /** The network written by {@link #write}, with its contraction hierarchy. */
    public static RailNetwork read(InputStream stream) throws IOException {
        try (ArrayInput in = new ArrayInput(stream)) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a rail network snapshot");
            }
            in.readString();
            double[] lat = in.readDoubles();
            double[] lon = in.readDoubles();
            int[] a = in.readInts();
            int[] b = in.readInts();
            double[] meters = in.readDoubles();
            double[] drawn = in.readDoubles();
            byte[] source = in.readBytes();
            int[] border = in.readInts();
            byte[] direction = in.readInt() == 1 ? in.readBytes() : null;
            double[] seconds = in.readInt() == 1 ? in.readDoubles() : null;
            RailGraph g = new RailGraph(lat, lon, a, b, meters, drawn, source, border, direction, seconds);
            int borderCount = in.readInt();
            List<BorderEdge> borders = new ArrayList<>(borderCount);
            for (int i = 0; i < borderCount; i++) {
                borders.add(new BorderEdge(in.readString(), in.readString(), in.readString(), readPoint(in)));
            }
            int lineCount = in.readInt();
            List<RailLine> lines = new ArrayList<>(lineCount);
            for (int i = 0; i < lineCount; i++) {
                lines.add(readLine(in, borders));
            }
            int stationCount = in.readInt();
            List<Station> stations = new ArrayList<>(stationCount);
            for (int i = 0; i < stationCount; i++) {
                stations.add(readStation(in));
            }
            ContractionHierarchy ch = ChFile.read(g.weighted(), in);
            return new RailNetwork(g, lines, borders, stations, ch);
        }
    }

    private static void writeLine(ArrayOutput out, RailLine line, Map<BorderEdge, Integer> borderIndex)
            throws IOException {
        out.writeString(line.name());
        out.writeInt(line.border() == null ? -1 : borderIndex.getOrDefault(line.border(), -1));
        List<LatLon> v = line.vertices();
        double[] lat = new double[v.size()];
        double[] lon = new double[v.size()];
        for (int i = 0; i < lat.length; i++) {
            lat[i] = v.get(i).lat();
            lon[i] = v.get(i).lon();
        }
        out.writeDoubles(lat);
        out.writeDoubles(lon);
        out.writeDoubles(line.measureKm());
        byte[] sources = new byte[line.sources().length];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = (byte) line.sources()[i].ordinal();
        }
        out.writeBytes(sources);
    }

    private static RailLine readLine(ArrayInput in, List<BorderEdge> borders) throws IOException {
        String name = in.readString();
        int border = in.readInt();
        double[] lat = in.readDoubles();
        double[] lon = in.readDoubles();
        List<LatLon> vertices = new ArrayList<>(lat.length);
        for (int i = 0; i < lat.length; i++) {
            vertices.add(new LatLon(lat[i], lon[i]));
        }
        double[] measures = in.readDoubles();
        byte[] codes = in.readBytes();
        MeasureSource[] all = MeasureSource.values();
        MeasureSource[] sources = new MeasureSource[codes.length];
        for (int i = 0; i < codes.length; i++) {
            sources[i] = all[codes[i]];
        }
        return new RailLine(name, border < 0 ? null : borders.get(border), vertices, measures, sources);
    }

    private static void writeStation(ArrayOutput out, Station s) throws IOException {
        out.writeString(s.name());
        out.writeInt(s.names().size());
        for (Map.Entry<String, String> e : s.names().entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue());
        }
        writePoint(out, s.position());
        out.writeString(s.km() == null ? null : Double.toString(s.km()));
        out.writeString(s.kmLine());
        out.writeString(s.country());
        out.writeInt(s.node());
        out.writeString(s.positionSource());
    }

    private static Station readStation(ArrayInput in) throws IOException {
        String name = in.readString();
        int count = in.readInt();
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            names.put(in.readString(), in.readString());
        }
        LatLon position = readPoint(in);
        String km = in.readString();
        return new Station(name, names, position, km == null ? null : Double.valueOf(km), in.readString(),
                in.readString(), in.readInt(), in.readString());
    }

    private static void writePoint(ArrayOutput out, LatLon p) throws IOException {
        out.writeDouble(p.lat());
        out.writeDouble(p.lon());
    }

    private static LatLon readPoint(ArrayInput in) throws IOException {
        return new LatLon(in.readDouble(), in.readDouble());
    }
}
