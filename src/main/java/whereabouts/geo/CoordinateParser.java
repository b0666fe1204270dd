package whereabouts.geo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a position written as text: decimal degrees {@code "42.4239,130.6516"} (lat first, comma or space
 * between) or degrees-minutes-seconds with hemispheres {@code "42°25'26\"N 130°39'06\"E"} (minutes and seconds
 * optional; N/S/E/W may come first or last). Returns empty when the text does not look like coordinates at all,
 * and throws {@link IllegalArgumentException} when it does but is out of range.
 */
public final class CoordinateParser {
    private static final Pattern DECIMAL = Pattern.compile(
            "^\\s*([+-]?\\d{1,3}(?:\\.\\d+)?)\\s*[,;\\s]\\s*([+-]?\\d{1,3}(?:\\.\\d+)?)\\s*$");
    private static final String NUMBER = "(\\d{1,3}(?:\\.\\d+)?)\\s*[°º d]\\s*"
            + "(?:(\\d{1,2}(?:\\.\\d+)?)\\s*['′m]\\s*)?(?:(\\d{1,2}(?:\\.\\d+)?)\\s*(?:\"|″|''|s)\\s*)?";
    /** Hemisphere letters written before the numbers: N 39°01'56" E 125°45'15". */
    private static final Pattern DMS_LEADING = Pattern.compile("^\\s*([NSEW])\\s*" + NUMBER + "\\s*[,;]?\\s*([NSEW])\\s*"
            + NUMBER + "\\s*$", Pattern.CASE_INSENSITIVE);
    /** Hemisphere letters written after the numbers: 42°25'26"N 130°39'06"E. */
    private static final Pattern DMS_TRAILING = Pattern.compile("^\\s*" + NUMBER + "([NSEW])\\s*[,;]?\\s*" + NUMBER
            + "([NSEW])\\s*$", Pattern.CASE_INSENSITIVE);

    private CoordinateParser() {
    }

    public static Optional<LatLon> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher d = DECIMAL.matcher(text);
        if (d.matches()) {
            return Optional.of(new LatLon(Double.parseDouble(d.group(1)), Double.parseDouble(d.group(2))));
        }
        Matcher lead = DMS_LEADING.matcher(text);
        if (lead.matches()) {
            return Optional.of(fromDms(lead.group(1), lead.group(2), lead.group(3), lead.group(4),
                    lead.group(5), lead.group(6), lead.group(7), lead.group(8)));
        }
        Matcher trail = DMS_TRAILING.matcher(text);
        if (trail.matches()) {
            return Optional.of(fromDms(trail.group(4), trail.group(1), trail.group(2), trail.group(3),
                    trail.group(8), trail.group(5), trail.group(6), trail.group(7)));
        }
        return Optional.empty();
    }

    private static LatLon fromDms(String hem1, String d1, String m1, String s1,
                                  String hem2, String d2, String m2, String s2) {
        String h1 = hem1.toUpperCase(java.util.Locale.ROOT);
        String h2 = hem2.toUpperCase(java.util.Locale.ROOT);
        double a = signed(degrees(d1, m1, s1), h1);
        double b = signed(degrees(d2, m2, s2), h2);
        boolean firstIsLat = h1.equals("N") || h1.equals("S");
        boolean secondIsLat = h2.equals("N") || h2.equals("S");
        if (firstIsLat == secondIsLat) {
            throw new IllegalArgumentException("one coordinate must be N/S and the other E/W");
        }
        return firstIsLat ? new LatLon(a, b) : new LatLon(b, a);
    }

    private static double degrees(String deg, String min, String sec) {
        double m = min == null ? 0 : Double.parseDouble(min);
        double s = sec == null ? 0 : Double.parseDouble(sec);
        if (m >= 60 || s >= 60) {
            throw new IllegalArgumentException("minutes and seconds must be below 60");
        }
        return Double.parseDouble(deg) + m / 60.0 + s / 3600.0;
    }

    private static double signed(double v, String hemisphere) {
        return hemisphere.equals("S") || hemisphere.equals("W") ? -v : v;
    }
}
