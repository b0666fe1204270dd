package whereabouts.imports;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The formats an import reads, recognised from the content (not from the file name). */
public enum ImportFormat {
    GEOJSON, CSV, GPX, KML;

    private static final Pattern ROOT_ELEMENT = Pattern.compile("<(?![?!])(?:[\\w.-]+:)?([\\w.-]+)");

    /** The format of {@code content}, or null when it is none we know (binary, other XML, other JSON). */
    public static ImportFormat detect(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return null; // binary: a GeoPackage, a zip, an image
            }
        }
        String head = new String(content, 0, n, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (head.isEmpty()) {
            return null;
        }
        if (head.startsWith("{")) {
            return head.contains("\"Feature") ? GEOJSON : null;
        }
        if (head.startsWith("<")) {
            Matcher m = ROOT_ELEMENT.matcher(head.replaceAll("(?s)<!--.*?-->", ""));
            if (!m.find()) {
                return null;
            }
            return switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "gpx" -> GPX;
                case "kml" -> KML;
                default -> null;
            };
        }
        return head.lines().findFirst().filter(l -> l.contains(",") || l.contains(";") || l.contains("\t"))
                .isPresent() ? CSV : null;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
